import { Problems, invalidParameter, notFound } from './api-error.js';
import { checkWeeklyRangesV1 } from './check-site-schedule.js';
import { isObject, type Json } from './json-value.js';
import type { V1CallHandling, V1Rule } from './v1-call-handling.js';

/**
 * The write skeleton of v1 call handling that sites, the company and call queues share: business
 * hours (PUT replaces the schedule and the after-hours rule follows), answering rules (POST
 * custom, PUT partial update, DELETE custom only). Each owner passes only how it reads a body into
 * a rule (the action forms it accepts and what they need).
 */

export function putBusinessHours(owner: V1CallHandling<V1Rule>, body: unknown): void {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (!isObject(body.schedule)) p.add('schedule', 'is required: {weeklyRanges}');
  const weekly = isObject(body.schedule) ? (body.schedule.weeklyRanges ?? {}) : {};
  const weeklyRanges = checkWeeklyRangesV1(p, 'schedule.weeklyRanges', weekly);
  p.throwIfAny();
  owner.weeklyRanges = weeklyRanges!;
  owner.syncAfterHours();
}

/** Adds the custom rule `build` reads from the body, unless it recorded a problem. */
export function createV1Rule<R extends V1Rule>(owner: V1CallHandling<R>, body: unknown, build: (p: Problems, body: Json) => R): R {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  const rule = build(p, body);
  p.throwIfAny();
  owner.rules.push(rule);
  return rule;
}

/**
 * Updates a rule with what `merge` makes of the body and the rule (a whole new rule: fields it
 * drops are removed), unless it recorded a problem. The type and id cannot change.
 */
export function updateV1Rule<R extends V1Rule>(
  owner: V1CallHandling<R>,
  ruleId: string,
  body: unknown,
  merge: (p: Problems, body: Json, rule: R) => R,
): R {
  const rule = owner.rule(ruleId);
  if (!rule) throw notFound('ruleId', ruleId);
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (body.type !== undefined && body.type !== rule.type) p.add('type', `the type of this rule is ${rule.type}`);
  if (body.id !== undefined && String(body.id) !== rule.id) p.add('id', `this rule's id is ${rule.id}`);
  const merged = merge(p, body, rule);
  p.throwIfAny();
  for (const key of Object.keys(rule) as (keyof R)[]) if (!(key in merged)) delete rule[key];
  return Object.assign(rule, merged);
}

export function deleteV1Rule(owner: V1CallHandling<V1Rule>, ruleId: string): void {
  const rule = owner.rule(ruleId);
  if (!rule) throw notFound('ruleId', ruleId);
  if (rule.type !== 'Custom') throw invalidParameter('ruleId', `the default ${rule.type} rule cannot be deleted`);
  owner.rules.splice(owner.rules.indexOf(rule), 1);
}
