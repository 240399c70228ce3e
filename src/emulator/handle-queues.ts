import { invalidParameter } from './api-error.js';
import { ok, queryValue, type ApiRequest, type ApiResponse } from './api-request.js';
import { v1List } from './paging.js';
import { presentMember, presentOverflow, presentQueueDetails, presentQueueInfo } from './present-queue.js';
import { checkAccount, queueOf } from './resolve-path.js';
import { bulkAssign, putOverflow, updateQueueDetails } from './update-queue.js';

/**
 * Call queues (`A/call-queues…`, `A/extension/{callQueueId}/overflow-settings`): the list (with
 * the spec's `memberExtensionId` filter), one queue's details and their partial update, its
 * members, bulk-assign (204), and overflow settings.
 */

export function listCallQueues(req: ApiRequest): ApiResponse {
  checkAccount(req);
  const member = queryValue(req.query, 'memberExtensionId');
  if (member !== undefined && !/^\d+$/.test(member)) throw invalidParameter('memberExtensionId', 'must be an extension id');
  const queues = req.model.extensions.filter(
    (e) => e.type === 'Department' && req.model.queues.has(e.id) && (member === undefined || e.memberIds.includes(member)),
  );
  return ok(
    v1List(
      req,
      queues.map((q) => presentQueueInfo(req, q)),
    ),
  );
}

export function readCallQueue(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req, 'groupId');
  return ok(presentQueueDetails(req, ext, queue));
}

export function updateCallQueue(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req, 'groupId');
  updateQueueDetails(req.model, ext, queue, req.body);
  return ok(presentQueueDetails(req, ext, queue));
}

export function listCallQueueMembers(req: ApiRequest): ApiResponse {
  const { ext } = queueOf(req, 'groupId');
  const members = ext.memberIds.flatMap((id) => {
    const m = req.model.extension(id);
    return m ? [presentMember(req, m)] : [];
  });
  return ok(v1List(req, members));
}

export function assignCallQueueMembers(req: ApiRequest): ApiResponse {
  const { ext } = queueOf(req, 'groupId');
  bulkAssign(req.model, ext, req.body);
  return { status: 204 };
}

export function readOverflowSettings(req: ApiRequest): ApiResponse {
  const { queue } = queueOf(req, 'callQueueId');
  return ok(presentOverflow(req, queue));
}

export function updateOverflowSettings(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req, 'callQueueId');
  putOverflow(req.model, ext, queue, req.body);
  return ok(presentOverflow(req, queue));
}
