import type { Json } from './json-value.js';
import { V1CallHandling, defaultRule, type V1Rule } from './v1-call-handling.js';

/**
 * One call queue's v1 call handling (callqueue-answering-rules.md): business hours
 * (`weeklyRanges`, empty is 24/7), answering rules, the queue's details (call-queues/{id}) and its
 * overflow settings. The business-hours rule always exists and always rings the members
 * (AgentQueue); the after-hours rule exists exactly while business hours are not 24/7 (the guide:
 * "the system will automatically create an after-hours schedule"); custom rules are evaluated in
 * order. Members live on the extension record (`memberIds`), where users' agent state reads them.
 */

/** The spec's callHandlingAction values a queue's rules use. */
export const QUEUE_ACTIONS = [
  'AgentQueue',
  'TakeMessagesOnly',
  'PlayAnnouncementOnly',
  'TransferToExtension',
  'UnconditionalForwarding',
] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];

export type QueueEvent = 'HoldTimeExpiration' | 'MaxCallers' | 'NoAnswer';

/** The `queue` object (QueueInfo) as stored: extension references by id. */
export interface QueueSettings {
  transferMode: 'Rotating' | 'Simultaneous' | 'FixedOrder';
  /** Member ids in ring order (fixedOrderAgents, `index` 1-based in the API). */
  fixedOrder: string[];
  agentTimeout: number;
  wrapUpTime: number;
  holdTime: number;
  maxCallers: number;
  maxCallersAction: 'Voicemail' | 'Announcement' | 'TransferToExtension' | 'UnconditionalForwarding';
  holdTimeExpirationAction: 'TransferToExtension' | 'UnconditionalForwarding' | 'Voicemail';
  noAnswerAction: 'WaitPrimaryMembers' | 'WaitPrimaryAndOverflowMembers' | 'Voicemail' | 'TransferToExtension' | 'UnconditionalForwarding';
  /** Where each event transfers to (`queue.transfer[]`), by event. */
  transfer: Partial<Record<QueueEvent, string>>;
  /** The number each event forwards to (`queue.unconditionalForwarding[]`), by event. */
  unconditionalForwarding: Partial<Record<QueueEvent, string>>;
  holdAudioInterruptionMode: 'Never' | 'WhenMusicEnds' | 'Periodically';
  holdAudioInterruptionPeriod: number;
}

export interface QueueRule extends V1Rule {
  callHandlingAction: QueueAction;
  queue: QueueSettings;
  /** TransferToExtension: the extension (top-level `transfer.extension.id`). */
  transferId?: string;
  /** UnconditionalForwarding: the number (top-level `unconditionalForwarding.phoneNumber`). */
  forwardTo?: string;
  voicemail: { enabled: boolean; recipientId: string };
  /** `{type, preset: {id}}` or `{type, custom: {id}}`, one per greeting type. */
  greetings: Json[];
}

/** The queue's details of `call-queues/{groupId}` beyond the extension record. */
export interface QueueDetails {
  editableMemberStatus: boolean;
  alertTimer: number;
  serviceLevelSettings: { slaGoal: number; slaThresholdSeconds: number; includeAbandonedCalls: boolean; abandonedThresholdSeconds: number };
}

/** Presets of the emulator's greeting dictionary that a new queue's rules start with. */
export const QUEUE_DEFAULT_GREETINGS: Json[] = [
  { type: 'Introductory', preset: { id: '65792' } },
  { type: 'HoldMusic', preset: { id: '262400' } },
  { type: 'ConnectingAudio', preset: { id: '197120' } },
  { type: 'InterruptPrompt', preset: { id: '68864' } },
  { type: 'Unavailable', preset: { id: '68608' } },
  { type: 'Voicemail', preset: { id: '590080' } },
];

/** What a new queue rule rings with: the emulator's choice where RingCentral documents none. */
export function defaultQueueSettings(): QueueSettings {
  return {
    transferMode: 'Rotating',
    fixedOrder: [],
    agentTimeout: 20,
    wrapUpTime: 15,
    holdTime: 600,
    maxCallers: 10,
    maxCallersAction: 'Voicemail',
    holdTimeExpirationAction: 'Voicemail',
    noAnswerAction: 'WaitPrimaryMembers',
    transfer: {},
    unconditionalForwarding: {},
    holdAudioInterruptionMode: 'Never',
    holdAudioInterruptionPeriod: 60,
  };
}

export class QueueCallHandling extends V1CallHandling<QueueRule> {
  readonly rules: QueueRule[];
  details: QueueDetails = {
    editableMemberStatus: true,
    alertTimer: 5,
    serviceLevelSettings: { slaGoal: 80, slaThresholdSeconds: 30, includeAbandonedCalls: false, abandonedThresholdSeconds: 0 },
  };
  /** Overflow: whether it is on, and the other call queues calls overflow to, in order. */
  overflow: { enabled: boolean; queueIds: string[] } = { enabled: false, queueIds: [] };

  constructor(readonly queueId: string) {
    super();
    this.rules = [
      {
        ...defaultRule('BusinessHours'),
        callHandlingAction: 'AgentQueue',
        queue: defaultQueueSettings(),
        voicemail: { enabled: true, recipientId: queueId },
        greetings: structuredClone(QUEUE_DEFAULT_GREETINGS),
      },
    ];
  }

  /** The queue's voicemail. */
  protected newAfterHoursRule(): QueueRule {
    return {
      ...defaultRule('AfterHours'),
      callHandlingAction: 'TakeMessagesOnly',
      queue: defaultQueueSettings(),
      voicemail: { enabled: true, recipientId: this.queueId },
      greetings: structuredClone(QUEUE_DEFAULT_GREETINGS.filter((g) => g.type === 'Voicemail')),
    };
  }
}

/**
 * The ring order of a fixed-order rule: the agents it names that are still members, then the
 * other members in the order they joined (a member added later rings last until placed).
 */
export function fixedOrderOf(settings: QueueSettings, memberIds: string[]): string[] {
  const named = settings.fixedOrder.filter((id) => memberIds.includes(id));
  return [...named, ...memberIds.filter((id) => !named.includes(id))];
}
