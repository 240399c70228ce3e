import type { RoutingTarget } from '../../core/routing.js';
import { ok } from '../converted.js';
import type { ApiRingTarget, LiveObject, RingTargetPart } from '../part.js';
import { rawRequestForm } from '../raw-request-form.js';

type Written = { raw: LiveObject };

const typeOf = (t: LiveObject) => String(t.type);
const named = (t: RoutingTarget) => (typeof t === 'string' ? t : String(t.raw));

/** What people call the ring targets of the API that have no named form (simulate and the routing impact say these). */
const WORDS: Record<string, string> = {
  HotdeskRingTarget: 'hot desk phone',
  IntegrationRingTarget: 'integration',
  ImsPhoneNumberRingTarget: 'IMS number',
  FmcPhoneNumberRingTarget: 'FMC number',
  CloudConnectorRingTarget: 'cloud connector',
};
const INTEGRATIONS: Record<string, string> = { MsTeamsDirectRouting: 'Microsoft Teams (direct routing)', FmcLite: 'FMC Lite' };

/**
 * The routing form: the API type, and what the request object says about it that people use
 * to tell targets apart (the integration, the number). Only request fields, so a live target
 * and the same target written in a manifest route alike.
 */
function routingOf(t: LiveObject): RoutingTarget {
  const out: Record<string, string> = { raw: typeOf(t) };
  const integration = (t.integration as { type?: unknown } | undefined)?.type;
  if (typeof integration === 'string') out.integration = integration;
  const number = (t.destination as { phoneNumber?: unknown } | undefined)?.phoneNumber;
  if (typeof number === 'string') out.number = number;
  return out;
}

/** `Microsoft Teams (direct routing)`, `IMS number +14155550100`; an API type with no words keeps its name. */
function describe(t: RoutingTarget): string {
  if (typeof t === 'string') return t;
  if (t.integration) return INTEGRATIONS[t.integration] ?? `integration ${t.integration}`;
  const words = WORDS[t.raw] ?? String(t.raw);
  return t.number ? `${words} ${t.number}` : words;
}

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
  // A routing test names a raw target by its API type alone.
  routingTestSchema: {
    description: 'A ring target without a named form, by its API type: {raw: {type: IntegrationRingTarget}}.',
    type: 'object',
    properties: { type: { type: 'string' } },
    required: ['type'],
    additionalProperties: true,
  },
  compile: (t) => rawRequestForm(t.raw, 'ring') as ApiRingTarget,
  comparable: (t) => rawRequestForm(t, 'ring'),
  toManifest: (t) => ok({ raw: rawRequestForm(t, 'ring') }),
  routing: routingOf,
  routingOfWritten: (t) => routingOf(t.raw),
  describe,
  expectText: (t) => `{raw: "${named(t)}"}`,
  expectKey: (t) => `raw:${named(t)}`,
  // Every field is named: a review must show a change to any of them (and a saved plan's
  // check that each field it writes is shown relies on it).
  reviewName: (t) => {
    const { type: _type, ...rest } = t;
    return Object.keys(rest).length ? `${typeOf(t)} ${JSON.stringify(rest)}` : typeOf(t);
  },
};
