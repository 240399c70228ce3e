import type { CompanyCustomRule, CompanyManifest } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { CompanySnapshot, CompileContext } from '../context.js';
import { companyActionForm, compileCompanyAction } from '../company-rule/company-action.js';
import { companyHoursAlways } from '../company-rule/company-rule-kind.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { e164 } from '../shared/compile-env.js';
import { matchLiveRule, renamed } from '../shared/live-match.js';
import { paths } from '../shared/paths.js';
import { normalizeV1Conditions, v1CallerForm, v1ScheduleForm, withoutEmptyLists } from '../shared/v1-conditions.js';

/** Comparable company custom rule: name, enabled, conditions (canonical), action. */
export function normalizeCompanyRule(r: any) {
  return {
    name: String(r.name ?? ''),
    enabled: r.enabled === undefined ? true : Boolean(r.enabled),
    ...normalizeV1Conditions(r),
    ...companyActionForm(r),
  };
}

/**
 * A called number must be a number of the account (RingCentral refuses others). Checked when the
 * account's numbers were read; a server without the list is reported once by the planner.
 */
function calledNumber(ctx: CompileContext<CompanyManifest, CompanySnapshot>, written: string, path: PathSeg[]) {
  const phoneNumber = e164(ctx, written, path);
  const owned = ctx.live.phoneNumbers;
  if (Array.isArray(owned) && !owned.includes(phoneNumber)) {
    const list = owned.length ? `its numbers are ${owned.join(', ')}` : 'it has no phone numbers';
    ctx.report(path, `${phoneNumber} is not a phone number of the account (${list})`);
  }
  return { phoneNumber };
}

function desiredRule(ctx: CompileContext<CompanyManifest, CompanySnapshot>, rule: CompanyCustomRule, origin: PathSeg[]) {
  const when = rule.when ?? {};
  return normalizeCompanyRule({
    name: rule.name,
    enabled: rule.enabled ?? true,
    callers: (when.callers ?? []).map((c, j) => v1CallerForm(ctx, c, [...origin, 'when', 'callers', j])),
    calledNumbers: (when.calledNumbers ?? []).map((n, j) => calledNumber(ctx, n, [...origin, 'when', 'calledNumbers', j])),
    schedule: v1ScheduleForm(when.schedule),
    ...compileCompanyAction(ctx, rule, origin),
  });
}

/** Live company custom rules by name; a second rule of the same name is keyed `name (id)`. */
function liveRules(snapshot: CompanySnapshot): Map<string, LiveObject> {
  const out = new Map<string, LiveObject>();
  const custom = snapshot.answeringRules.filter((r) => r?.type === 'Custom');
  for (const r of custom.sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
    const name = String(r.name ?? '');
    out.set(out.has(name) ? `${name} (${r.id})` : name, { id: String(r.id), name, comparable: normalizeCompanyRule(r) });
  }
  return out;
}

/** Company answering rules of type Custom: POST, PUT, DELETE; `name` is their identity. */
export const companyCustomRuleKind: ResourceKind<CompanySnapshot> = {
  kind: 'company-custom-rule',
  owner: 'company',
  collection: true,
  place: 'customRules',
  label: (name) => `custom rule "${name}"`,
  live: liveRules,

  desired(ctx: CompileContext<CompanyManifest, CompanySnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    const rules = ctx.manifest.customRules ?? [];
    const listed = new Set(rules.map((r) => r.name));
    rules.forEach((rule, i) => {
      const origin: PathSeg[] = ['customRules', i];
      const match = matchLiveRule(live, rule.name, rule.renamedFrom, listed);
      if (match.problem) ctx.report([...origin, match.problem.field], match.problem.message);
      const after: string[] = [];
      const s = rule.when?.schedule;
      if (s && typeof s === 'object' && 'ref' in s) {
        after.push('company-business-hours:business-hours');
        if (s.ref === 'after-hours' && companyHoursAlways(ctx.manifest, ctx.live)) {
          ctx.report([...origin, 'when', 'schedule', 'ref'], 'the company has 24/7 business hours, so it has no after hours to refer to');
        }
      }
      out.set(rule.name, { comparable: desiredRule(ctx, rule, origin), origin, after, ...renamed(match.key, rule.name) });
    });
    return out;
  },

  request(action, _owner, _name, desired, live) {
    if (action === 'create')
      return { method: 'POST', path: paths.companyAnsweringRules(), body: { type: 'Custom', ...withoutEmptyLists(desired as object) } };
    const path = paths.companyAnsweringRule(live!.id!);
    return action === 'delete' ? { method: 'DELETE', path } : { method: 'PUT', path, body: { type: 'Custom', ...(desired as object) } };
  },

  reads(snapshot) {
    return snapshot.phoneNumbers === undefined ? new Map() : new Map([['@phone-numbers', snapshot.phoneNumbers]]);
  },
};
