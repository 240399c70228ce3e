import type { ExtensionRecord } from './account-model.js';
import type { ApiRequest } from './api-request.js';
import { clone, type Json } from './json-value.js';
import { fixedOrderOf, type QueueCallHandling, type QueueEvent, type QueueRule } from './queue-call-handling.js';
import { extensionUri } from './resolve-path.js';
import { standardGreeting } from './standard-greetings.js';

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

function greeting(req: ApiRequest, g: Json): Json {
  const preset = g.preset as { id: string } | undefined;
  if (!preset) return clone(g);
  const found = standardGreeting(preset.id);
  return {
    type: g.type,
    preset: { uri: `${req.baseUrl}/restapi/v1.0/dictionary/greeting/${preset.id}`, id: preset.id, ...(found && { name: found.name }) },
  };
}

const ruleUri = (req: ApiRequest, queueId: string, id: string) => `${extensionUri(req, queueId)}/answering-rule/${id}`;

export function presentQueueRuleSummary(req: ApiRequest, queueId: string, r: QueueRule): Json {
  return { uri: ruleUri(req, queueId, r.id), id: r.id, type: r.type, ...(r.name !== undefined && { name: r.name }), enabled: r.enabled };
}

export function presentQueueRule(req: ApiRequest, queueExt: ExtensionRecord, r: QueueRule): Json {
  const action = r.callHandlingAction;
  return {
    ...presentQueueRuleSummary(req, queueExt.id, r),
    ...(r.schedule !== undefined && { schedule: clone(r.schedule) }),
    ...(r.callers !== undefined && { callers: clone(r.callers) }),
    ...(r.calledNumbers !== undefined && { calledNumbers: clone(r.calledNumbers) }),
    callHandlingAction: action,
    ...(action === 'AgentQueue' && { queue: presentQueueObject(req, queueExt, r) }),
    ...(action === 'TransferToExtension' && r.transferId !== undefined && { transfer: { extension: extensionRef(req, r.transferId) } }),
    ...(action === 'UnconditionalForwarding' && r.forwardTo !== undefined && { unconditionalForwarding: { phoneNumber: r.forwardTo } }),
    voicemail: {
      enabled: r.voicemail.enabled,
      recipient: { uri: extensionUri(req, r.voicemail.recipientId), id: r.voicemail.recipientId },
    },
    greetings: r.greetings.map((g) => greeting(req, g)),
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
