import type { Handler } from './api-request.js';
import {
  createQueueAnsweringRule,
  deleteQueueAnsweringRule,
  listQueueRules,
  putQueueBusinessHours,
  putQueueRule,
  readQueueBusinessHours,
  readQueueRule,
} from './handle-queue-rules.js';
import {
  createSiteAnsweringRule,
  deleteSiteAnsweringRule,
  listSiteRules,
  putSiteBusinessHours,
  putSiteRule,
  readBusinessHours,
  readSiteRule,
} from './handle-site.js';
import { extensionOf } from './resolve-path.js';

/**
 * The v1 extension business-hours and answering-rule operations serve sites and call queues
 * alike (one path, two kinds of owner); each request goes to the owner its extension is.
 */
const byOwner =
  (site: Handler, queue: Handler): Handler =>
  (req) =>
    req.model.queues.has(extensionOf(req).id) ? queue(req) : site(req);

export const readV1BusinessHours = byOwner(readBusinessHours, readQueueBusinessHours);
export const putV1BusinessHours = byOwner(putSiteBusinessHours, putQueueBusinessHours);
export const listV1Rules = byOwner(listSiteRules, listQueueRules);
export const createV1Rule = byOwner(createSiteAnsweringRule, createQueueAnsweringRule);
export const readV1Rule = byOwner(readSiteRule, readQueueRule);
export const putV1Rule = byOwner(putSiteRule, putQueueRule);
export const deleteV1Rule = byOwner(deleteSiteAnsweringRule, deleteQueueAnsweringRule);
