import type { ExtensionRecord } from './account-model.js';
import { featureNotAvailable, notFound } from './api-error.js';
import type { ApiRequest } from './api-request.js';
import type { QueueCallHandling } from './queue-call-handling.js';
import type { SiteCallHandling } from './site-call-handling.js';
import type { UserCallHandling } from './user-call-handling.js';

/**
 * Path parameters shared by every operation: `accountId` and `extensionId` accept `~` (the
 * token's account and owner); anything else must name the seeded account or an extension in it.
 */

export function checkAccount(req: ApiRequest): void {
  const id = req.params.accountId;
  if (id !== '~' && id !== req.model.accountId) throw notFound('accountId', id);
}

export function extensionOf(req: ApiRequest, param = 'extensionId'): ExtensionRecord {
  checkAccount(req);
  const raw = req.params[param];
  const id = raw === '~' ? req.ownerId : raw;
  const ext = req.model.extension(id);
  if (!ext) throw notFound(param, raw);
  return ext;
}

/**
 * A call queue (a Department extension), named by the path parameter the operation uses
 * (`groupId` in call-queues paths, `callQueueId` for overflow, `extensionId` for v1 rules).
 */
export function queueOf(req: ApiRequest, param = 'extensionId'): { ext: ExtensionRecord; queue: QueueCallHandling } {
  const ext = extensionOf(req, param);
  const queue = req.model.queues.get(ext.id);
  if (!queue) throw notFound(param, req.params[param]);
  return { ext, queue };
}

/**
 * A user on new call handling, for the v2 comm-handling API. Other extensions get FEA-001 (403):
 * RingCentral only serves comm-handling for users whose account has the new backend.
 */
export function v2UserOf(req: ApiRequest): { ext: ExtensionRecord; user: UserCallHandling } {
  const ext = extensionOf(req);
  if (ext.type !== 'User') {
    throw featureNotAvailable(`Comm-handling is available for user extensions only; extension ${ext.id} is a ${ext.type}`);
  }
  if (!ext.newCallHandling) {
    throw featureNotAvailable(
      `Feature [NewCallHandlingAndForwarding] is not available for extension ${ext.id}; it uses the v1 answering rules`,
    );
  }
  return { ext, user: req.model.users.get(ext.id)! };
}

/** A site, for v1 business hours and answering rules (call queues have their own, see handle-v1-rules.ts). */
export function siteOf(req: ApiRequest): { ext: ExtensionRecord; site: SiteCallHandling } {
  const ext = extensionOf(req);
  const site = req.model.sites.get(ext.id);
  if (!site) {
    const why =
      ext.type === 'User' && ext.newCallHandling
        ? 'the user is on new call handling; use the comm-handling API'
        : 'the emulator serves v1 call handling for sites and call queues only';
    throw featureNotAvailable(`v1 call handling of extension ${ext.id} (${ext.type}) is not available: ${why}`);
  }
  return { ext, site };
}

export function extensionUri(req: ApiRequest, id: string): string {
  return `${req.baseUrl}/restapi/v1.0/account/${req.model.accountId}/extension/${id}`;
}
