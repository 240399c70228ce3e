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
  d.actions.forEach((a, i) => {
    if (!isObject(a) || typeof a.type !== 'string') throw new MalformedResponseError(request, `"type" in action ${i + 1} of ${which}`);
    checkFlags(request, `${a.type} of ${which}`, a);
  });
}

/**
 * Every `enabled` flag in the spec is a boolean. A string `"false"` is truthy: read as it is, it
 * would switch a greeting or a ring group on with the next write, and no plan would show it.
 */
function checkFlags(request: string, which: string, value: unknown, at = ''): void {
  if (Array.isArray(value)) return value.forEach((v, i) => checkFlags(request, which, v, `${at}[${i}]`));
  if (!isObject(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const path = at ? `${at}.${key}` : key;
    if (key === 'enabled' && v !== undefined && typeof v !== 'boolean')
      throw new MalformedResponseError(request, `a true/false "${path}" in ${which} (it is ${JSON.stringify(v)})`);
    checkFlags(request, which, v, path);
  }
}

/** The greeting actions RingCentral keeps in every rule that has greetings (the guides' defaults). */
const GREETING_ACTIONS = ['PlayWelcomePromptAction', 'PlayConnectingMessageAction', 'PlayConnectingPromptAction', 'ScreeningAction'];
/** The state rules that have greetings (state-based-call-handling.md: "Welcome greeting"). */
const STATE_RULES_WITH_GREETINGS = ['work-hours', 'after-hours'];

/**
 * One id held by two records (two names, say) would make the planner take a rule for another:
 * with `prune: true` it would DELETE the managed rule's id while saying it deletes the other.
 */
function checkUniqueIds(request: string, records: unknown[], nameOf: (r: Record<string, unknown>) => unknown): void {
  const seen = new Map<string, unknown>();
  for (const r of records) {
    if (!isObject(r)) continue;
    const id = String(r.id);
    if (seen.has(id)) {
      throw new UserError(
        `RingCentral answered ${request} with rule id ${id} twice (as ${JSON.stringify(seen.get(id))} and ${JSON.stringify(nameOf(r))}), so ringform cannot tell which rule that id is; nothing was written. Run it again; if it persists, the API changed or a proxy altered the response.`,
      );
    }
    seen.set(id, nameOf(r));
  }
}

/** State-based rules (`…/voice/state-rules`): each needs its id and whole dispatching. */
export function checkStateRules(request: string, records: unknown[]): StateRule[] {
  records.forEach((r, i) => {
    if (!has(r, 'id')) throw new MalformedResponseError(request, `"id" in record ${i + 1}`);
    const rule = r as StateRule;
    checkDispatching(request, `state rule ${rule.id}`, rule.dispatching);
    // A rule read without its greeting actions would be written back without them, and
    // RingCentral resets greetings a write leaves out: the custom greetings would be lost.
    if (STATE_RULES_WITH_GREETINGS.includes(String(rule.id)) && !rule.dispatching!.actions!.some((a) => GREETING_ACTIONS.includes(a.type!)))
      throw new MalformedResponseError(request, `its greeting actions (${GREETING_ACTIONS.join(', ')}) in state rule ${rule.id}`);
  });
  checkUniqueIds(request, records, (r) => r.id);
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
  checkUniqueIds(request, records, (r) => r.displayName);
  return records as InteractionRule[];
}

/** Site and company answering rules, once whole: ids and types; custom rules need their name. */
export function checkAnsweringRules<T extends object>(request: string, records: (T | null | undefined)[]): T[] {
  records.forEach((r, i) => {
    if (!has(r, 'id') || !has(r, 'type')) throw new MalformedResponseError(request, `"id" and "type" in record ${i + 1}`);
    const rule = r as Record<string, unknown>;
    if (rule.type === 'Custom' && typeof rule.name !== 'string')
      throw new MalformedResponseError(request, `"name" in custom rule ${String(rule.id)}`);
  });
  checkUniqueIds(request, records, (r) => r.name ?? r.type);
  return records as T[];
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
export function checkExtensions(request: string, records: unknown[]): ApiSchema<'GetExtensionListInfoResponse'>[] {
  records.forEach((r, i) => {
    if (!has(r, 'id')) throw new MalformedResponseError(request, `"id" in record ${i + 1}`);
  });
  return records as ApiSchema<'GetExtensionListInfoResponse'>[];
}
