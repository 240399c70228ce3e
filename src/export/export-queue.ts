import type { ApiSchema } from '../core/api/api-types.js';
import type {
  CallQueueManifest,
  ExtRef,
  QueueBusinessHoursRule,
  QueueCustomRule,
  QueueDestination,
  QueueGreetings,
  QueueRing,
} from '../core/manifest.js';
import { v1WeeklyIsAlways } from '../core/schedule.js';
import type { QueueSnapshot } from '../kinds/context.js';
import { QUEUE_GREETINGS, queueRuleForm, type QueueEvent, type QueueForm, type QueueRuleForm } from '../kinds/queue/queue-forms.js';
import { DEFAULT_RULE_IDS } from '../kinds/shared/v1-rule-kinds.js';
import { FindingSink, KEPT_LIVE, RULE_UNMANAGED, type ExportFinding } from './export-findings.js';
import { whenOf } from './export-site.js';
import { exactE164, fail, ok, type Converted, type ExportExtension, type ExtensionRefs } from './extension-refs.js';
import { v1WeeklyToSchedule } from './schedule-to-manifest.js';
import { v1CustomRulesToManifest, v1DefaultRulesToManifest } from './v1-rules-to-manifest.js';

type RuleInfo = ApiSchema<'CallHandlingRuleInfo'>;

const DISTRIBUTION = { Rotating: 'longest-idle', Simultaneous: 'simultaneous', FixedOrder: 'fixed-order' } as const;

/** Converts live ids to references, failing on an id the account does not list. */
function refOf(refs: ExtensionRefs, id: string, what: string): Converted<ExtRef> {
  const ref = refs.ref(id);
  return ref === undefined ? fail(`${what} extension id ${id}, which is not in the account`) : ok(ref);
}

/** What one event (or a whole rule's action) does, as a destination. */
function destinationOf(
  action: string | undefined,
  event: QueueEvent | undefined,
  form: QueueRuleForm,
  queueId: string,
  refs: ExtensionRefs,
): Converted<QueueDestination> {
  const q = form.queue;
  switch (action) {
    case 'Voicemail':
    case 'TakeMessagesOnly': {
      const id = form.voicemail?.recipient.id ?? queueId;
      if (id === queueId) return ok({ voicemail: {} });
      const ref = refOf(refs, id, 'a voicemail of');
      return ref.ok ? ok({ voicemail: { mailbox: ref.value } }) : ref;
    }
    case 'Announcement':
    case 'PlayAnnouncementOnly':
      return ok({ announcement: {} });
    case 'TransferToExtension': {
      const id = event ? q?.transfer.find((t) => t.action === event)?.extension.id : form.transfer?.extension.id;
      if (id === undefined) return fail('a transfer without an extension');
      const ref = refOf(refs, id, 'a transfer to');
      return ref.ok ? ok({ transferTo: ref.value }) : ref;
    }
    case 'UnconditionalForwarding': {
      const n = event ? q?.unconditionalForwarding.find((u) => u.action === event)?.phoneNumber : form.unconditionalForwarding?.phoneNumber;
      const phone = exactE164(n);
      return phone ? ok({ forwardTo: { phone } }) : fail(`a forward to "${String(n)}" (not a possible phone number)`);
    }
    default:
      return fail(`the call handling action ${String(action)}`);
  }
}

function greetingsOf(form: QueueRuleForm): QueueGreetings {
  const out: QueueGreetings = {};
  for (const [key, spec] of Object.entries(QUEUE_GREETINGS) as [keyof QueueGreetings, { type: string }][]) {
    const g = form.greetings?.find((x) => x.type === spec.type);
    if (g?.custom) out[key] = { custom: g.custom.id };
    else if (g?.preset) out[key] = { preset: g.preset.id };
  }
  return out;
}

/** A ringing rule's `queue` object in manifest words (the business-hours rule adds `whenNoAnswer`). */
function ringOf(form: QueueRuleForm, queueId: string, refs: ExtensionRefs, withNoAnswer: boolean): Converted<QueueBusinessHoursRule> {
  const q: QueueForm = form.queue ?? { transfer: [], unconditionalForwarding: [] };
  const out: QueueBusinessHoursRule = {};
  const mode = q.transferMode as keyof typeof DISTRIBUTION | undefined;
  if (mode !== undefined) {
    if (!(mode in DISTRIBUTION)) return fail(`the transfer mode ${mode}`);
    out.distribution = DISTRIBUTION[mode];
  }
  if (mode === 'FixedOrder' && q.fixedOrderAgents?.length) {
    const order: ExtRef[] = [];
    for (const a of q.fixedOrderAgents) {
      const ref = refOf(refs, a.extension.id, 'a fixed order naming');
      if (!ref.ok) return ref;
      order.push(ref.value);
    }
    out.order = order;
  }
  // Simultaneous ringing has no time per member (RingCentral ignores it; validation refuses it).
  if (q.agentTimeout !== undefined && mode !== 'Simultaneous') out.ringEachSeconds = q.agentTimeout;
  if (q.wrapUpTime !== undefined) out.wrapUpSeconds = q.wrapUpTime;
  if (q.holdTime !== undefined) out.maxWaitSeconds = q.holdTime;
  if (q.maxCallers !== undefined) out.maxCallers = q.maxCallers;
  const mode2 = q.holdAudioInterruptionMode;
  if (mode2 === 'Never') out.interruptWait = 'never';
  else if (mode2 === 'WhenMusicEnds') out.interruptWait = 'when-music-ends';
  else if (mode2 === 'Periodically' && q.holdAudioInterruptionPeriod !== undefined)
    out.interruptWait = { everySeconds: q.holdAudioInterruptionPeriod };
  if (q.maxCallersAction !== undefined) {
    const d = destinationOf(q.maxCallersAction, 'MaxCallers', form, queueId, refs);
    if (!d.ok) return d;
    out.whenFull = d.value;
  }
  if (q.holdTimeExpirationAction !== undefined) {
    const d = destinationOf(q.holdTimeExpirationAction, 'HoldTimeExpiration', form, queueId, refs);
    if (!d.ok) return d;
    out.whenMaxWait = d.value;
  }
  if (withNoAnswer && q.noAnswerAction !== undefined) {
    if (q.noAnswerAction === 'WaitPrimaryMembers') out.whenNoAnswer = 'wait';
    else if (q.noAnswerAction === 'WaitPrimaryAndOverflowMembers') out.whenNoAnswer = 'wait-with-overflow';
    else {
      const d = destinationOf(q.noAnswerAction, 'NoAnswer', form, queueId, refs);
      if (!d.ok) return d;
      out.whenNoAnswer = d.value;
    }
  }
  return ok(out);
}

function customRule(
  r: RuleInfo,
  queueId: string,
  alwaysOpen: boolean,
  refs: ExtensionRefs,
  sink: FindingSink,
): QueueCustomRule | undefined {
  const name = String(r.name ?? '');
  const scope = sink.at(`custom rule "${name}"`);
  const when = whenOf(r, alwaysOpen);
  if (!when.ok) return void scope.cannot(`its conditions (${when.why})`, RULE_UNMANAGED);
  const form = queueRuleForm(r, 'other');
  const rule: QueueCustomRule = { name, enabled: r.enabled ?? true, when: when.value };
  if (form.callHandlingAction === 'AgentQueue') {
    const ring = ringOf(form, queueId, refs, false);
    if (!ring.ok) return void scope.cannot(ring.why, RULE_UNMANAGED);
    const queue: QueueRing = ring.value;
    return { ...rule, queue };
  }
  const d = destinationOf(form.callHandlingAction, undefined, form, queueId, refs);
  if (!d.ok) return void scope.cannot(d.why, RULE_UNMANAGED);
  return { ...rule, ...d.value };
}

/** A call queue's live state → the manifest `plan` finds equal to it (ringform export --queue). */
export function exportQueue(
  owner: ExportExtension,
  snapshot: QueueSnapshot,
  refs: ExtensionRefs,
): { manifest: CallQueueManifest; findings: ExportFinding[] } {
  const sink = new FindingSink('queue', owner.extensionNumber || owner.id);
  const manifest: CallQueueManifest = { version: 1, kind: 'CallQueue', queue: refs.ref(owner.id) ?? { id: owner.id } };
  if (snapshot.members) {
    const members: ExtRef[] = [];
    for (const m of snapshot.members) {
      const ref = refs.ref(m.id);
      if (ref === undefined) sink.at('members').cannot(`member extension id ${String(m.id)}, which is not in the account`, KEPT_LIVE);
      else members.push(ref);
    }
    if (members.length === snapshot.members.length) manifest.members = members;
  }
  const d = snapshot.details;
  if (d) {
    const s = d.serviceLevelSettings;
    manifest.settings = {
      ...(d.editableMemberStatus !== undefined && { membersCanChangeStatus: d.editableMemberStatus }),
      ...(d.alertTimer !== undefined && { alertAfterSeconds: d.alertTimer }),
      ...(s && {
        serviceLevel: {
          ...(s.slaGoal !== undefined && { goalPercent: s.slaGoal }),
          ...(s.slaThresholdSeconds !== undefined && { withinSeconds: s.slaThresholdSeconds }),
          ...(s.includeAbandonedCalls !== undefined && { countAbandoned: s.includeAbandonedCalls }),
          ...(s.abandonedThresholdSeconds !== undefined && { abandonedAfterSeconds: s.abandonedThresholdSeconds }),
        },
      }),
    };
  }
  if (snapshot.overflow) {
    const queues: ExtRef[] = [];
    for (const q of snapshot.overflow.items ?? []) {
      const ref = refs.ref(q.id);
      if (ref !== undefined) queues.push(ref);
    }
    if (queues.length === (snapshot.overflow.items ?? []).length)
      manifest.overflow = { enabled: Boolean(snapshot.overflow.enabled), queues };
    else sink.at('overflow').cannot('an overflow queue that is not in the account', KEPT_LIVE);
  }
  const weekly = snapshot.businessHours?.schedule?.weeklyRanges;
  const schedule = v1WeeklyToSchedule(weekly, true);
  if (schedule.ok) manifest.businessHours = { schedule: schedule.value };
  else sink.at('business hours').cannot(schedule.why, KEPT_LIVE);
  const alwaysOpen = v1WeeklyIsAlways(weekly);
  const rules = v1DefaultRulesToManifest<RuleInfo, QueueBusinessHoursRule | QueueDestination>(
    snapshot.answeringRules,
    DEFAULT_RULE_IDS,
    alwaysOpen,
    sink,
    (r) => {
      if (r.id === DEFAULT_RULE_IDS['business-hours']) {
        const form = queueRuleForm(r, 'business-hours');
        const ring = ringOf(form, owner.id, refs, true);
        if (!ring.ok) return ring;
        const greeting = greetingsOf(form);
        return ok(Object.keys(greeting).length > 0 ? { greeting, ...ring.value } : ring.value);
      }
      return destinationOf(queueRuleForm(r, 'other').callHandlingAction, undefined, queueRuleForm(r, 'other'), owner.id, refs);
    },
  );
  if (rules) manifest.rules = rules as CallQueueManifest['rules'];
  const custom = v1CustomRulesToManifest(snapshot.answeringRules, sink, (r) => customRule(r, owner.id, alwaysOpen, refs, sink));
  if (custom.length > 0) manifest.customRules = custom;
  manifest.prune = false;
  return { manifest, findings: sink.findings };
}
