import type { PathSeg } from '../../core/path.js';
import { canonicalV1WeeklyRanges, toV1WeeklyRanges } from '../../core/schedule.js';
import { keyByName, type DesiredObject, type LiveObject, type ResourceKind } from '../resource-kind.js';
import { matchLiveRule, renamed } from './live-match.js';
import { normalizeV1Conditions, v1CallerForm, v1ScheduleForm, withoutEmptyLists } from './v1-conditions.js';
import {
  v1HoursAlways,
  type DefaultRuleName,
  type V1Context,
  type V1CustomOf,
  type V1LiveRule,
  type V1ManifestOf,
  type V1Owner,
  type V1Snapshot,
} from './v1-owner.js';
import type { OwnerType } from '../../core/plan.js';

export const BUSINESS_HOURS = 'business-hours';

/** Manifest rule names → RingCentral's fixed ids of the default v1 rules. */
export const DEFAULT_RULE_IDS: { readonly [N in DefaultRuleName]: string } = {
  'business-hours': 'business-hours-rule',
  'after-hours': 'after-hours-rule',
};
export type { DefaultRuleName };

/** The comparable form of v1 business hours: canonical weekly ranges (`{}` is 24/7). */
export function v1HoursForm(businessHours: V1Snapshot['businessHours']) {
  return { schedule: { weeklyRanges: canonicalV1WeeklyRanges(businessHours?.schedule?.weeklyRanges) } };
}

/** The kinds of one owner of v1 answering rules, built from what differs (`V1Owner`). */
export interface V1RuleKinds<S extends V1Snapshot> {
  businessHours: ResourceKind<S>;
  rule: ResourceKind<S>;
  custom: ResourceKind<S>;
  /** A live custom rule's comparable form (export and tests compare with it). */
  normalizeCustom(rule: S['answeringRules'][number]): object;
}

export function v1RuleKinds<T extends OwnerType, S extends V1Snapshot, M extends V1ManifestOf>(spec: V1Owner<T, S, M>): V1RuleKinds<S> {
  const normalizeCustom = (r: S['answeringRules'][number]) => ({
    name: String(r.name ?? ''),
    enabled: r.enabled === undefined ? true : Boolean(r.enabled),
    ...normalizeV1Conditions(r as Parameters<typeof normalizeV1Conditions>[0]),
    ...spec.actionForm(r, 'custom'),
  });
  return {
    businessHours: businessHoursKind(spec),
    rule: defaultRuleKind(spec),
    custom: customRuleKind(spec, normalizeCustom),
    normalizeCustom,
  };
}

/** Business hours (`PUT …/business-hours`): one object, replaced whole. */
function businessHoursKind<T extends OwnerType, S extends V1Snapshot, M extends V1ManifestOf>(spec: V1Owner<T, S, M>): ResourceKind<S> {
  return {
    kind: spec.kinds.hours,
    owner: spec.owner,
    collection: false,
    place: 'businessHours',
    label: () => 'business hours',
    live: (snapshot) => new Map<string, LiveObject>([[BUSINESS_HOURS, { comparable: v1HoursForm(snapshot.businessHours) }]]),
    desired(ctx) {
      const out = new Map<string, DesiredObject>();
      const hours = (ctx as V1Context<S, M>).manifest.businessHours;
      if (hours) {
        const weeklyRanges = canonicalV1WeeklyRanges(toV1WeeklyRanges(hours.schedule));
        out.set(BUSINESS_HOURS, { comparable: { schedule: { weeklyRanges } }, origin: ['businessHours'] });
      }
      return out;
    },
    request: (_action, owner, _name, desired) => ({ method: 'PUT', path: spec.paths.businessHours(owner), body: desired }),
    ...(spec.reads?.hours && { reads: spec.reads.hours }),
  };
}

/**
 * The business-hours and after-hours rules (`PUT …/answering-rule/{business-hours-rule|after-hours-rule}`):
 * only ever updated. The after-hours rule exists only while business hours are not 24/7; a
 * document that sets both waits for the hours that make it exist.
 */
function defaultRuleKind<T extends OwnerType, S extends V1Snapshot, M extends V1ManifestOf>(spec: V1Owner<T, S, M>): ResourceKind<S> {
  return {
    kind: spec.kinds.rule,
    owner: spec.owner,
    collection: false,
    place: 'rules',
    label: (name) => `${name} rule`,
    live(snapshot) {
      const out = new Map<string, LiveObject>();
      for (const [name, id] of Object.entries(DEFAULT_RULE_IDS) as [DefaultRuleName, string][]) {
        const rule = snapshot.answeringRules.find((r) => r?.id === id);
        if (rule) out.set(name, { id, comparable: spec.actionForm(rule, name) });
      }
      return out;
    },
    desired(written, live) {
      const ctx = written as V1Context<S, M>;
      const out = new Map<string, DesiredObject>();
      for (const name of Object.keys(DEFAULT_RULE_IDS) as DefaultRuleName[]) {
        const rule = ctx.manifest.rules?.[name];
        if (!rule) continue;
        const origin: PathSeg[] = ['rules', name];
        // The entry for `name` takes that rule's form (TypeScript cannot correlate the two).
        const compile = spec.compileRule[name] as (ctx: V1Context<S, M>, rule: unknown, origin: PathSeg[], live: unknown) => object;
        const comparable = compile(ctx, rule, origin, live.get(name)?.comparable);
        let liveView: unknown;
        if (!live.has(name)) {
          if (name === 'after-hours' && !v1HoursAlways(ctx.manifest, ctx.live)) {
            liveView = {}; // RingCentral creates it when business hours stop being 24/7.
          } else {
            ctx.report(
              origin,
              `${spec.who(ctx.owner)} has no ${name} rule: it exists only while ${spec.hoursText} are not 24/7 (set businessHours.schedule)`,
            );
            continue;
          }
        }
        const after = [...(spec.after?.rule?.[name] ?? []), ...(name === 'after-hours' ? [`${spec.kinds.hours}:${BUSINESS_HOURS}`] : [])];
        out.set(name, { comparable, origin, after, liveView });
      }
      return out;
    },
    request: (_action, owner, name, desired) => ({
      method: 'PUT',
      path: spec.paths.answeringRule(owner, DEFAULT_RULE_IDS[name as DefaultRuleName]),
      body: desired,
    }),
    ...(spec.reads?.rule && { reads: spec.reads.rule }),
  };
}

/**
 * RingCentral's PUT keeps what its body leaves out ("specify only the parameter values which
 * need to be updated"), and a schedule has no empty form: a rule whose schedule the document
 * removes is replaced. (Callers and called numbers are cleared in place: the PUT sends them as
 * empty lists.)
 */
function scheduleRemoved(live: unknown, desired: unknown): string | undefined {
  const has = (v: unknown) => typeof v === 'object' && v !== null && (v as { schedule?: unknown }).schedule !== undefined;
  return has(live) && !has(desired)
    ? "its schedule is removed, which RingCentral's PUT cannot do in place (it keeps what it leaves out)"
    : undefined;
}

/**
 * The document's custom rules in the order RingCentral will list (and try) them once the plan
 * runs: the rules kept keep their live places; the ones created (new, or replaced) come last, in
 * the document's order (the planner creates them in that order).
 */
function orderAfterPlan(listed: V1LiveRule[], live: Map<string, LiveObject>, desired: Map<string, DesiredObject>): string[] {
  const position = new Map(listed.filter((r) => r?.type === 'Custom').map((r, i) => [String(r.id), i]));
  const places = [...desired].map(([name, want], i) => {
    const have = live.get(want.liveKey ?? name);
    const kept = have?.id !== undefined && !scheduleRemoved(have.comparable, want.comparable);
    return { name, at: kept ? (position.get(have.id!) ?? listed.length) : listed.length + i };
  });
  return places.sort((a, b) => a.at - b.at).map((p) => p.name);
}

/** Custom answering rules (`type: Custom`): POST, PUT, DELETE; `name` is their identity. */
function customRuleKind<T extends OwnerType, S extends V1Snapshot, M extends V1ManifestOf>(
  spec: V1Owner<T, S, M>,
  normalize: (r: S['answeringRules'][number]) => object,
): ResourceKind<S> {
  // The action is compiled straight to its comparable form (each owner's `actionForm` of it is itself).
  const desiredRule = (ctx: V1Context<S, M>, rule: V1CustomOf<M>, origin: PathSeg[], live: unknown) => {
    const when = rule.when ?? {};
    return {
      name: rule.name,
      enabled: rule.enabled ?? true,
      ...normalizeV1Conditions({
        callers: (when.callers ?? []).map((c, j) => v1CallerForm(ctx, c, [...origin, 'when', 'callers', j])),
        calledNumbers: (when.calledNumbers ?? []).map((n, j) => spec.calledNumber(ctx, n, [...origin, 'when', 'calledNumbers', j])),
        schedule: v1ScheduleForm(when.schedule),
      }),
      ...spec.compileCustomAction(ctx, rule, origin, live),
    };
  };
  return {
    kind: spec.kinds.custom,
    owner: spec.owner,
    collection: true,
    place: 'customRules',
    triedInOrder: true,
    // JSON quoting escapes quotes and control characters inside the name.
    label: (name) => `custom rule ${JSON.stringify(name)}`,
    live: (snapshot) =>
      keyByName(
        snapshot.answeringRules.filter((r) => r?.type === 'Custom'),
        (r) => String(r.name ?? ''),
        normalize,
      ),
    desired(written, live) {
      const ctx = written as V1Context<S, M>;
      const out = new Map<string, DesiredObject>();
      const rules: V1CustomOf<M>[] = ctx.manifest.customRules ?? [];
      const listed = new Set(rules.map((r) => r.name));
      rules.forEach((rule, i) => {
        const origin: PathSeg[] = ['customRules', i];
        const match = matchLiveRule(live, rule.name, rule.renamedFrom, listed);
        if (match.problem) ctx.report([...origin, match.problem.field], match.problem.message);
        const after: string[] = [...(spec.after?.custom ?? [])];
        const s = rule.when?.schedule;
        if (s && typeof s === 'object' && 'ref' in s) {
          after.push(`${spec.kinds.hours}:${BUSINESS_HOURS}`);
          if (s.ref === 'after-hours' && v1HoursAlways(ctx.manifest, ctx.live)) {
            ctx.report(
              [...origin, 'when', 'schedule', 'ref'],
              `${spec.who(ctx.owner)} has 24/7 business hours, so it has no after hours to refer to`,
            );
          }
        }
        const liveRule = match.key === undefined ? undefined : live.get(match.key)?.comparable;
        out.set(rule.name, { comparable: desiredRule(ctx, rule, origin, liveRule), origin, after, ...renamed(match.key, rule.name) });
      });
      const order = orderAfterPlan(ctx.live.answeringRules, live, out);
      if (order.some((name, i) => name !== rules[i].name)) {
        ctx.warn?.(
          ['customRules'],
          `custom rules are tried in the order RingCentral lists them, which after this plan is ${order.map((n) => JSON.stringify(n)).join(', ')}, not the document's; RingCentral's API cannot reorder rules (to get the document's order, remove the rules out of place from the document, apply, then add them back and apply again)`,
        );
      }
      return out;
    },
    replaceInstead: scheduleRemoved,
    request(action, owner, _name, desired, live) {
      // A new rule needs no empty condition lists; an update sends them, since a PUT that leaves
      // a list out may keep the old one.
      if (action === 'create')
        return {
          method: 'POST',
          path: spec.paths.answeringRules(owner),
          body: { type: 'Custom', ...withoutEmptyLists(desired as object) },
        };
      const path = spec.paths.answeringRule(owner, live!.id!);
      return action === 'delete' ? { method: 'DELETE', path } : { method: 'PUT', path, body: { type: 'Custom', ...(desired as object) } };
    },
    ...(spec.reads?.custom && { reads: spec.reads.custom }),
  };
}
