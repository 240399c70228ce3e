import type { Problems } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isObject, type Json } from './json-value.js';
import type { CompanyCallHandling, CompanyRule } from './company-call-handling.js';
import * as check from './check-rule-conditions.js';
import { standardGreeting } from './standard-greetings.js';
import { createV1Rule, deleteV1Rule, updateV1Rule } from './update-v1-rule.js';

/**
 * Writes to the company's answering rules, beyond what every owner's rules share: RingCentral's
 * limits from the spec: names of at most 30 characters, `callHandlingAction` Operator,
 * Disconnect or Bypass (Bypass needs an existing extension), called numbers of the account.
 * Names need not be unique (RingCentral does not enforce it). Greetings: predefined only.
 */

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

export function createCompanyRule(company: CompanyCallHandling, body: unknown, id: string, dir: CompanyDirectory): CompanyRule {
  return createV1Rule(company, body, (p, b) => {
    if (b.type !== undefined && b.type !== 'Custom') p.add('type', 'only Custom rules can be created');
    const fields = { ...checkAction(p, b, dir, undefined), ...check.customConditions(p, b, company, limits(dir)) };
    const rule: CompanyRule = { id, type: 'Custom', enabled: true, name: defaultName(company), callHandlingAction: 'Operator', ...fields };
    checkRule(p, rule);
    return rule;
  });
}

export function updateCompanyRule(company: CompanyCallHandling, ruleId: string, body: unknown, dir: CompanyDirectory): CompanyRule {
  return updateV1Rule(company, ruleId, body, (p, b, rule) => {
    if (rule.type !== 'Custom') check.defaultConditions(p, b, rule);
    const changes = {
      ...checkAction(p, b, dir, rule),
      ...(rule.type === 'Custom' && check.customConditions(p, b, company, limits(dir))),
    };
    const merged = { ...rule, ...changes };
    if (changes.callHandlingAction !== undefined && changes.callHandlingAction !== 'Bypass') delete merged.extensionId;
    checkRule(p, merged);
    return merged;
  });
}

export const deleteCompanyRule = deleteV1Rule;

const limits = (dir: CompanyDirectory) => ({ maxName: MAX_NAME, ownsNumber: (n: string) => dir.ownsNumber(n) });

/** "The default value is 'My Rule N' where 'N' is the first free number" (the spec). */
function defaultName(company: CompanyCallHandling): string {
  let n = 1;
  while (company.rules.some((r) => r.name === `My Rule ${n}`)) n++;
  return `My Rule ${n}`;
}

/** Greetings, `enabled` and the action: Operator, Disconnect or Bypass to an existing extension. */
function checkAction(p: Problems, body: Json, dir: CompanyDirectory, rule: CompanyRule | undefined): Partial<CompanyRule> {
  const out: Partial<CompanyRule> = {};
  if (body.greetings !== undefined) out.greetings = checkGreetings(p, body.greetings, rule?.greetings);
  Object.assign(out, check.enabled(p, body));
  if (body.callHandlingAction !== undefined) {
    if (!ACTIONS.includes(body.callHandlingAction as string)) p.add('callHandlingAction', `must be one of ${ACTIONS.join(', ')}`);
    else out.callHandlingAction = body.callHandlingAction as CompanyRule['callHandlingAction'];
  }
  if (body.extension !== undefined) {
    const id = check.extensionRef(p, 'extension.id', body.extension, dir);
    if (id) out.extensionId = id;
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
  if (rule.type === 'Custom') check.hasCondition(p, rule);
}
