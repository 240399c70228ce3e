import { Problems, invalidParameter, notFound } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import type { SiteCallHandling, SiteRule } from './site-call-handling.js';
import { checkRuleSchedule, checkWeeklyRangesV1 } from './check-site-schedule.js';

/**
 * Writes to a site's v1 call handling: business hours (PUT, replaces the schedule), answering
 * rules (POST custom, PUT partial update, DELETE custom only). Every rule transfers to an
 * existing extension; the default rules keep their type and schedule reference.
 */

const CALLER_ID = /^\+?\d{3,15}$/;

/** What has v1 business hours: a site or a call queue (both gain and lose an after-hours rule with them). */
export interface HasBusinessHours {
  weeklyRanges: Json;
  syncAfterHours(): void;
}

export function putBusinessHours(site: HasBusinessHours, body: unknown): void {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (!isObject(body.schedule)) p.add('schedule', 'is required: {weeklyRanges}');
  const weekly = isObject(body.schedule) ? (body.schedule.weeklyRanges ?? {}) : {};
  const weeklyRanges = checkWeeklyRangesV1(p, 'schedule.weeklyRanges', weekly);
  p.throwIfAny();
  site.weeklyRanges = weeklyRanges!;
  site.syncAfterHours();
}

export function createSiteRule(site: SiteCallHandling, body: unknown, id: string, dir: Directory): SiteRule {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (body.type !== 'Custom') p.add('type', 'is required and must be Custom');
  if (body.name === undefined) p.add('name', 'is required');
  if (body.callHandlingAction === undefined) p.add('callHandlingAction', 'is required: TransferToExtension');
  if (body.transfer === undefined) p.add('transfer', 'is required: {extension: {id}}');
  const fields = checkCustomFields(p, body, site, undefined, dir);
  const rule = { id, type: 'Custom', enabled: true, ...fields } as SiteRule;
  checkHasCondition(p, rule);
  p.throwIfAny();
  site.rules.push(rule);
  return rule;
}

export function updateSiteRule(site: SiteCallHandling, ruleId: string, body: unknown, dir: Directory): SiteRule {
  const rule = site.rule(ruleId);
  if (!rule) throw notFound('ruleId', ruleId);
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (body.type !== undefined && body.type !== rule.type) p.add('type', `the type of this rule is ${rule.type}`);
  if (rule.type === 'Custom') {
    const merged = { ...rule, ...checkCustomFields(p, body, site, rule, dir) };
    checkHasCondition(p, merged);
    p.throwIfAny();
    return Object.assign(rule, merged);
  }
  const changes = checkDefaultRuleFields(p, body, rule, dir);
  p.throwIfAny();
  return Object.assign(rule, changes);
}

export function deleteSiteRule(site: SiteCallHandling, ruleId: string): void {
  const rule = site.rule(ruleId);
  if (!rule) throw notFound('ruleId', ruleId);
  if (rule.type !== 'Custom') throw invalidParameter('ruleId', `the default ${rule.type} rule cannot be deleted`);
  site.rules.splice(site.rules.indexOf(rule), 1);
}

/** The business-hours and after-hours rules: only where they transfer to, and enabled, change. */
function checkDefaultRuleFields(p: Problems, body: Json, rule: SiteRule, dir: Directory): Partial<SiteRule> {
  const out: Partial<SiteRule> = {};
  if (
    body.schedule !== undefined &&
    !(isObject(body.schedule) && body.schedule.ref === rule.schedule?.ref && Object.keys(body.schedule).length === 1)
  ) {
    p.add('schedule', `the ${rule.type} rule's schedule is always {ref: ${String(rule.schedule?.ref)}}`);
  }
  for (const key of ['callers', 'calledNumbers']) {
    if (body[key] !== undefined && !(Array.isArray(body[key]) && (body[key] as unknown[]).length === 0)) {
      p.add(key, `the ${rule.type} rule has no ${key} condition`);
    }
  }
  Object.assign(out, checkCommonFields(p, body, dir));
  return out;
}

function checkCustomFields(p: Problems, body: Json, site: SiteCallHandling, self: SiteRule | undefined, dir: Directory): Partial<SiteRule> {
  const out: Partial<SiteRule> = checkCommonFields(p, body, dir);
  if (body.name !== undefined) {
    // RingCentral does not keep rule names unique, so neither does the emulator.
    if (!isNonEmptyString(body.name)) p.add('name', 'must be a non-empty string');
    out.name = body.name as string;
  }
  if (body.schedule !== undefined) out.schedule = checkRuleSchedule(p, 'schedule', body.schedule, !site.alwaysOpen);
  if (body.callers !== undefined) out.callers = checkCallers(p, body.callers);
  if (body.calledNumbers !== undefined) out.calledNumbers = checkCalledNumbers(p, body.calledNumbers);
  return out;
}

function checkCommonFields(p: Problems, body: Json, dir: Directory): Partial<SiteRule> {
  const out: Partial<SiteRule> = {};
  if (body.enabled !== undefined) {
    if (typeof body.enabled !== 'boolean') p.add('enabled', 'must be a boolean');
    out.enabled = body.enabled as boolean;
  }
  if (body.callHandlingAction !== undefined && body.callHandlingAction !== 'TransferToExtension') {
    p.add('callHandlingAction', 'a site rule always uses TransferToExtension');
  }
  if (body.transfer !== undefined) {
    const ext = isObject(body.transfer) ? body.transfer.extension : undefined;
    const id = isObject(ext) ? ext.id : undefined;
    if (typeof id !== 'string' || id === '') p.add('transfer.extension.id', 'is required, an extension id');
    else if (!dir.extension(id)) p.add('transfer.extension.id', `extension ${id} does not exist`);
    else out.transferId = id;
  }
  return out;
}

export function checkCallers(p: Problems, v: unknown): Json[] | undefined {
  if (!Array.isArray(v)) return void p.add('callers', 'must be an array of {callerId, name}');
  return v.map((c, i) => {
    const path = at('callers', i);
    if (!isObject(c) || (c.callerId === undefined && c.name === undefined)) return void p.add(path, 'must have a callerId or a name');
    if (c.callerId !== undefined && (typeof c.callerId !== 'string' || !CALLER_ID.test(c.callerId)))
      p.add(at(path, 'callerId'), 'must be a phone number');
    if (c.name !== undefined && !isNonEmptyString(c.name)) p.add(at(path, 'name'), 'must be a non-empty string');
    return { ...(c.callerId !== undefined && { callerId: c.callerId }), ...(c.name !== undefined && { name: c.name }) };
  }) as Json[];
}

export function checkCalledNumbers(p: Problems, v: unknown): Json[] | undefined {
  if (!Array.isArray(v)) return void p.add('calledNumbers', 'must be an array of {phoneNumber}');
  return v.map((c, i) => {
    const n = isObject(c) ? c.phoneNumber : undefined;
    if (typeof n !== 'string' || !CALLER_ID.test(n)) p.add(at(at('calledNumbers', i), 'phoneNumber'), 'must be a phone number');
    return { phoneNumber: n };
  });
}

/** A custom rule must be triggered by something: callers, called numbers or a schedule. */
export function checkHasCondition(p: Problems, rule: Pick<Partial<SiteRule>, 'callers' | 'calledNumbers' | 'schedule'>): void {
  const some = (rule.callers?.length ?? 0) > 0 || (rule.calledNumbers?.length ?? 0) > 0 || rule.schedule !== undefined;
  if (!some) p.add('body', 'a custom rule needs at least one condition: callers, calledNumbers or schedule');
}
