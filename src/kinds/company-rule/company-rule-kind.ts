import type { CompanyManifest } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { toV1WeeklyRanges, v1WeeklyIsAlways } from '../../core/schedule.js';
import type { CompanySnapshot, CompileContext } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { paths } from '../shared/paths.js';
import { companyActionForm, compileCompanyAction } from './company-action.js';

/** Manifest rule names → RingCentral's fixed ids of the default company rules. */
export const COMPANY_RULE_IDS = { 'business-hours': 'business-hours-rule', 'after-hours': 'after-hours-rule' } as const;
type CompanyRuleName = keyof typeof COMPANY_RULE_IDS;

/** Whether company business hours will be 24/7 once the plan runs: the manifest's, else live. */
export function companyHoursAlways(manifest: CompanyManifest, snapshot: CompanySnapshot): boolean {
  const written = manifest.businessHours?.schedule;
  if (written !== undefined) return v1WeeklyIsAlways(toV1WeeklyRanges(written));
  return v1WeeklyIsAlways(snapshot.businessHours?.schedule?.weeklyRanges);
}

/** The default company rules (`PUT /account/~/answering-rule/{business-hours-rule|after-hours-rule}`). */
export const companyRuleKind: ResourceKind<CompanySnapshot> = {
  kind: 'company-rule',
  owner: 'company',
  collection: false,
  place: 'rules',
  label: (name) => `${name} rule`,

  live(snapshot) {
    const out = new Map<string, LiveObject>();
    for (const [name, id] of Object.entries(COMPANY_RULE_IDS)) {
      const rule = snapshot.answeringRules.find((r) => r?.id === id);
      if (rule) out.set(name, { id, comparable: companyActionForm(rule) });
    }
    return out;
  },

  desired(ctx: CompileContext<CompanyManifest, CompanySnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    for (const name of Object.keys(COMPANY_RULE_IDS) as CompanyRuleName[]) {
      const rule = ctx.manifest.rules?.[name];
      if (!rule) continue;
      const origin: PathSeg[] = ['rules', name];
      const comparable = compileCompanyAction(ctx, rule, origin);
      let liveView: unknown;
      if (!live.has(name)) {
        if (name === 'after-hours' && !companyHoursAlways(ctx.manifest, ctx.live)) {
          liveView = {}; // RingCentral creates it when business hours stop being 24/7.
        } else {
          ctx.report(
            origin,
            `the company has no ${name} rule: it exists only while company business hours are not 24/7 (set businessHours.schedule)`,
          );
          continue;
        }
      }
      const after = name === 'after-hours' ? ['company-business-hours:business-hours'] : [];
      out.set(name, { comparable, origin, after, liveView });
    }
    return out;
  },

  request(_action, _owner, name, desired) {
    return { method: 'PUT', path: paths.companyAnsweringRule(COMPANY_RULE_IDS[name as CompanyRuleName]), body: desired };
  },

  reads(snapshot) {
    const out = new Map<string, unknown>();
    for (const [name, id] of Object.entries(COMPANY_RULE_IDS)) {
      const rule = snapshot.answeringRules.find((r) => r?.id === id);
      out.set(`@${name}`, rule ? companyActionForm(rule) : undefined);
    }
    return out;
  },
};
