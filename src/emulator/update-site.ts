import type { Problems } from './api-error.js';
import type { Directory } from './account-model.js';
import { isObject, type Json } from './json-value.js';
import type { SiteCallHandling, SiteRule } from './site-call-handling.js';
import * as check from './check-rule-conditions.js';
import { createV1Rule, deleteV1Rule, updateV1Rule } from './update-v1-rule.js';

/**
 * Writes to a site's v1 answering rules (site-call-handling.md): what a site's rule takes beyond
 * the shared conditions is its one action form, TransferToExtension to an existing extension.
 * The default rules keep their type and schedule reference.
 */

export function createSiteRule(site: SiteCallHandling, body: unknown, id: string, dir: Directory): SiteRule {
  return createV1Rule(site, body, (p, b) => {
    if (b.type !== 'Custom') p.add('type', 'is required and must be Custom');
    if (b.name === undefined) p.add('name', 'is required');
    if (b.callHandlingAction === undefined) p.add('callHandlingAction', 'is required: TransferToExtension');
    if (b.transfer === undefined) p.add('transfer', 'is required: {extension: {id}}');
    const fields = { ...checkAction(p, b, dir), ...check.customConditions(p, b, site) };
    const rule = { id, type: 'Custom', enabled: true, ...fields } as SiteRule;
    check.hasCondition(p, rule);
    return rule;
  });
}

export function updateSiteRule(site: SiteCallHandling, ruleId: string, body: unknown, dir: Directory): SiteRule {
  return updateV1Rule(site, ruleId, body, (p, b, rule) => {
    if (rule.type !== 'Custom') check.defaultConditions(p, b, rule);
    const merged = { ...rule, ...checkAction(p, b, dir), ...(rule.type === 'Custom' && check.customConditions(p, b, site)) };
    if (rule.type === 'Custom') check.hasCondition(p, merged);
    return merged;
  });
}

export const deleteSiteRule = deleteV1Rule;

/** `enabled` and the action: always TransferToExtension, to an existing extension. */
function checkAction(p: Problems, body: Json, dir: Directory): Partial<SiteRule> {
  const out: Partial<SiteRule> = check.enabled(p, body);
  if (body.callHandlingAction !== undefined && body.callHandlingAction !== 'TransferToExtension') {
    p.add('callHandlingAction', 'a site rule always uses TransferToExtension');
  }
  if (body.transfer !== undefined) {
    const id = check.extensionRef(p, 'transfer.extension.id', isObject(body.transfer) ? body.transfer.extension : undefined, dir);
    if (id) out.transferId = id;
  }
  return out;
}
