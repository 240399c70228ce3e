import { fail } from '../converted.js';
import type { DestinationPart, LiveObject } from '../part.js';

type Written = { raw: LiveObject };

function withoutName(t: LiveObject): LiveObject {
  const { name: _name, uri: _uri, ...rest } = t;
  return rest;
}

/**
 * `{raw: {...}}`: any terminating target type no other part owns (CloudConnectorTerminatingTarget
 * and types the API adds later). The registry falls back to it for every unknown API type.
 */
export const rawDestination: DestinationPart<Written> = {
  key: 'raw',
  writtenAs: '{raw: {type: …}}',
  placement: 'owned',
  compile: (term, set, d) => ({ ...term, targets: [...term.targets, { ...d.raw, dispatchingType: set }] }),
  comparable: withoutName,
  toManifest: (t) => fail(`a ${String(t?.type)} destination`),
  routing: (t) => ({ type: 'raw', target: String(t?.type) }),
  routingOfWritten: (d) => ({ type: 'raw', target: String(d.raw.type) }),
  reviewName: (t) => String(t.type),
  describeLive: (t) => String(t.type),
};
