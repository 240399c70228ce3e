import type { ExtensionRecord } from './account-model.js';
import type { ApiRequest } from './api-request.js';
import { clone, type Json } from './json-value.js';
import { fixedOrderOf, type QueueCallHandling, type QueueEvent, type QueueRule } from './queue-call-handling.js';
import { extensionUri } from './resolve-path.js';
import { presentRuleGreeting, ruleWithConditions } from './v1-rule-handlers.js';

/**
 * Call queues as the spec's responses have them: CallQueueInfo / CallQueueDetails, members
 * (CallQueueMemberInfo: `id` an integer), overflow settings, and the queue's answering rules
 * (CallHandlingRuleInfo with its `queue` object, extension references with number and name).
 */

export function presentQueueInfo(req: ApiRequest, ext: ExtensionRecord): Json {
  const site = ext.siteId === undefined ? undefined : req.model.extension(ext.siteId);
  return {
    uri: extensionUri(req, ext.id),
    id: ext.id,
    extensionNumber: ext.extensionNumber,
    name: ext.name,
    status: ext.status,
    site: site ? { id: site.id, name: site.name } : { id: 'main-site', name: req.model.companyName },
  };
}

export function presentQueueDetails(req: ApiRequest, ext: ExtensionRecord, queue: QueueCallHandling): Json {
  return {
    ...presentQueueInfo(req, ext),
    editableMemberStatus: queue.details.editableMemberStatus,
    alertTimer: queue.details.alertTimer,
    serviceLevelSettings: clone(queue.details.serviceLevelSettings),
  };
}

export function presentMember(req: ApiRequest, member: ExtensionRecord): Json {
  return { uri: extensionUri(req, member.id), id: Number(member.id), extensionNumber: member.extensionNumber };
}

export function presentOverflow(req: ApiRequest, queue: QueueCallHandling): Json {
  const items = queue.overflow.queueIds.flatMap((id) => {
    const q = req.model.extension(id);
    return q ? [presentQueueInfo(req, q)] : [];
  });
  return { enabled: queue.overflow.enabled, items };
}

function extensionRef(req: ApiRequest, id: string): Json {
  const ext = req.model.extension(id);
  return { id, uri: extensionUri(req, id), ...(ext && { extensionNumber: ext.extensionNumber, name: ext.name }) };
}

export function presentQueueRule(req: ApiRequest, queueExt: ExtensionRecord, r: QueueRule): Json {
  const action = r.callHandlingAction;
  return {
    ...ruleWithConditions(extensionUri(req, queueExt.id), r),
    callHandlingAction: action,
    ...(action === 'AgentQueue' && { queue: presentQueueObject(req, queueExt, r) }),
    ...(action === 'TransferToExtension' && r.transferId !== undefined && { transfer: { extension: extensionRef(req, r.transferId) } }),
    ...(action === 'UnconditionalForwarding' && r.forwardTo !== undefined && { unconditionalForwarding: { phoneNumber: r.forwardTo } }),
    voicemail: {
      enabled: r.voicemail.enabled,
      recipient: { uri: extensionUri(req, r.voicemail.recipientId), id: r.voicemail.recipientId },
    },
    greetings: r.greetings.map((g) => presentRuleGreeting(req, g)),
    screening: 'Off',
  };
}

function presentQueueObject(req: ApiRequest, queueExt: ExtensionRecord, r: QueueRule): Json {
  const q = r.queue;
  const events = (map: Partial<Record<QueueEvent, string>>) => Object.entries(map) as [QueueEvent, string][];
  return {
    transferMode: q.transferMode,
    ...(q.transferMode === 'FixedOrder' && {
      fixedOrderAgents: fixedOrderOf(q, queueExt.memberIds).map((id, i) => ({ extension: extensionRef(req, id), index: i + 1 })),
    }),
    agentTimeout: q.agentTimeout,
    wrapUpTime: q.wrapUpTime,
    holdTime: q.holdTime,
    maxCallers: q.maxCallers,
    maxCallersAction: q.maxCallersAction,
    holdTimeExpirationAction: q.holdTimeExpirationAction,
    ...(r.type === 'BusinessHours' && { noAnswerAction: q.noAnswerAction }),
    transfer: events(q.transfer).map(([action, id]) => ({ extension: extensionRef(req, id), action })),
    unconditionalForwarding: events(q.unconditionalForwarding).map(([action, phoneNumber]) => ({ phoneNumber, action })),
    holdAudioInterruptionMode: q.holdAudioInterruptionMode,
    ...(q.holdAudioInterruptionMode === 'Periodically' && { holdAudioInterruptionPeriod: q.holdAudioInterruptionPeriod }),
  };
}
