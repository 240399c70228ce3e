import {
  USER_STATE_IDS,
  type Caller,
  type CompanyAction,
  type CompanyManifest,
  type SiteCustomRule,
  type SiteManifest,
  type UserManifest,
} from '../core/manifest.js';
import type { CallerMatch, CompanyEnd, RuleAction, SiteRouting, UserRouting, UserStateId } from '../core/routing.js';
import { greetingLabel } from '../parts/greeting-value.js';
import { e164OrAsWritten, refLabel } from './ext-ref-label.js';
import { ruleBodyToAction, withWorkHoursRing } from './rule-body-to-action.js';
import { alwaysSchedule, scheduleFromManifest } from './schedule-model.js';

export function callerMatch(c: Caller): CallerMatch {
  if (typeof c === 'string' || typeof c === 'number') return { number: e164OrAsWritten(c) };
  return { ...(c.number !== undefined ? { number: e164OrAsWritten(c.number) } : {}), ...(c.name !== undefined ? { name: c.name } : {}) };
}

/**
 * What a site, company or queue custom rule matches (the v1 answering-rule conditions they share):
 * its name, whether it is on, callers, called numbers and its schedule or `{ref}`.
 */
export function v1CustomRuleConditions(r: Pick<SiteCustomRule, 'name' | 'enabled' | 'when'>, i: number) {
  const s = r.when?.schedule;
  return {
    name: r.name,
    enabled: r.enabled ?? true,
    callers: (r.when?.callers ?? []).map(callerMatch),
    calledNumbers: (r.when?.calledNumbers ?? []).map(e164OrAsWritten),
    ...(s && typeof s === 'object' && 'ref' in s
      ? { scheduleRef: s.ref }
      : s
        ? { schedule: scheduleFromManifest(s, ['customRules', i, 'when', 'schedule']) }
        : {}),
  };
}

/** An agent following work hours rings like work hours, unless the manifest states an agent rule. */
function agentAction(m: UserManifest, rules: Record<UserStateId, RuleAction>, sameAsWorkHours: boolean): RuleAction {
  return m.rules?.agent || !sameAsWorkHours ? rules.agent : withWorkHoursRing(rules.agent, rules['work-hours']);
}

/**
 * A User manifest → routing model. Anything the manifest does not state takes RingCentral's
 * default for a new user: work hours 24/7, forward-all-calls and dnd off, the agent following
 * work hours, default rules (core/defaults.ts).
 */
export function userModelFromManifest(m: UserManifest, label: string): UserRouting {
  const states = m.states ?? {};
  const work = states['work-hours'];
  const fac = states['forward-all-calls'];
  const agent = states.agent;
  const facSchedule = fac?.schedule;
  const agentSchedule = agent?.schedule;
  const sameAsWorkHours = agentSchedule === undefined || agentSchedule === 'same-as-work-hours';
  const rules = Object.fromEntries(USER_STATE_IDS.map((id) => [id, ruleBodyToAction(m.rules?.[id], id)])) as Record<
    UserStateId,
    RuleAction
  >;
  rules.agent = agentAction(m, rules, sameAsWorkHours);
  return {
    type: 'user',
    label,
    workHours: work ? scheduleFromManifest(work.schedule, ['states', 'work-hours', 'schedule']) : alwaysSchedule(),
    forwardAll: {
      // RingCentral needs forward-all-calls enabled with a range schedule; compile sets it so too.
      enabled: fac?.enabled ?? Boolean(facSchedule && typeof facSchedule === 'object' && 'ranges' in facSchedule),
      schedule: facSchedule ? scheduleFromManifest(facSchedule, ['states', 'forward-all-calls', 'schedule']) : alwaysSchedule(),
    },
    dnd: { enabled: states.dnd?.enabled ?? false },
    agent: {
      enabled: agent?.enabled ?? true,
      stated: agent !== undefined,
      schedule: sameAsWorkHours ? 'same-as-work-hours' : scheduleFromManifest(agentSchedule, ['states', 'agent', 'schedule']),
    },
    rules,
    customRules: (m.customRules ?? []).map((r, i) => ({
      name: r.name,
      enabled: r.enabled ?? true,
      queueCalls: r.queueCalls ?? false,
      callers: (r.when?.callers ?? []).map(callerMatch),
      calledNumbers: (r.when?.calledNumbers ?? []).map(e164OrAsWritten),
      ...(r.when?.schedule ? { schedule: scheduleFromManifest(r.when.schedule, ['customRules', i, 'when', 'schedule']) } : {}),
      ...(r.when?.state ? { state: r.when.state } : {}),
      action: ruleBodyToAction(r, 'custom'),
      origin: ['customRules', i],
    })),
  };
}

/** A Site manifest → routing model; business hours default to 24/7. */
export function siteModelFromManifest(m: SiteManifest, label: string): SiteRouting {
  const siteRule = (name: 'business-hours' | 'after-hours') => {
    const rule = m.rules?.[name];
    return rule ? { transferTo: refLabel(rule.transferTo), defaulted: false } : { defaulted: true };
  };
  return {
    type: 'site',
    label,
    businessHours: m.businessHours ? scheduleFromManifest(m.businessHours.schedule, ['businessHours', 'schedule']) : alwaysSchedule(),
    rules: { 'business-hours': siteRule('business-hours'), 'after-hours': siteRule('after-hours') },
    customRules: (m.customRules ?? []).map((r, i) => ({
      ...v1CustomRuleConditions(r, i),
      transferTo: refLabel(r.transferTo),
      origin: ['customRules', i],
    })),
  };
}

/** Where a company rule sends calls, in the model's terms. */
function companyAction(a: CompanyAction): { transferTo: string; end?: CompanyEnd; greeting?: string } {
  if ('transferTo' in a) return { transferTo: refLabel(a.transferTo) };
  return { transferTo: '', end: 'operator' in a ? 'operator' : 'disconnect', ...(a.greeting && { greeting: greetingLabel(a.greeting) }) };
}

/**
 * A Company manifest → routing model (the site shape: custom rules in order, then business or
 * after hours). Unstated: business hours 24/7 and RingCentral's default Operator rules.
 */
export function companyModelFromManifest(m: CompanyManifest, label: string): SiteRouting {
  const rule = (name: 'business-hours' | 'after-hours') => {
    const written = m.rules?.[name];
    if (!written) return { defaulted: true, end: 'operator' as const };
    const { transferTo, end, greeting } = companyAction(written);
    return end ? { defaulted: false, end, ...(greeting && { greeting }) } : { transferTo, defaulted: false };
  };
  return {
    type: 'company',
    label,
    businessHours: m.businessHours ? scheduleFromManifest(m.businessHours.schedule, ['businessHours', 'schedule']) : alwaysSchedule(),
    rules: { 'business-hours': rule('business-hours'), 'after-hours': rule('after-hours') },
    customRules: (m.customRules ?? []).map((r, i) => ({
      ...v1CustomRuleConditions(r, i),
      ...companyAction(r),
      origin: ['customRules', i],
    })),
  };
}
