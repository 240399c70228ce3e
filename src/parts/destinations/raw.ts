import { ok } from '../converted.js';
import { setOf } from '../dispatching-request.js';
import type { ApiTerminatingTarget, DestinationPart, EndPart, LiveObject } from '../part.js';
import { rawRequestForm } from '../raw-request-form.js';

type Written = { raw: LiveObject };

const withoutSet = (t: LiveObject): LiveObject => Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'dispatchingType'));

/** A call sent to a terminating target no part describes: `target` is its API type. */
export const rawEnd: EndPart = {
  type: 'raw',
  outcomeText: (e) => `goes to the ${e.target}`,
  expectText: (e) => String(e.target),
};

/**
 * `{raw: {...}}`: any terminating target type no other part owns (CloudConnectorTerminatingTarget
 * and types the API adds later), written as the API's request object without `dispatchingType`
 * (it follows from `ifNoAnswer` / `immediately`), checked against the spec's request schema
 * before any call and sent with every field it requires. The registry falls back to it for
 * every unknown API type.
 */
export const rawDestination: DestinationPart<Written> = {
  key: 'raw',
  writtenAs: '{raw: {type: …}}',
  placement: 'owned',
  schema: {
    title: 'Raw destination',
    description:
      "Any other terminating target of the API (CloudConnectorTerminatingTarget…): the API's request object, `type` first, without dispatchingType (ifNoAnswer or immediately says it); its `type` is the API's terminating target, e.g. CloudConnectorTerminatingTarget; checked against RingCentral's request schema, sent and compared as written.",
    type: 'object',
    required: ['type'],
    properties: {
      type: { description: 'The API terminating target type, e.g. CloudConnectorTerminatingTarget.', type: 'string', minLength: 1 },
    },
    // The other fields are the API's: checked against its request schema (src/validate/check-raw-parts.ts).
    additionalProperties: true,
    'x-errors': { required: 'a raw destination needs its API "type", e.g. {raw: {type: CloudConnectorTerminatingTarget, …}}' },
  },
  // One target of a type per set: the written one replaces the set's target of the same type.
  compile: (term, set, d) => {
    // Checked against the type's request schema before any call (src/validate/check-raw-parts.ts).
    const target = { ...rawRequestForm(withoutSet(d.raw), 'terminating'), dispatchingType: set } as ApiTerminatingTarget;
    const others = term.targets.filter((t) => !(t.type === d.raw.type && setOf(t) === set));
    return { ...term, targets: [...others, target] };
  },
  comparable: (t) => rawRequestForm(t, 'terminating'),
  toManifest: (t) => ok({ raw: withoutSet(rawRequestForm(t ?? {}, 'terminating')) }),
  routing: (t) => ({ type: 'raw', target: String(t?.type) }),
  routingOfWritten: (d) => ({ type: 'raw', target: String(d.raw.type) }),
  end: rawEnd,
  reviewName: (t) => String(t.type),
  describeLive: (t) => String(t.type),
};
