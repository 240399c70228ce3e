import { Problems, invalidParameter, notFound } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import { isE164 } from './phone-number.js';
import type { StoredInteractionRule, UserCallHandling } from './user-call-handling.js';
import { checkDispatching } from './check-dispatching.js';
import { checkTrigger } from './check-triggers.js';

/**
 * Create and update of interaction (custom) rules (user-interaction-rules.md): at least one
 * condition, conditions ANDed, a State condition only beside an Interaction condition with
 * callers or called numbers, after-hours only while it exists. PATCH replaces each field sent.
 */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/;

export function createInteractionRule(
  user: UserCallHandling,
  body: unknown,
  id: string,
  dir: Directory,
  nowLocal: string,
): StoredInteractionRule {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  for (const key of ['enabled', 'displayName', 'conditions', 'dispatching']) {
    if (body[key] === undefined) p.add(key, 'is required');
  }
  p.throwIfAny();
  const rule = checkRuleFields(p, body, user, undefined, dir, nowLocal) as StoredInteractionRule;
  p.throwIfAny();
  const stored = {
    id,
    displayName: rule.displayName,
    enabled: rule.enabled,
    conditions: rule.conditions,
    dispatching: rule.dispatching,
  };
  user.interactionRules.push(stored);
  return stored;
}

export function updateInteractionRule(
  user: UserCallHandling,
  ruleId: string,
  body: unknown,
  dir: Directory,
  nowLocal: string,
): StoredInteractionRule {
  const rule = user.interactionRule(ruleId);
  if (!rule) throw notFound('ruleId', ruleId);
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  const changes = checkRuleFields(p, body, user, rule, dir, nowLocal);
  p.throwIfAny();
  Object.assign(rule, changes);
  return rule;
}

function checkRuleFields(
  p: Problems,
  body: Json,
  user: UserCallHandling,
  self: StoredInteractionRule | undefined,
  dir: Directory,
  nowLocal: string,
) {
  const out: Partial<StoredInteractionRule> = {};
  if (body.enabled !== undefined) {
    if (typeof body.enabled !== 'boolean') p.add('enabled', 'must be a boolean');
    out.enabled = body.enabled as boolean;
  }
  if (body.displayName !== undefined) {
    // RingCentral does not keep rule names unique, so neither does the emulator.
    if (!isNonEmptyString(body.displayName)) p.add('displayName', 'must be a non-empty string');
    out.displayName = body.displayName as string;
  }
  if (body.conditions !== undefined) out.conditions = checkConditions(p, body.conditions, user, nowLocal);
  if (body.dispatching !== undefined)
    out.dispatching = checkDispatching(p, 'dispatching', body.dispatching, 'custom', dir, user.extensionId);
  return out;
}

function checkConditions(p: Problems, v: unknown, user: UserCallHandling, nowLocal: string): Json[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return void p.add('conditions', 'must contain at least one condition');
  const out = v.map((c, i) => checkCondition(p, at('conditions', i), c, user, nowLocal));
  if (!out.every(Boolean)) return undefined;
  const list = out as Json[];
  const types = list.map((c) => c.type as string);
  if (new Set(types).size !== types.length) p.add('conditions', 'each condition type may appear once');
  const interaction = list.find((c) => c.type === 'Interaction');
  const hasNumbers = !!interaction && ((interaction.from as unknown[]).length > 0 || (interaction.to as unknown[]).length > 0);
  if (types.includes('State') && !hasNumbers) {
    p.add('conditions', 'a State condition needs an Interaction condition with callers (from) or called numbers (to)');
  }
  return list;
}

function checkCondition(p: Problems, path: string, c: unknown, user: UserCallHandling, nowLocal: string): Json | undefined {
  if (!isObject(c)) return void p.add(path, 'must be a condition object');
  if (c.type === 'Interaction') return checkInteraction(p, path, c);
  if (c.type === 'State') {
    const id = isObject(c.state) ? c.state.id : undefined;
    if (id !== 'work-hours' && id !== 'after-hours') return void p.add(at(at(path, 'state'), 'id'), 'must be work-hours or after-hours');
    if (id === 'after-hours' && !user.has('after-hours')) {
      return void p.add(at(at(path, 'state'), 'id'), 'after-hours does not exist while work-hours is 24/7');
    }
    return { type: 'State', state: { id } };
  }
  if (c.type === 'Schedule') return checkSchedule(p, at(path, 'schedule'), c.schedule, nowLocal);
  return void p.add(at(path, 'type'), 'must be Interaction, Schedule or State');
}

function checkInteraction(p: Problems, path: string, c: Json): Json | undefined {
  if (!Array.isArray(c.from)) p.add(at(path, 'from'), 'is required, an array of {phoneNumber, name}');
  if (!Array.isArray(c.to)) p.add(at(path, 'to'), 'is required, an array of phone numbers');
  if (!Array.isArray(c.from) || !Array.isArray(c.to)) return undefined;
  const from = c.from.map((f, i) => {
    const fp = at(at(path, 'from'), i);
    if (!isObject(f)) return void p.add(fp, 'must be {phoneNumber, name}');
    if (!isE164(f.phoneNumber)) p.add(at(fp, 'phoneNumber'), 'is required, a phone number in E.164 format');
    if (typeof f.name !== 'string') p.add(at(fp, 'name'), 'is required, a string');
    return { phoneNumber: f.phoneNumber, name: f.name };
  });
  c.to.forEach((n, i) => {
    if (!isE164(n)) p.add(at(at(path, 'to'), i), 'must be a phone number in E.164 format');
  });
  return { type: 'Interaction', from, to: [...c.to] };
}

/** Interaction-rule schedules: Weekly or Range triggers (a custom rule has no Daily form). */
function checkSchedule(p: Problems, path: string, s: unknown, nowLocal: string): Json | undefined {
  if (!isObject(s)) return void p.add(path, 'is required, {triggers}');
  if (!Array.isArray(s.triggers) || s.triggers.length === 0) return void p.add(at(path, 'triggers'), 'must contain at least one trigger');
  const triggers = s.triggers.map((t, i) => checkTrigger(p, at(at(path, 'triggers'), i), t, ['Weekly', 'Range'], nowLocal));
  const schedule: Json = { triggers };
  for (const key of ['startDateTime', 'endDateTime']) {
    if (s[key] === undefined) continue;
    if (typeof s[key] !== 'string' || !DATE_TIME.test(s[key] as string)) p.add(at(path, key), 'must be a date-time YYYY-MM-DDThh:mm:ss');
    schedule[key] = s[key];
  }
  return { type: 'Schedule', schedule };
}

export function deleteInteractionRule(user: UserCallHandling, ruleId: string): void {
  const index = user.interactionRules.findIndex((r) => r.id === ruleId);
  if (index < 0) throw notFound('ruleId', ruleId);
  user.interactionRules.splice(index, 1);
}
