import type { CallQueueManifest, QueueDestination } from '../core/manifest.js';
import type { QueueSnapshot } from '../kinds/context.js';
import { queueRuleForm, type QueueEvent, type QueueRuleForm } from '../kinds/queue/queue-forms.js';
import { labeler, siteRuleSchedule, type LiveModelOptions } from './live-to-model.js';
import type { EndsAt, QueueRing, QueueRouting } from '../core/routing.js';
import { e164OrAsWritten, refLabel, sameLabel } from './ext-ref-label.js';
import { v1CustomRuleConditions } from './manifest-to-model.js';
import { alwaysSchedule, scheduleFromManifest, scheduleFromV1Weekly } from './schedule-model.js';

/** A queue destination in the model's terms (a voicemail of the queue itself has no target). */
export function queueEnd(d: QueueDestination): EndsAt {
  if ('voicemail' in d) return { type: 'voicemail', ...(d.voicemail?.mailbox !== undefined && { target: refLabel(d.voicemail.mailbox) }) };
  if ('transferTo' in d) return { type: 'transfer', target: refLabel(d.transferTo), targetType: 'extension' };
  if ('forwardTo' in d) return { type: 'forward', target: e164OrAsWritten(d.forwardTo.phone), targetType: 'phone' };
  return { type: 'announcement' };
}

type Ringing = NonNullable<NonNullable<CallQueueManifest['rules']>['business-hours']>;

/** Members in ring order: for fixed-order the written order, then the other members as listed. */
function ringOf(written: Ringing | undefined, members: string[], base?: QueueRing): QueueRing {
  const distribution = written?.distribution ?? base?.distribution ?? 'longest-idle';
  const order = (written?.order ?? []).map(refLabel);
  const ordered = distribution === 'fixed-order' ? [...order, ...members.filter((m) => !order.some((o) => sameLabel(o, m)))] : members;
  const noAnswer = written?.whenNoAnswer;
  return {
    distribution,
    members: ordered,
    ...pick('ringEachSeconds', written?.ringEachSeconds ?? base?.ringEachSeconds),
    ...pick('maxWaitSeconds', written?.maxWaitSeconds ?? base?.maxWaitSeconds),
    ...pick('maxCallers', written?.maxCallers ?? base?.maxCallers),
    ...(written?.whenFull ? { whenFull: queueEnd(written.whenFull) } : base?.whenFull ? { whenFull: base.whenFull } : {}),
    ...(written?.whenMaxWait ? { whenMaxWait: queueEnd(written.whenMaxWait) } : base?.whenMaxWait ? { whenMaxWait: base.whenMaxWait } : {}),
    ...(noAnswer !== undefined ? { whenNoAnswer: typeof noAnswer === 'string' ? noAnswer : queueEnd(noAnswer) } : {}),
    ...(written === undefined && { defaulted: true }),
  };
}

const pick = <K extends string>(key: K, v: number | undefined) => (v === undefined ? {} : ({ [key]: v } as Record<K, number>));

/**
 * A CallQueue manifest → routing model: custom rules in order, then the business-hours rule
 * (ring the members) or the after-hours destination. Unstated: business hours 24/7, longest-idle
 * ringing, and after hours the queue's voicemail (RingCentral's defaults); members not written
 * are not known offline (`simulate --live` reads them).
 */
export function queueModelFromManifest(m: CallQueueManifest, label: string): QueueRouting {
  const members = (m.members ?? []).map(refLabel);
  const business = ringOf(m.rules?.['business-hours'], members);
  return {
    type: 'queue',
    label,
    businessHours: m.businessHours ? scheduleFromManifest(m.businessHours.schedule, ['businessHours', 'schedule']) : alwaysSchedule(),
    businessRule: business,
    afterHours: m.rules?.['after-hours'] ? queueEnd(m.rules['after-hours']) : { type: 'voicemail', default: true },
    customRules: (m.customRules ?? []).map((r, i) => {
      const destination: QueueDestination | undefined =
        r.voicemail !== undefined
          ? { voicemail: r.voicemail }
          : r.transferTo !== undefined
            ? { transferTo: r.transferTo }
            : r.forwardTo !== undefined
              ? { forwardTo: r.forwardTo }
              : r.announcement !== undefined
                ? { announcement: r.announcement }
                : undefined;
      return {
        ...v1CustomRuleConditions(r, i),
        ...(r.queue
          ? { ring: { ...ringOf(r.queue, members, business), defaulted: false } }
          : { end: destination ? queueEnd(destination) : { type: 'voicemail' } }),
        origin: ['customRules', i],
      };
    }),
  };
}

const DISTRIBUTION = { Rotating: 'longest-idle', Simultaneous: 'simultaneous', FixedOrder: 'fixed-order' } as const;

/** A live destination (an event's action, or a whole rule's) in the model's terms. */
function liveEnd(
  action: string | undefined,
  event: QueueEvent | undefined,
  form: QueueRuleForm,
  queueId: string,
  label: (id: string) => string,
): EndsAt {
  switch (action) {
    case 'Voicemail':
    case 'TakeMessagesOnly': {
      const id = form.voicemail?.recipient.id;
      return { type: 'voicemail', ...(id !== undefined && id !== queueId && { target: label(id) }) };
    }
    case 'TransferToExtension': {
      const id = event ? form.queue?.transfer.find((t) => t.action === event)?.extension.id : form.transfer?.extension.id;
      return { type: 'transfer', target: id === undefined ? '?' : label(id), targetType: 'extension' };
    }
    case 'UnconditionalForwarding': {
      const n = event
        ? form.queue?.unconditionalForwarding.find((u) => u.action === event)?.phoneNumber
        : form.unconditionalForwarding?.phoneNumber;
      return { type: 'forward', target: e164OrAsWritten(n ?? '?'), targetType: 'phone' };
    }
    default:
      return { type: 'announcement' };
  }
}

function liveRing(
  form: QueueRuleForm,
  members: string[],
  queueId: string,
  label: (id: string) => string,
  withNoAnswer: boolean,
): QueueRing {
  const q = form.queue;
  const distribution = DISTRIBUTION[(q?.transferMode ?? 'Rotating') as keyof typeof DISTRIBUTION] ?? 'longest-idle';
  const order = distribution === 'fixed-order' && q?.fixedOrderAgents ? q.fixedOrderAgents.map((a) => a.extension.id) : members;
  const noAnswer = q?.noAnswerAction;
  return {
    distribution,
    members: order.map(label),
    ...pick('ringEachSeconds', distribution === 'simultaneous' ? undefined : q?.agentTimeout),
    ...pick('maxWaitSeconds', q?.holdTime),
    ...pick('maxCallers', q?.maxCallers),
    ...(q?.maxCallersAction && { whenFull: liveEnd(q.maxCallersAction, 'MaxCallers', form, queueId, label) }),
    ...(q?.holdTimeExpirationAction && { whenMaxWait: liveEnd(q.holdTimeExpirationAction, 'HoldTimeExpiration', form, queueId, label) }),
    ...(withNoAnswer &&
      noAnswer && {
        whenNoAnswer:
          noAnswer === 'WaitPrimaryMembers'
            ? ('wait' as const)
            : noAnswer === 'WaitPrimaryAndOverflowMembers'
              ? ('wait-with-overflow' as const)
              : liveEnd(noAnswer, 'NoAnswer', form, queueId, label),
      }),
  };
}

/** A queue's live state → routing model (members labelled by their extension numbers). */
export function queueModelFromLive(snapshot: QueueSnapshot, opts: LiveModelOptions): QueueRouting {
  const label = labeler(opts.extensions);
  // The queue's own mailbox is named by its number like any other (the snapshot has no id of its own).
  const queueId = '';
  const members = (snapshot.members ?? []).map((m) => String(m.id));
  const rule = (id: string) => snapshot.answeringRules.find((r) => r?.id === id);
  const business = liveRing(queueRuleForm(rule('business-hours-rule'), 'business-hours'), members, queueId, label, true);
  const afterRule = rule('after-hours-rule');
  const afterForm = queueRuleForm(afterRule, 'other');
  return {
    type: 'queue',
    label: opts.label,
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    businessHours: scheduleFromV1Weekly(snapshot.businessHours?.schedule?.weeklyRanges),
    businessRule: business,
    afterHours: afterRule
      ? liveEnd(afterForm.callHandlingAction, undefined, afterForm, queueId, label)
      : { type: 'voicemail', default: true },
    customRules: snapshot.answeringRules
      .filter((r) => r?.type === 'Custom')
      .map((r) => {
        const form = queueRuleForm(r, 'other');
        return {
          name: String(r.name ?? ''),
          enabled: r.enabled !== false,
          callers: (r.callers ?? []).map((c) => ({
            ...(c.callerId ? { number: e164OrAsWritten(c.callerId) } : {}),
            ...(c.name ? { name: String(c.name) } : {}),
          })),
          calledNumbers: (r.calledNumbers ?? []).map((n) => e164OrAsWritten(n?.phoneNumber ?? '')),
          ...siteRuleSchedule(r.schedule),
          ...(form.callHandlingAction === 'AgentQueue'
            ? { ring: liveRing(form, members, queueId, label, false) }
            : { end: liveEnd(form.callHandlingAction, undefined, form, queueId, label) }),
        };
      }),
  };
}
