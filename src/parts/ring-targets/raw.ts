import type { RoutingTarget } from '../../core/routing.js';
import { fail } from '../converted.js';
import type { ApiRingTarget, LiveObject, RingTargetPart } from '../part.js';

type Written = { raw: LiveObject };

const typeOf = (t: LiveObject) => String(t.type);
const named = (t: RoutingTarget) => (typeof t === 'string' ? t : String(t.raw));

/** Server-added fields a request does not carry. */
function withoutName(t: LiveObject): LiveObject {
  const { name: _name, uri: _uri, ...rest } = t;
  return rest;
}

/**
 * `{raw: {...}}`: any ring target type no other part owns (HotdeskRingTarget,
 * IntegrationRingTarget, …, and types the API adds later). The registry falls back to it for
 * every unknown API type, so nothing live is ever dropped.
 */
export const rawRingTarget: RingTargetPart<Written> = {
  key: 'raw',
  apiTypes: [],
  writtenAs: '{raw: {type: …}}',
  compile: (t) => t.raw as ApiRingTarget,
  comparable: withoutName,
  toManifest: (t) => fail(`a ${typeOf(t)} ring target`),
  routing: (t) => ({ raw: typeOf(t) }),
  routingOfWritten: (t) => ({ raw: typeOf(t.raw) }),
  describe: named,
  expectText: (t) => `{raw: "${named(t)}"}`,
  expectKey: (t) => `raw:${named(t)}`,
  reviewName: typeOf,
};
