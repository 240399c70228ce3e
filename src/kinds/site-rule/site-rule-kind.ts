import type { ApiSchema } from '../../core/api/api-types.js';
import type { SiteManifest } from '../../core/manifest.js';
import { v1WeeklyIsAlways, toV1WeeklyRanges } from '../../core/schedule.js';
import type { CompileContext, SiteSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { extensionId } from '../shared/compile-env.js';
import { paths } from '../shared/paths.js';

/** Manifest rule names → RingCentral's fixed ids of the default site rules. */
export const SITE_RULE_IDS = { 'business-hours': 'business-hours-rule', 'after-hours': 'after-hours-rule' } as const;
type SiteRuleName = keyof typeof SITE_RULE_IDS;

/** The comparable part of a default site rule: where it transfers calls. */
export function transferForm(rule: Pick<ApiSchema<'CallHandlingRuleInfo'>, 'callHandlingAction' | 'transfer'> | undefined): {
  callHandlingAction: string;
  transfer?: { extension: { id: string } };
} {
  const out: { callHandlingAction: string; transfer?: { extension: { id: string } } } = {
    callHandlingAction: rule?.callHandlingAction ?? 'TransferToExtension',
  };
  const id = rule?.transfer?.extension?.id;
  if (id !== undefined) out.transfer = { extension: { id: String(id) } };
  return out;
}

/** Whether business hours will be 24/7 once the plan runs: the manifest's, else live. */
export function businessHoursAlways(manifest: SiteManifest, snapshot: SiteSnapshot): boolean {
  const written = manifest.businessHours?.schedule;
  if (written !== undefined) return v1WeeklyIsAlways(toV1WeeklyRanges(written));
  return v1WeeklyIsAlways(snapshot.businessHours?.schedule?.weeklyRanges);
}

/** The default site rules (`PUT .../answering-rule/{business-hours-rule|after-hours-rule}`). */
export const siteRuleKind: ResourceKind<SiteSnapshot> = {
  kind: 'site-rule',
  owner: 'site',
  collection: false,
  place: 'rules',
  label: (name) => `${name} rule`,

  live(snapshot) {
    const out = new Map<string, LiveObject>();
    for (const [name, id] of Object.entries(SITE_RULE_IDS)) {
      const rule = snapshot.answeringRules.find((r) => r?.id === id);
      if (rule) out.set(name, { id, comparable: transferForm(rule) });
    }
    return out;
  },

  desired(ctx: CompileContext<SiteManifest, SiteSnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    for (const name of Object.keys(SITE_RULE_IDS) as SiteRuleName[]) {
      const rule = ctx.manifest.rules?.[name];
      if (!rule) continue;
      const origin = ['rules', name];
      const id = extensionId(ctx, rule.transferTo, [...origin, 'transferTo']);
      const comparable = { callHandlingAction: 'TransferToExtension', transfer: { extension: { id } } };
      let liveView: unknown;
      if (!live.has(name)) {
        if (name === 'after-hours' && !businessHoursAlways(ctx.manifest, ctx.live)) {
          liveView = {}; // RingCentral creates it when business hours stop being 24/7.
        } else {
          ctx.report(
            origin,
            `site ${ctx.owner.extensionNumber} has no ${name} rule: it exists only while business hours are not 24/7 (set businessHours.schedule)`,
          );
          continue;
        }
      }
      const after = name === 'after-hours' ? ['site-business-hours:business-hours'] : [];
      out.set(name, { comparable, origin, after, liveView });
    }
    return out;
  },

  request(_action, owner, name, desired) {
    return { method: 'PUT', path: paths.answeringRule(owner.extensionId, SITE_RULE_IDS[name as SiteRuleName]), body: desired };
  },
};
