import type { ApiSchema } from '../core/api/api-types.js';
import { UserError } from '../core/problem.js';

type StateRule = ApiSchema<'CommStateBasedRuleResource'>;
type InteractionRule = ApiSchema<'CommInteractionRuleResource'>;

/**
 * The fields the planner relies on, checked on every response it reads. A field that is missing
 * is never read as a default: a state rule without `dispatching` taken as "defaults" would PATCH
 * away greetings and forwards, an interaction-rule list without `records` taken as "no rules"
 * would create every rule again. The error names the request, and the plan stops before any
 * write for anyone.
 */
export class MalformedResponseError extends UserError {
  constructor(request: string, what: string) {
    super(
      `RingCentral answered ${request} without ${what}, which ringform needs to plan; nothing was written. Run it again; if it persists, the API changed or a proxy altered the response.`,
    );
    this.name = 'MalformedResponseError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (v: unknown, key: string) => isObject(v) && v[key] !== undefined && v[key] !== null;

/** A list page must have its `records` array (spec: required in every list response). */
export function checkListPage(request: string, page: unknown): unknown[] {
  if (!isObject(page) || !Array.isArray(page.records)) throw new MalformedResponseError(request, 'its "records" list');
  return page.records;
}

function checkDispatching(request: string, which: string, d: unknown): void {
  if (!isObject(d)) throw new MalformedResponseError(request, `"dispatching" in ${which}`);
  if (typeof d.type !== 'string' || !Array.isArray(d.actions))
    throw new MalformedResponseError(request, `"dispatching.type" and "dispatching.actions" in ${which}`);
}

/** State-based rules (`…/voice/state-rules`): each needs its id and whole dispatching. */
export function checkStateRules(request: string, records: unknown[]): StateRule[] {
  records.forEach((r, i) => {
    if (!has(r, 'id')) throw new MalformedResponseError(request, `"id" in record ${i + 1}`);
    checkDispatching(request, `state rule ${(r as StateRule).id}`, (r as StateRule).dispatching);
  });
  return records as StateRule[];
}

/** Interaction (custom) rules, once whole: id, displayName, enabled, conditions and dispatching. */
export function checkInteractionRules(request: string, records: unknown[]): InteractionRule[] {
  records.forEach((r, i) => {
    if (!has(r, 'id')) throw new MalformedResponseError(request, `"id" in record ${i + 1}`);
    const rule = r as InteractionRule;
    const which = `rule ${rule.id}`;
    if (typeof rule.displayName !== 'string') throw new MalformedResponseError(request, `"displayName" in ${which}`);
    if (typeof rule.enabled !== 'boolean') throw new MalformedResponseError(request, `"enabled" in ${which}`);
    if (!Array.isArray(rule.conditions)) throw new MalformedResponseError(request, `"conditions" in ${which}`);
    checkDispatching(request, which, rule.dispatching);
  });
  return records as InteractionRule[];
}

/** Site answering rules (`view=Detailed`): ids and types; custom rules need their name. */
export function checkAnsweringRules(request: string, records: unknown[]): unknown[] {
  records.forEach((r, i) => {
    if (!has(r, 'id') || !has(r, 'type')) throw new MalformedResponseError(request, `"id" and "type" in record ${i + 1}`);
    const rule = r as Record<string, unknown>;
    if (rule.type === 'Custom' && typeof rule.name !== 'string')
      throw new MalformedResponseError(request, `"name" in custom rule ${String(rule.id)}`);
  });
  return records;
}

/**
 * Business hours: an object. Its `schedule` is optional in the spec (24/7 may come without one),
 * and a missing one only ever leads to writing the whole schedule the manifest states.
 */
export function checkBusinessHours(request: string, body: unknown): unknown {
  if (!isObject(body)) throw new MalformedResponseError(request, 'a business-hours object');
  return body;
}

/** Extension records: id and extension number identify every owner and reference. */
export function checkExtensions(request: string, records: unknown[]): unknown[] {
  records.forEach((r, i) => {
    if (!has(r, 'id')) throw new MalformedResponseError(request, `"id" in record ${i + 1}`);
  });
  return records;
}
