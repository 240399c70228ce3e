import type { ExtensionRecord } from './account-model.js';
import { presentQueueRule } from './present-queue.js';
import type { QueueCallHandling, QueueRule } from './queue-call-handling.js';
import { extensionUri, queueOf } from './resolve-path.js';
import { createQueueRule, updateQueueRule } from './update-queue-rules.js';
import { ruleSummary, v1RuleHandlers } from './v1-rule-handlers.js';

/**
 * A call queue's v1 business hours and answering rules (`A/extension/{id}/business-hours`,
 * `…/answering-rule`), as callqueue-answering-rules.md describes them. The list defaults to
 * `view=Simple` (summaries); `view=Detailed` returns whole rules. Rules read and write the
 * queue's members (fixed ring order).
 */
export const queueRules = v1RuleHandlers<QueueRule, { uri: string; handling: QueueCallHandling; ext: ExtensionRecord }>({
  resolve(req) {
    const { ext, queue } = queueOf(req);
    return { uri: extensionUri(req, ext.id), handling: queue, ext };
  },
  summary: (_req, o, r) => ruleSummary(o.uri, r),
  present: (req, o, r) => presentQueueRule(req, o.ext, r),
  listViews: true,
  create: (req, o) => createQueueRule(o.handling, req.body, req.model.newRuleId(), req.model, o.ext.memberIds),
  update: (req, o) => updateQueueRule(o.handling, req.params.ruleId, req.body, req.model, o.ext.memberIds),
});
