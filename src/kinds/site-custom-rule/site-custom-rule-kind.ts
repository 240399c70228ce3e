import type { SiteCustomRule, SiteManifest } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { CompileContext, SiteSnapshot } from '../context.js';
import { keyByName, type DesiredObject, type ResourceKind } from '../resource-kind.js';
import { e164, extensionId } from '../shared/compile-env.js';
import { normalizeV1Conditions, v1CallerForm, v1ScheduleForm, withoutEmptyLists } from '../shared/v1-conditions.js';
import { matchLiveRule, renamed } from '../shared/live-match.js';
import { paths } from '../shared/paths.js';
import { businessHoursAlways, transferForm } from '../site-rule/site-rule-kind.js';

/** Comparable site custom rule; absent lists are empty lists, schedules canonical. */
export function normalizeSiteRule(r: any) {
  return {
    name: String(r.name ?? ''),
    enabled: r.enabled === undefined ? true : Boolean(r.enabled),
    ...normalizeV1Conditions(r),
    ...transferForm(r),
  };
}

function desiredRule(ctx: CompileContext<SiteManifest, SiteSnapshot>, rule: SiteCustomRule, i: number) {
  const origin: PathSeg[] = ['customRules', i];
  const when = rule.when ?? {};
  return normalizeSiteRule({
    name: rule.name,
    enabled: rule.enabled ?? true,
    callers: (when.callers ?? []).map((c, j) => v1CallerForm(ctx, c, [...origin, 'when', 'callers', j])),
    calledNumbers: (when.calledNumbers ?? []).map((n, j) => ({ phoneNumber: e164(ctx, n, [...origin, 'when', 'calledNumbers', j]) })),
    schedule: v1ScheduleForm(when.schedule),
    callHandlingAction: 'TransferToExtension',
    transfer: { extension: { id: extensionId(ctx, rule.transferTo, [...origin, 'transferTo']) } },
  });
}

/** Site custom answering rules (`type: Custom`): POST, PUT, DELETE; `name` is their identity. */
export const siteCustomRuleKind: ResourceKind<SiteSnapshot> = {
  kind: 'site-custom-rule',
  owner: 'site',
  collection: true,
  place: 'customRules',
  label: (name) => `custom rule "${name}"`,

  live(snapshot) {
    const custom = snapshot.answeringRules.filter((r) => r?.type === 'Custom');
    return keyByName(custom, (r) => String(r.name ?? ''), normalizeSiteRule);
  },

  desired(ctx: CompileContext<SiteManifest, SiteSnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    const rules = ctx.manifest.customRules ?? [];
    const listed = new Set(rules.map((r) => r.name));
    rules.forEach((rule, i) => {
      const match = matchLiveRule(live, rule.name, rule.renamedFrom, listed);
      if (match.problem) ctx.report(['customRules', i, match.problem.field], match.problem.message);
      const after: string[] = [];
      const s = rule.when?.schedule;
      if (s && typeof s === 'object' && 'ref' in s) {
        after.push('site-business-hours:business-hours');
        if (s.ref === 'after-hours' && businessHoursAlways(ctx.manifest, ctx.live)) {
          ctx.report(
            ['customRules', i, 'when', 'schedule', 'ref'],
            `site ${ctx.owner.extensionNumber} has 24/7 business hours, so it has no after hours to refer to`,
          );
        }
      }
      out.set(rule.name, { comparable: desiredRule(ctx, rule, i), origin: ['customRules', i], after, ...renamed(match.key, rule.name) });
    });
    return out;
  },

  request(action, owner, _name, desired, live) {
    if (action === 'create') {
      // A new rule needs no empty condition lists; an update sends them, since a PUT that leaves
      // a list out may keep the old one.
      const body = withoutEmptyLists(desired as object);
      return { method: 'POST', path: paths.answeringRules(owner.extensionId), body: { type: 'Custom', ...body } };
    }
    const path = paths.answeringRule(owner.extensionId, live!.id!);
    return action === 'delete' ? { method: 'DELETE', path } : { method: 'PUT', path, body: { type: 'Custom', ...(desired as object) } };
  },
};
