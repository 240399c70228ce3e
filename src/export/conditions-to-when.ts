import type { ApiSchema } from '../core/api/api-types.js';
import { fieldsOf } from '../core/fields-of.js';
import type { Caller, UserCustomRuleWhen } from '../core/manifest.js';
import { normalizeConditions } from '../kinds/user-custom-rule/interaction-conditions.js';
import { exactE164, fail, ok, type Converted } from './extension-refs.js';
import { triggersToSchedule } from './schedule-to-manifest.js';

const STATES = ['work-hours', 'after-hours'] as const;
const codepoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function callersToManifest(from: { phoneNumber: string; name: string }[]): Converted<Caller[]> {
  const out: Caller[] = [];
  const sorted = [...from].sort((a, b) => codepoint(a.phoneNumber, b.phoneNumber) || codepoint(a.name, b.name));
  for (const f of sorted) {
    const number = exactE164(f.phoneNumber);
    if (!number) return fail(`the caller "${f.phoneNumber}" (not an E.164 phone number)`);
    // Compile names a bare number by the number itself, so such a caller (or a nameless one)
    // is written back as a bare number.
    out.push(f.name === '' || f.name === number || f.name === f.phoneNumber ? number : { number, name: f.name });
  }
  return ok(out);
}

function calledToManifest(to: string[]): Converted<string[]> {
  const out: string[] = [];
  for (const n of [...to].sort(codepoint)) {
    const number = exactE164(n);
    if (!number) return fail(`the called number "${n}" (not an E.164 phone number)`);
    out.push(number);
  }
  return ok(out);
}

function interaction(c: ApiSchema<'CommInteractionRuleInteractionConditionResource'>, when: UserCustomRuleWhen): string | undefined {
  // Compile writes no Interaction condition when both lists are empty ("an empty list is no condition").
  if (c.from.length === 0 && c.to.length === 0) return 'an Interaction condition with no callers and no called numbers';
  const callers = callersToManifest(c.from);
  if (!callers.ok) return callers.why;
  const called = calledToManifest(c.to);
  if (!called.ok) return called.why;
  if (callers.value.length > 0) when.callers = callers.value;
  if (called.value.length > 0) when.calledNumbers = called.value;
  return undefined;
}

function schedule(c: ApiSchema<'CommInteractionRuleScheduleConditionResource'>, when: UserCustomRuleWhen): string | undefined {
  if (c.schedule.startDateTime || c.schedule.endDateTime) return 'a schedule condition with its own start or end date';
  const s = triggersToSchedule(c.schedule.triggers, ['weekly', 'ranges']);
  if (!s.ok) return s.why;
  when.schedule = s.value;
  return undefined;
}

/**
 * Interaction-rule conditions → `when`: callers and called numbers sorted (they are sets),
 * `state` and `schedule` as written in manifest v1. Fails on what compile cannot reproduce or
 * validation would reject (a state condition alone, no condition at all).
 */
export function conditionsToWhen(conditions: unknown): Converted<UserCustomRuleWhen> {
  const list = normalizeConditions(conditions);
  const when: UserCustomRuleWhen = {};
  const seen = new Set<string>();
  for (const c of list) {
    if (seen.has(c?.type)) return fail(`more than one ${String(c?.type)} condition`);
    seen.add(c?.type);
    let why: string | undefined;
    if (c?.type === 'Interaction') why = interaction(c, when);
    else if (c?.type === 'Schedule') why = schedule(c, when);
    else if (c?.type === 'State') {
      if (STATES.includes(c.state?.id)) when.state = c.state.id;
      else why = `a state condition on "${String(c.state?.id)}"`;
    } else why = `a condition of type ${String(fieldsOf(c).type)}`;
    if (why) return fail(why);
  }
  if (Object.keys(when).length === 0) return fail('a custom rule without conditions');
  if (when.state && !when.callers && !when.calledNumbers) return fail('a state condition without callers or called numbers');
  const { callers, calledNumbers, state, schedule: sched } = when;
  return ok({
    ...(callers && { callers }),
    ...(calledNumbers && { calledNumbers }),
    ...(state && { state }),
    ...(sched && { schedule: sched }),
  });
}
