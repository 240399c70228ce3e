import type { SiteManifest } from '../../core/manifest.js';
import type { SiteSnapshot } from '../context.js';
import { e164, extensionId } from '../shared/compile-env.js';
import { paths } from '../shared/paths.js';
import { v1RuleKinds } from '../shared/v1-rule-kinds.js';
import type { TransferRule, V1Context, V1LiveRule } from '../shared/v1-owner.js';
import type { PathSeg } from '../../core/path.js';

/** The comparable action of a site rule: where it transfers calls. */
export function transferForm(rule: V1LiveRule | undefined): { callHandlingAction: string; transfer?: { extension: { id: string } } } {
  const out: { callHandlingAction: string; transfer?: { extension: { id: string } } } = {
    callHandlingAction: String(rule?.callHandlingAction ?? 'TransferToExtension'),
  };
  const id = (rule?.transfer as { extension?: { id?: unknown } } | undefined)?.extension?.id;
  if (id !== undefined) out.transfer = { extension: { id: String(id) } };
  return out;
}

/** A site's v1 answering rules (`…/extension/{siteId}/business-hours`, `…/answering-rule`): every rule transfers. */
/** Every site rule transfers to an extension. */
const compileTransfer = (ctx: V1Context<SiteSnapshot, SiteManifest>, rule: TransferRule, origin: PathSeg[]) => ({
  callHandlingAction: 'TransferToExtension',
  // A rule may transfer to an IVR menu this plan creates: apply fills in its id (Change.fill).
  transfer: { extension: { id: extensionId(ctx, rule.transferTo, [...origin, 'transferTo'], { planned: true }) } },
});

export const siteKinds = v1RuleKinds<'site', SiteSnapshot, SiteManifest>({
  owner: 'site',
  kinds: { hours: 'site-business-hours', rule: 'site-rule', custom: 'site-custom-rule' },
  who: (owner) => `site ${owner.extensionNumber}`,
  hoursText: 'business hours',
  paths: {
    businessHours: (owner) => paths.businessHours(owner.extensionId),
    answeringRules: (owner) => paths.answeringRules(owner.extensionId),
    answeringRule: (owner, id) => paths.answeringRule(owner.extensionId, id),
  },
  actionForm: transferForm,
  compileRule: { 'business-hours': compileTransfer, 'after-hours': compileTransfer },
  compileCustomAction: compileTransfer,
  calledNumber: (ctx, written, path) => ({ phoneNumber: e164(ctx, written, path) }),
});

export const siteBusinessHoursKind = siteKinds.businessHours;
export const siteRuleKind = siteKinds.rule;
export const siteCustomRuleKind = siteKinds.custom;
