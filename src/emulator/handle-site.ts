import { extensionUri, siteOf } from './resolve-path.js';
import type { SiteCallHandling, SiteRule } from './site-call-handling.js';
import { createSiteRule, updateSiteRule } from './update-site.js';
import { ruleSummary, ruleWithConditions, v1RuleHandlers } from './v1-rule-handlers.js';

/**
 * v1 business hours and answering rules of sites. The rule list defaults to `view=Simple`
 * (summaries `{uri, id, type, name, enabled}`); `view=Detailed` returns full rules, whose one
 * action is TransferToExtension.
 */
export const siteRules = v1RuleHandlers<SiteRule, { uri: string; handling: SiteCallHandling }>({
  resolve(req) {
    const { ext, site } = siteOf(req);
    return { uri: extensionUri(req, ext.id), handling: site };
  },
  summary: (_req, o, r) => ruleSummary(o.uri, r),
  present: (req, o, r) => ({
    ...ruleWithConditions(o.uri, r),
    callHandlingAction: 'TransferToExtension',
    transfer: { extension: { uri: extensionUri(req, r.transferId), id: r.transferId } },
  }),
  listViews: true,
  create: (req, o) => createSiteRule(o.handling, req.body, req.model.newRuleId(), req.model),
  update: (req, o) => updateSiteRule(o.handling, req.params.ruleId, req.body, req.model),
});
