import type { RoutingTarget } from '../../core/routing.js';
import { ok } from '../converted.js';
import type { ApiRingTarget, LiveObject, RingTargetPart } from '../part.js';
import { rawRequestForm } from '../raw-request-form.js';

type Written = { raw: LiveObject };

const typeOf = (t: LiveObject) => String(t.type);
const named = (t: RoutingTarget) => (typeof t === 'string' ? t : String(t.raw));

/**
 * `{raw: {...}}`: any ring target type no other part owns (HotdeskRingTarget,
 * IntegrationRingTarget, ImsPhoneNumberRingTarget, FmcPhoneNumberRingTarget,
 * CloudConnectorRingTarget, and types the API adds later). Written as the API's request object,
 * checked against the spec's request schema before any call (src/validate/check-raw-parts.ts),
 * sent and compared as written. The registry falls back to it for every unknown API type, so
 * nothing live is ever dropped, and export writes it, so nothing is left out.
 */
export const rawRingTarget: RingTargetPart<Written> = {
  key: 'raw',
  apiTypes: [],
  writtenAs: '{raw: {type: …}}',
  schema: {
    title: 'Raw ring target',
    description:
      "Any other ring target of the API (HotdeskRingTarget, IntegrationRingTarget, ImsPhoneNumberRingTarget, FmcPhoneNumberRingTarget, CloudConnectorRingTarget…): the API's request object, `type` first; its `type` is the API's ring target, e.g. HotdeskRingTarget; checked against RingCentral's request schema, sent and compared as written.",
    type: 'object',
    required: ['type'],
    properties: { type: { description: 'The API ring target type, e.g. HotdeskRingTarget.', type: 'string', minLength: 1 } },
    // The other fields are the API's: checked against its request schema (src/validate/check-raw-parts.ts).
    additionalProperties: true,
    'x-errors': { required: 'a raw ring target needs its API "type", e.g. {raw: {type: HotdeskRingTarget}}' },
  },
  compile: (t) => rawRequestForm(t.raw, 'ring') as ApiRingTarget,
  comparable: (t) => rawRequestForm(t, 'ring'),
  toManifest: (t) => ok({ raw: rawRequestForm(t, 'ring') }),
  routing: (t) => ({ raw: typeOf(t) }),
  routingOfWritten: (t) => ({ raw: typeOf(t.raw) }),
  describe: named,
  expectText: (t) => `{raw: "${named(t)}"}`,
  expectKey: (t) => `raw:${named(t)}`,
  reviewName: typeOf,
};
