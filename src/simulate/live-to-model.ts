import type { ApiSchema } from '../core/api/api-types.js';
import { USER_STATE_IDS } from '../core/manifest.js';
import type {
  RoutingSchedule,
  RuleAction,
  SiteAction,
  SiteRouting,
  SiteRuleModel,
  UserRouting,
  UserRuleModel,
  UserStateId,
} from '../core/routing.js';
import type { CompanySnapshot, SiteSnapshot, UserSnapshot } from '../kinds/context.js';
import { liveStates } from '../kinds/shared/state-conditions.js';
import type { ExtensionInfo } from '../core/references.js';
import { deviceNames } from '../parts/ring-targets/device.js';
import { dispatchingToAction, type ExtensionLabel } from './dispatching-to-action.js';
import { e164OrAsWritten } from './ext-ref-label.js';
import { defaultAction, withWorkHoursRing } from './rule-body-to-action.js';
import { alwaysSchedule, scheduleFromTriggers, scheduleFromV1Ranges, scheduleFromV1Weekly } from './schedule-model.js';

/** Who the model is of, and how to name the extensions live objects point at. */
export interface LiveModelOptions {
  label: string;
  timeZone?: string;
  /** The account's extensions: ids are shown as extension numbers when found here. */
  extensions?: ExtensionInfo[];
}

export function labeler(extensions: ExtensionInfo[] = []): ExtensionLabel {
  const byId = new Map(extensions.map((e) => [e.id, e]));
  return (id) => byId.get(id)?.extensionNumber || id;
}

type InteractionRule = UserSnapshot['interactionRules'][number];
type SiteRule = SiteSnapshot['answeringRules'][number];
type CompanyRule = CompanySnapshot['answeringRules'][number];
type Schedule = ApiSchema<'CommStateScheduleConditionResource'>;

/** A state's Schedule condition → model; no condition is RingCentral's 24/7. */
function stateSchedule(state: ApiSchema<'CommStateResource'> | undefined): RoutingSchedule {
  const c = (state?.conditions ?? []).find((x): x is Schedule => x?.type === 'Schedule');
  return c ? scheduleFromTriggers(c.schedule?.triggers) : alwaysSchedule();
}

function interactionRule(r: InteractionRule, label: ExtensionLabel, deviceName: (id: string) => string | undefined): UserRuleModel {
  const out: UserRuleModel = {
    name: String(r.displayName ?? ''),
    enabled: Boolean(r.enabled),
    queueCalls: Boolean(r.dispatching?.callTypes?.queueCallsIncluded),
    callers: [],
    calledNumbers: [],
    action: dispatchingToAction(r.dispatching, label, false, deviceName),
  };
  for (const c of r.conditions ?? []) {
    if (c?.type === 'Interaction') {
      out.callers = (c.from ?? []).map((f) => ({ number: e164OrAsWritten(f.phoneNumber) }));
      // The spec lists called numbers as strings; an object's `phoneNumber` (the v1 form) is read too.
      out.calledNumbers = (c.to ?? []).map((t: unknown) => e164OrAsWritten(calledNumber(t)));
    } else if (c?.type === 'Schedule') out.schedule = scheduleFromTriggers(c.schedule?.triggers);
    else if (c?.type === 'State' && (c.state?.id === 'work-hours' || c.state?.id === 'after-hours')) out.state = c.state.id;
  }
  return out;
}

const calledNumber = (t: unknown): unknown => (typeof t === 'object' ? (t as { phoneNumber?: unknown } | null)?.phoneNumber : t);

/**
 * A user's live configuration (the v2 state-rules list with its embedded states, and the
 * interaction rules) → routing model. State rules missing live (after-hours under 24/7 work
 * hours, agent for non-members) take RingCentral's defaults.
 */
export function userModelFromLive(snapshot: UserSnapshot, opts: LiveModelOptions): UserRouting {
  const label = labeler(opts.extensions);
  const states = liveStates(snapshot.stateRules);
  const records = new Map(snapshot.stateRules.map((r) => [String(r?.id ?? r?.state?.id), r]));
  const all = [...snapshot.stateRules, ...snapshot.interactionRules].map((r) => r?.dispatching);
  const deviceName = deviceNames(snapshot.devices ?? [], all);
  const rules = Object.fromEntries(
    USER_STATE_IDS.map((id) => {
      const record = records.get(id);
      return [id, record?.dispatching ? dispatchingToAction(record.dispatching, label, false, deviceName) : defaultAction(id)];
    }),
  ) as Record<UserStateId, RuleAction>;
  const agent = states.get('agent');
  const followsWork = (agent?.conditions ?? []).some((c) => c?.type === 'State');
  if (followsWork) rules.agent = withWorkHoursRing(rules.agent, rules['work-hours']);
  return {
    type: 'user',
    label: opts.label,
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    workHours: stateSchedule(states.get('work-hours')),
    forwardAll: { enabled: Boolean(states.get('forward-all-calls')?.enabled), schedule: stateSchedule(states.get('forward-all-calls')) },
    dnd: { enabled: Boolean(states.get('dnd')?.enabled) },
    agent: {
      enabled: agent ? agent.enabled !== false : false,
      stated: agent !== undefined,
      schedule: !agent || followsWork ? 'same-as-work-hours' : stateSchedule(agent),
    },
    rules,
    customRules: snapshot.interactionRules.map((r) => interactionRule(r, label, deviceName)),
  };
}

export function siteRuleSchedule(s: SiteRule['schedule'] | CompanyRule['schedule']): Pick<SiteRuleModel, 'schedule' | 'scheduleRef'> {
  if (s?.ref === 'BusinessHours') return { scheduleRef: 'business-hours' };
  if (s?.ref === 'AfterHours') return { scheduleRef: 'after-hours' };
  if (Array.isArray(s?.ranges) && s.ranges.length) return { schedule: scheduleFromV1Ranges(s.ranges) };
  if (s?.weeklyRanges && Object.keys(s.weeklyRanges).length) return { schedule: scheduleFromV1Weekly(s.weeklyRanges) };
  return {};
}

function transferOf(rule: SiteRule | undefined, label: ExtensionLabel): string | undefined {
  const id = rule?.transfer?.extension?.id;
  return id === undefined ? undefined : label(String(id));
}

/** A live company rule's action: Bypass transfers; Operator and Disconnect end there. */
function companyActionOf(rule: CompanyRule | undefined, label: ExtensionLabel): SiteAction {
  const action = rule?.callHandlingAction ?? 'Operator';
  // The company greeting the rule plays (GreetingInfo of type Company), when the rule holds one.
  const greetings: { type?: unknown; preset?: { id?: unknown } }[] = Array.isArray(rule?.greetings) ? rule.greetings : [];
  const preset = greetings.find((g) => g?.type === 'Company')?.preset?.id;
  const greeting = preset === undefined ? {} : { greeting: `preset ${String(preset)}` };
  if (action === 'Disconnect') return { defaulted: false, end: 'disconnect', ...greeting };
  if (action !== 'Bypass') return { defaulted: false, end: 'operator', ...greeting };
  const id = rule?.extension?.id;
  return id === undefined ? { defaulted: true } : { transferTo: label(String(id)), defaulted: false };
}

/**
 * The company's live configuration (business hours and the rules, read whole) → routing model.
 * Custom rules keep the order the API lists them in.
 */
export function companyModelFromLive(snapshot: CompanySnapshot, opts: LiveModelOptions): SiteRouting {
  const label = labeler(opts.extensions);
  const rule = (id: string): SiteAction =>
    companyActionOf(
      snapshot.answeringRules.find((r) => r?.id === id),
      label,
    );
  return {
    type: 'company',
    label: opts.label,
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    businessHours: scheduleFromV1Weekly(snapshot.businessHours?.schedule?.weeklyRanges),
    rules: { 'business-hours': rule('business-hours-rule'), 'after-hours': rule('after-hours-rule') },
    customRules: snapshot.answeringRules
      .filter((r) => r?.type === 'Custom')
      .map((r) => {
        const action = companyActionOf(r, label);
        return {
          name: String(r.name ?? ''),
          enabled: r.enabled !== false,
          callers: (r.callers ?? []).map((c) => ({
            ...(c.callerId ? { number: e164OrAsWritten(c.callerId) } : {}),
            ...(c.name ? { name: String(c.name) } : {}),
          })),
          calledNumbers: (r.calledNumbers ?? []).map((n) => e164OrAsWritten(n?.phoneNumber)),
          ...siteRuleSchedule(r.schedule),
          transferTo: action.transferTo ?? '',
          ...(action.end && { end: action.end }),
          ...(action.greeting && { greeting: action.greeting }),
        };
      }),
  };
}

/**
 * A site's live configuration (v1 business hours and the detailed answering-rule list) →
 * routing model. Custom rules keep the order the API lists them in.
 */
export function siteModelFromLive(snapshot: SiteSnapshot, opts: LiveModelOptions): SiteRouting {
  const label = labeler(opts.extensions);
  const siteRule = (id: string): SiteAction => {
    const transferTo = transferOf(
      snapshot.answeringRules.find((r) => r?.id === id),
      label,
    );
    return transferTo === undefined ? { defaulted: true } : { transferTo, defaulted: false };
  };
  return {
    type: 'site',
    label: opts.label,
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    businessHours: scheduleFromV1Weekly(snapshot.businessHours?.schedule?.weeklyRanges),
    rules: { 'business-hours': siteRule('business-hours-rule'), 'after-hours': siteRule('after-hours-rule') },
    customRules: snapshot.answeringRules
      .filter((r) => r?.type === 'Custom')
      .map((r) => ({
        name: String(r.name ?? ''),
        enabled: r.enabled !== false,
        callers: (r.callers ?? []).map((c) => ({
          ...(c.callerId ? { number: e164OrAsWritten(c.callerId) } : {}),
          ...(c.name ? { name: String(c.name) } : {}),
        })),
        calledNumbers: (r.calledNumbers ?? []).map((n) => e164OrAsWritten(n?.phoneNumber)),
        ...siteRuleSchedule(r.schedule),
        transferTo: transferOf(r, label) ?? '?',
      })),
  };
}
