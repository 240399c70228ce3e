import { Problems, invalidParameter, notFound } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import type { CompanyCallHandling, CompanyRule } from './company-call-handling.js';
import { checkRuleSchedule, checkWeeklyRangesV1 } from './check-site-schedule.js';
import { standardGreeting } from './standard-greetings.js';

/**
 * Writes to the company's call handling: business hours (PUT replaces the schedule), company
 * answering rules (POST custom, PUT partial update, DELETE custom only), with RingCentral's
 * limits from the spec: names of at most 30 characters, `callHandlingAction` Operator,
 * Disconnect or Bypass (Bypass needs an existing extension), called numbers of the account.
 * Names need not be unique (RingCentral does not enforce it).
 */

const CALLER_ID = /^\+?\d{3,15}$/;
const ACTIONS = ['Operator', 'Disconnect', 'Bypass'];
const MAX_NAME = 30;
/** GreetingTypeEnum of the spec. */
const GREETING_TYPES = [
  'Introductory',
  'Announcement',
  'AutomaticRecording',
  'BlockedCallersAll',
  'BlockedCallersSpecific',
  'BlockedNoCallerId',
  'BlockedPayPhones',
  'ConnectingMessage',
  'ConnectingAudio',
  'StartRecording',
  'StopRecording',
  'Voicemail',
  'Unavailable',
  'InterruptPrompt',
  'HoldMusic',
  'Company',
];

/** What the company's rules can refer to: extensions and the account's phone numbers. */
export interface CompanyDirectory extends Directory {
  ownsNumber(phoneNumber: string): boolean;
}

export function putCompanyHours(company: CompanyCallHandling, body: unknown): void {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (!isObject(body.schedule)) p.add('schedule', 'is required: {weeklyRanges}');
  const weekly = isObject(body.schedule) ? (body.schedule.weeklyRanges ?? {}) : {};
  const weeklyRanges = checkWeeklyRangesV1(p, 'schedule.weeklyRanges', weekly);
  p.throwIfAny();
  company.weeklyRanges = weeklyRanges!;
  company.syncAfterHours();
}

export function createCompanyRule(company: CompanyCallHandling, body: unknown, id: string, dir: CompanyDirectory): CompanyRule {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (body.type !== undefined && body.type !== 'Custom') p.add('type', 'only Custom rules can be created');
  const fields = checkCustomFields(p, body, company, dir, undefined);
  const rule: CompanyRule = { id, type: 'Custom', enabled: true, name: defaultName(company), callHandlingAction: 'Operator', ...fields };
  checkRule(p, rule);
  p.throwIfAny();
  company.rules.push(rule);
  return rule;
}

export function updateCompanyRule(company: CompanyCallHandling, ruleId: string, body: unknown, dir: CompanyDirectory): CompanyRule {
  const rule = company.rule(ruleId);
  if (!rule) throw notFound('ruleId', ruleId);
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (body.type !== undefined && body.type !== rule.type) p.add('type', `the type of this rule is ${rule.type}`);
  if (body.id !== undefined && String(body.id) !== rule.id) p.add('id', `this rule's id is ${rule.id}`);
  const changes = rule.type === 'Custom' ? checkCustomFields(p, body, company, dir, rule) : checkDefaultFields(p, body, rule, dir);
  const merged = { ...rule, ...changes };
  if (changes.callHandlingAction !== undefined && changes.callHandlingAction !== 'Bypass') delete merged.extensionId;
  checkRule(p, merged);
  p.throwIfAny();
  for (const key of Object.keys(rule) as (keyof CompanyRule)[]) if (!(key in merged)) delete rule[key];
  return Object.assign(rule, merged);
}

export function deleteCompanyRule(company: CompanyCallHandling, ruleId: string): void {
  const rule = company.rule(ruleId);
  if (!rule) throw notFound('ruleId', ruleId);
  if (rule.type !== 'Custom') throw invalidParameter('ruleId', `the default ${rule.type} rule cannot be deleted`);
  company.rules.splice(company.rules.indexOf(rule), 1);
}

/** "The default value is 'My Rule N' where 'N' is the first free number" (the spec). */
function defaultName(company: CompanyCallHandling): string {
  let n = 1;
  while (company.rules.some((r) => r.name === `My Rule ${n}`)) n++;
  return `My Rule ${n}`;
}

function checkDefaultFields(p: Problems, body: Json, rule: CompanyRule, dir: CompanyDirectory): Partial<CompanyRule> {
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
  return checkCommonFields(p, body, dir, rule);
}

function checkCustomFields(
  p: Problems,
  body: Json,
  company: CompanyCallHandling,
  dir: CompanyDirectory,
  rule: CompanyRule | undefined,
): Partial<CompanyRule> {
  const out = checkCommonFields(p, body, dir, rule);
  if (body.name !== undefined) {
    if (!isNonEmptyString(body.name)) p.add('name', 'must be a non-empty string');
    else if (body.name.length > MAX_NAME) p.add('name', `must be at most ${MAX_NAME} characters`);
    else out.name = body.name;
  }
  if (body.schedule !== undefined) out.schedule = checkRuleSchedule(p, 'schedule', body.schedule, !company.alwaysOpen);
  if (body.callers !== undefined) out.callers = checkCallers(p, body.callers);
  if (body.calledNumbers !== undefined) out.calledNumbers = checkCalledNumbers(p, body.calledNumbers, dir);
  return out;
}

function checkCommonFields(p: Problems, body: Json, dir: CompanyDirectory, rule: CompanyRule | undefined): Partial<CompanyRule> {
  const out: Partial<CompanyRule> = {};
  if (body.greetings !== undefined) out.greetings = checkGreetings(p, body.greetings, rule?.greetings);
  if (body.enabled !== undefined) {
    if (typeof body.enabled !== 'boolean') p.add('enabled', 'must be a boolean');
    else out.enabled = body.enabled;
  }
  if (body.callHandlingAction !== undefined) {
    if (!ACTIONS.includes(body.callHandlingAction as string)) p.add('callHandlingAction', `must be one of ${ACTIONS.join(', ')}`);
    else out.callHandlingAction = body.callHandlingAction as CompanyRule['callHandlingAction'];
  }
  if (body.extension !== undefined) {
    const id = isObject(body.extension) ? body.extension.id : undefined;
    if (typeof id !== 'string' || id === '') p.add('extension.id', 'is required, an extension id');
    else if (!dir.extension(id)) p.add('extension.id', `extension ${id} does not exist`);
    else out.extensionId = id;
  }
  return out;
}

/**
 * A rule's greetings: predefined greetings only (the spec: "only predefined greetings can be
 * applied, see Dictionary Greeting List"), each a dictionary greeting of its `type`, set one type
 * at a time (a type the body does not name keeps its greeting).
 */
function checkGreetings(p: Problems, v: unknown, existing: Json[] | undefined): Json[] | undefined {
  if (!Array.isArray(v)) return void p.add('greetings', 'must be an array of {type, preset: {id}}');
  const out = [...(existing ?? [])];
  v.forEach((g, i) => {
    const path = at('greetings', i);
    if (!isObject(g) || !GREETING_TYPES.includes(g.type as string))
      return void p.add(at(path, 'type'), `must be one of ${GREETING_TYPES.join(', ')}`);
    if (g.custom !== undefined)
      return void p.add(
        at(path, 'custom'),
        'only predefined greetings can be applied to a company answering rule (Dictionary Greeting List)',
      );
    const presetId = isObject(g.preset) ? g.preset.id : undefined;
    const found = typeof presetId === 'string' ? standardGreeting(presetId) : undefined;
    if (!found) return void p.add(at(path, 'preset.id'), `standard greeting ${String(presetId)} does not exist`);
    if (found.type !== g.type)
      return void p.add(at(path, 'preset.id'), `standard greeting ${found.id} is a ${found.type} greeting, ${String(g.type)} expected`);
    const stored = { type: found.type, preset: { id: found.id } };
    const index = out.findIndex((x) => x.type === found.type);
    if (index >= 0) out[index] = stored;
    else out.push(stored);
  });
  return out;
}

/** Bypass goes to an extension, so it needs one; a custom rule needs a condition. */
function checkRule(p: Problems, rule: CompanyRule): void {
  if (rule.callHandlingAction === 'Bypass' && rule.extensionId === undefined)
    p.add('extension', 'is required when callHandlingAction is Bypass');
  if (rule.type !== 'Custom') return;
  const some = (rule.callers?.length ?? 0) > 0 || (rule.calledNumbers?.length ?? 0) > 0 || rule.schedule !== undefined;
  if (!some) p.add('body', 'a custom rule needs at least one condition: callers, calledNumbers or schedule');
}

function checkCallers(p: Problems, v: unknown): Json[] | undefined {
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

function checkCalledNumbers(p: Problems, v: unknown, dir: CompanyDirectory): Json[] | undefined {
  if (!Array.isArray(v)) return void p.add('calledNumbers', 'must be an array of {phoneNumber}');
  return v.map((c, i) => {
    const n = isObject(c) ? c.phoneNumber : undefined;
    const path = at(at('calledNumbers', i), 'phoneNumber');
    if (typeof n !== 'string' || !CALLER_ID.test(n)) p.add(path, 'must be a phone number');
    else if (!dir.ownsNumber(n)) p.add(path, `${n} is not a phone number of this account`);
    return { phoneNumber: n };
  });
}
