import type { Problems } from './api-error.js';
import type { Directory } from './account-model.js';
import { checkRuleSchedule } from './check-site-schedule.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import type { V1CallHandling, V1Rule } from './v1-call-handling.js';

/**
 * The checks every owner's v1 answering rules share (sites, the company, call queues): conditions
 * (name, schedule, callers, called numbers), `enabled` and extension references. Owners import
 * the module as `check` (`check.callers(…)`). What differs
 * between owners is passed in: the company's names are at most 30 characters and its called
 * numbers must be the account's own.
 */

const PHONE = /^\+?\d{3,15}$/;

/** What an owner's custom rules accept beyond the common checks. */
export interface ConditionLimits {
  maxName?: number;
  /** Called numbers must pass this (the company's: numbers of the account). */
  ownsNumber?: (phoneNumber: string) => boolean;
}

/** A custom rule's conditions from the body: name, schedule, callers and called numbers. */
export function customConditions(p: Problems, body: Json, owner: V1CallHandling<V1Rule>, limits: ConditionLimits = {}): Partial<V1Rule> {
  const out: Partial<V1Rule> = {};
  if (body.name !== undefined) {
    // RingCentral does not keep rule names unique, so neither does the emulator.
    if (!isNonEmptyString(body.name)) p.add('name', 'must be a non-empty string');
    else if (limits.maxName !== undefined && body.name.length > limits.maxName)
      p.add('name', `must be at most ${limits.maxName} characters`);
    else out.name = body.name;
  }
  if (body.schedule !== undefined) {
    const schedule = checkRuleSchedule(p, 'schedule', body.schedule, !owner.alwaysOpen);
    if (schedule) out.schedule = schedule;
  }
  if (body.callers !== undefined) out.callers = callers(p, body.callers);
  if (body.calledNumbers !== undefined) out.calledNumbers = calledNumbers(p, body.calledNumbers, limits.ownsNumber);
  return out;
}

/** The business-hours and after-hours rules keep their `{ref}` schedule and have no caller or number conditions. */
export function defaultConditions(p: Problems, body: Json, rule: V1Rule): void {
  if (
    body.schedule !== undefined &&
    !(isObject(body.schedule) && body.schedule.ref === rule.schedule?.ref && Object.keys(body.schedule).length === 1)
  ) {
    p.add('schedule', `the ${rule.type} rule's schedule is always {ref: ${String(rule.schedule?.ref)}}`);
  }
  for (const key of ['callers', 'calledNumbers']) {
    if (body[key] !== undefined && !(Array.isArray(body[key]) && (body[key] as unknown[]).length === 0))
      p.add(key, `the ${rule.type} rule has no ${key} condition`);
  }
}

export function enabled(p: Problems, body: Json): Partial<V1Rule> {
  const enabled = p.boolean('enabled', body.enabled);
  return enabled === undefined ? {} : { enabled };
}

/** `{id}` of an existing extension. */
export function extensionRef(p: Problems, path: string, ref: unknown, dir: Directory): string | undefined {
  const id = isObject(ref) ? ref.id : undefined;
  if (typeof id !== 'string' || id === '') return void p.add(path, 'is required, an extension id');
  if (!dir.extension(id)) return void p.add(path, `extension ${id} does not exist`);
  return id;
}

export function callers(p: Problems, v: unknown): Json[] | undefined {
  if (!Array.isArray(v)) return void p.add('callers', 'must be an array of {callerId, name}');
  return v.map((c, i) => {
    const path = at('callers', i);
    if (!isObject(c) || (c.callerId === undefined && c.name === undefined)) return void p.add(path, 'must have a callerId or a name');
    if (c.callerId !== undefined && (typeof c.callerId !== 'string' || !PHONE.test(c.callerId)))
      p.add(at(path, 'callerId'), 'must be a phone number');
    if (c.name !== undefined && !isNonEmptyString(c.name)) p.add(at(path, 'name'), 'must be a non-empty string');
    return { ...(c.callerId !== undefined && { callerId: c.callerId }), ...(c.name !== undefined && { name: c.name }) };
  }) as Json[];
}

export function calledNumbers(p: Problems, v: unknown, ownsNumber?: (phoneNumber: string) => boolean): Json[] | undefined {
  if (!Array.isArray(v)) return void p.add('calledNumbers', 'must be an array of {phoneNumber}');
  return v.map((c, i) => {
    const n = isObject(c) ? c.phoneNumber : undefined;
    const path = at(at('calledNumbers', i), 'phoneNumber');
    if (typeof n !== 'string' || !PHONE.test(n)) p.add(path, 'must be a phone number');
    else if (ownsNumber && !ownsNumber(n)) p.add(path, `${n} is not a phone number of this account`);
    return { phoneNumber: n };
  });
}

/** A custom rule must be triggered by something: callers, called numbers or a schedule. */
export function hasCondition(p: Problems, rule: Pick<V1Rule, 'callers' | 'calledNumbers' | 'schedule'>): void {
  const some = (rule.callers?.length ?? 0) > 0 || (rule.calledNumbers?.length ?? 0) > 0 || rule.schedule !== undefined;
  if (!some) p.add('body', 'a custom rule needs at least one condition: callers, calledNumbers or schedule');
}
