import type { Handler } from './api-request.js';
import { queueRules } from './handle-queue-rules.js';
import { siteRules } from './handle-site.js';
import { extensionOf } from './resolve-path.js';
import type { V1RuleHandlers } from './v1-rule-handlers.js';

/**
 * The v1 extension business-hours and answering-rule operations serve sites and call queues
 * alike (one path, two kinds of owner); each request goes to the owner its extension is.
 */
const byOwner =
  (operation: keyof V1RuleHandlers): Handler =>
  (req) =>
    (req.model.queues.has(extensionOf(req).id) ? queueRules : siteRules)[operation](req);

export const readV1BusinessHours = byOwner('readBusinessHours');
export const putV1BusinessHours = byOwner('putBusinessHours');
export const listV1Rules = byOwner('list');
export const createV1Rule = byOwner('create');
export const readV1Rule = byOwner('read');
export const putV1Rule = byOwner('put');
export const deleteV1Rule = byOwner('remove');
