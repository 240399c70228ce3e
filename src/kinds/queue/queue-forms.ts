import type { ApiSchema } from '../../core/api/api-types.js';
import type { ExtRef, Greeting, GreetingOrOff, QueueDestination, QueueGreetings, QueueRing } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { GreetingRole } from '../../core/references.js';
import { e164, extensionId, type CompileEnv } from '../shared/compile-env.js';

/**
 * The comparable (request-shaped) forms of a call queue's v1 rules, from the API and from a
 * manifest (manifest-v1.md "kind: CallQueue", callqueue-answering-rules.md). A rule's `queue`
 * object holds how members ring and how callers wait; each of its three events (MaxCallers,
 * HoldTimeExpiration, NoAnswer) has an action and, for a transfer or a forward, an entry in
 * `transfer` / `unconditionalForwarding`; a voicemail destination is the rule's `voicemail`.
 */

export type QueueEvent = 'MaxCallers' | 'HoldTimeExpiration' | 'NoAnswer';

export interface QueueForm {
  transferMode?: string;
  fixedOrderAgents?: { extension: { id: string }; index: number }[];
  agentTimeout?: number;
  wrapUpTime?: number;
  holdTime?: number;
  maxCallers?: number;
  maxCallersAction?: string;
  holdTimeExpirationAction?: string;
  noAnswerAction?: string;
  transfer: { extension: { id: string }; action: QueueEvent }[];
  unconditionalForwarding: { phoneNumber: string; action: QueueEvent }[];
  holdAudioInterruptionMode?: string;
  holdAudioInterruptionPeriod?: number;
}

export interface GreetingForm {
  type: string;
  preset?: { id: string };
  custom?: { id: string };
}

/** A queue rule as compared: the action and what it needs. */
export interface QueueRuleForm {
  callHandlingAction: string;
  queue?: QueueForm;
  transfer?: { extension: { id: string } };
  unconditionalForwarding?: { phoneNumber: string };
  voicemail?: { enabled: boolean; recipient: { id: string } };
  greetings?: GreetingForm[];
}

type RuleInfo = ApiSchema<'CallHandlingRuleInfo'>;
type QueueInfo = ApiSchema<'QueueInfo'>;

const EVENTS: QueueEvent[] = ['MaxCallers', 'HoldTimeExpiration', 'NoAnswer'];
const byAction = (a: { action: QueueEvent }, b: { action: QueueEvent }) => EVENTS.indexOf(a.action) - EVENTS.indexOf(b.action);

/** The guide's spelling of the voicemail action; the spec's is TakeMessagesOnly. */
export const canonicalAction = (a: string | undefined): string => (a === 'TakeMessageOnly' ? 'TakeMessagesOnly' : (a ?? ''));

export function queueForm(q: QueueInfo | undefined, withNoAnswer: boolean): QueueForm {
  const out: QueueForm = { transfer: [], unconditionalForwarding: [] };
  if (!q) return out;
  if (q.transferMode !== undefined) out.transferMode = q.transferMode;
  if (q.transferMode === 'FixedOrder' && q.fixedOrderAgents) {
    out.fixedOrderAgents = [...q.fixedOrderAgents]
      .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
      .map((a, i) => ({ extension: { id: String(a.extension?.id ?? '') }, index: i + 1 }));
  }
  for (const key of ['agentTimeout', 'wrapUpTime', 'holdTime', 'maxCallers'] as const) if (q[key] !== undefined) out[key] = q[key];
  if (q.maxCallersAction !== undefined) out.maxCallersAction = q.maxCallersAction;
  if (q.holdTimeExpirationAction !== undefined) out.holdTimeExpirationAction = q.holdTimeExpirationAction;
  if (withNoAnswer && q.noAnswerAction !== undefined) out.noAnswerAction = q.noAnswerAction;
  out.transfer = (q.transfer ?? [])
    .filter((t) => t.action !== undefined && t.extension?.id !== undefined)
    .map((t) => ({ extension: { id: String(t.extension!.id) }, action: t.action as QueueEvent }))
    .sort(byAction);
  out.unconditionalForwarding = (q.unconditionalForwarding ?? [])
    .filter((u) => u.action !== undefined && u.phoneNumber !== undefined)
    .map((u) => ({ phoneNumber: String(u.phoneNumber), action: u.action as QueueEvent }))
    .sort(byAction);
  if (q.holdAudioInterruptionMode !== undefined) out.holdAudioInterruptionMode = q.holdAudioInterruptionMode;
  if (q.holdAudioInterruptionMode === 'Periodically' && q.holdAudioInterruptionPeriod !== undefined)
    out.holdAudioInterruptionPeriod = q.holdAudioInterruptionPeriod;
  return out;
}

function greetingsForm(list: RuleInfo['greetings']): GreetingForm[] {
  return (list ?? [])
    .filter((g) => g.type !== undefined)
    .map((g) => {
      const out: GreetingForm = { type: String(g.type) };
      if (g.custom?.id !== undefined) out.custom = { id: String(g.custom.id) };
      else if (g.preset?.id !== undefined) out.preset = { id: String(g.preset.id) };
      return out;
    })
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/**
 * A live queue rule's comparable form. The business-hours rule always rings the members and
 * carries its `noAnswerAction`; other rules carry what their action needs.
 */
export function queueRuleForm(r: RuleInfo | undefined, kind: 'business-hours' | 'other'): QueueRuleForm {
  const action = canonicalAction(r?.callHandlingAction ?? (kind === 'business-hours' ? 'AgentQueue' : undefined));
  const out: QueueRuleForm = { callHandlingAction: action };
  if (action === 'AgentQueue') out.queue = queueForm(r?.queue, kind === 'business-hours');
  if (action === 'TransferToExtension' && r?.transfer?.extension?.id !== undefined)
    out.transfer = { extension: { id: String(r.transfer.extension.id) } };
  if (action === 'UnconditionalForwarding' && r?.unconditionalForwarding?.phoneNumber !== undefined)
    out.unconditionalForwarding = { phoneNumber: String(r.unconditionalForwarding.phoneNumber) };
  if ((action === 'AgentQueue' || action === 'TakeMessagesOnly') && r?.voicemail?.recipient?.id !== undefined)
    out.voicemail = { enabled: r.voicemail.enabled ?? true, recipient: { id: String(r.voicemail.recipient.id) } };
  if (kind === 'business-hours') out.greetings = greetingsForm(r?.greetings);
  return out;
}

/** Manifest greeting keys → the API's greeting types, and the dictionary role that resolves presets. */
export const QUEUE_GREETINGS: Record<keyof QueueGreetings, { type: string; role: GreetingRole }> = {
  welcome: { type: 'Introductory', role: 'welcome' },
  holdMusic: { type: 'HoldMusic', role: 'holdMusic' },
  waitingMusic: { type: 'ConnectingAudio', role: 'connectingAudio' },
  waitMessage: { type: 'InterruptPrompt', role: 'waitMessage' },
  queueFull: { type: 'Unavailable', role: 'queueFull' },
  voicemail: { type: 'Voicemail', role: 'voicemail' },
};

/** The rule's greetings with the written ones replaced (each type once, sorted by type). */
export function withGreetings(env: CompileEnv, live: GreetingForm[], written: QueueGreetings, path: PathSeg[]): GreetingForm[] {
  const out = new Map(live.map((g) => [g.type, g]));
  for (const [key, spec] of Object.entries(QUEUE_GREETINGS) as [keyof QueueGreetings, (typeof QUEUE_GREETINGS)[keyof QueueGreetings]][]) {
    const g: GreetingOrOff | undefined = written[key];
    if (g === undefined) continue;
    if (g === 'off') {
      // The dictionary's greeting of category None switches a type off (DictionaryGreetingInfo).
      const off = env.resolver.switchedOff(spec.role);
      if (off === undefined) continue; // the dictionary is read and the rule compiled again
      if (off.ok) out.set(spec.type, { type: spec.type, preset: { id: off.value } });
      else env.report([...path, key], off.error);
      continue;
    }
    const r = env.resolver.greeting(g as Greeting, spec.role);
    if (!r.ok) {
      env.report([...path, key], r.error);
      continue;
    }
    out.set(
      spec.type,
      r.value.source === 'Custom' ? { type: spec.type, custom: { id: r.value.id } } : { type: spec.type, preset: { id: r.value.id } },
    );
  }
  return [...out.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

const MODES = { 'longest-idle': 'Rotating', simultaneous: 'Simultaneous', 'fixed-order': 'FixedOrder' } as const;

/** What a destination makes of one event (or of a rule's whole action). */
interface DestinationEffect {
  action: string;
  transferId?: string;
  phoneNumber?: string;
  mailbox?: string;
}

/** `event` actions: Voicemail, Announcement, TransferToExtension, UnconditionalForwarding. */
function destinationEffect(env: CompileEnv, queueId: string, d: QueueDestination, path: PathSeg[]): DestinationEffect {
  if ('voicemail' in d) {
    const mailbox = d.voicemail?.mailbox;
    return { action: 'Voicemail', mailbox: mailbox === undefined ? queueId : extensionId(env, mailbox, [...path, 'voicemail', 'mailbox']) };
  }
  if ('transferTo' in d) return { action: 'TransferToExtension', transferId: extensionId(env, d.transferTo, [...path, 'transferTo']) };
  if ('forwardTo' in d)
    return { action: 'UnconditionalForwarding', phoneNumber: e164(env, d.forwardTo.phone, [...path, 'forwardTo', 'phone']) };
  return { action: 'Announcement' };
}

/** One rule's voicemail: every voicemail destination of a rule must name the same mailbox. */
class Mailbox {
  private id?: string;
  private at?: PathSeg[];
  constructor(private readonly env: CompileEnv) {}
  take(id: string | undefined, path: PathSeg[]): void {
    if (id === undefined) return;
    if (this.id !== undefined && this.id !== id) {
      this.env.report(path, `a call queue rule has one voicemail: this mailbox differs from the one at ${this.at!.join('.')}`);
      return;
    }
    this.id = id;
    this.at = path;
  }
  get value(): string | undefined {
    return this.id;
  }
}

function setEvent(q: QueueForm, event: QueueEvent, effect: DestinationEffect): void {
  q.transfer = q.transfer.filter((t) => t.action !== event);
  q.unconditionalForwarding = q.unconditionalForwarding.filter((u) => u.action !== event);
  if (effect.transferId !== undefined) q.transfer.push({ extension: { id: effect.transferId }, action: event });
  if (effect.phoneNumber !== undefined) q.unconditionalForwarding.push({ phoneNumber: effect.phoneNumber, action: event });
  q.transfer.sort(byAction);
  q.unconditionalForwarding.sort(byAction);
}

/** Where fixed-order members ring: the written order, then the other members as they ring now. */
export interface MemberOrder {
  /** The members once the plan runs (ids, in their order). */
  members: string[];
}

/**
 * A ringing rule's `queue` (and voicemail) with what the document writes laid over the live
 * form. `noAnswer` is the business-hours rule's `whenNoAnswer`; custom rules have none.
 */
export function ringingForm(
  env: CompileEnv,
  queueId: string,
  live: QueueRuleForm,
  ring: QueueRing & { whenNoAnswer?: 'wait' | 'wait-with-overflow' | QueueDestination },
  path: PathSeg[],
  order: MemberOrder,
): QueueRuleForm {
  const out: QueueRuleForm = structuredClone(live);
  out.callHandlingAction = 'AgentQueue';
  const q: QueueForm = out.queue ?? { transfer: [], unconditionalForwarding: [] };
  out.queue = q;
  const mailbox = new Mailbox(env);
  if (ring.distribution !== undefined) q.transferMode = MODES[ring.distribution];
  if (q.transferMode !== 'FixedOrder') delete q.fixedOrderAgents;
  if (ring.order !== undefined) {
    const written = ring.order.map((ref, i) => memberId(env, ref, [...path, 'order', i], order.members));
    const now = (q.fixedOrderAgents ?? []).map((a) => a.extension.id);
    const rest = [...now, ...order.members].filter(
      (id, i, all) => order.members.includes(id) && !written.includes(id) && all.indexOf(id) === i,
    );
    q.fixedOrderAgents = [...written, ...rest].map((id, i) => ({ extension: { id }, index: i + 1 }));
  }
  if (ring.ringEachSeconds !== undefined) q.agentTimeout = ring.ringEachSeconds;
  if (ring.wrapUpSeconds !== undefined) q.wrapUpTime = ring.wrapUpSeconds;
  if (ring.maxWaitSeconds !== undefined) q.holdTime = ring.maxWaitSeconds;
  if (ring.maxCallers !== undefined) q.maxCallers = ring.maxCallers;
  const wait = ring.interruptWait;
  if (wait !== undefined) {
    q.holdAudioInterruptionMode = wait === 'never' ? 'Never' : wait === 'when-music-ends' ? 'WhenMusicEnds' : 'Periodically';
    if (typeof wait === 'object') q.holdAudioInterruptionPeriod = wait.everySeconds;
    else delete q.holdAudioInterruptionPeriod;
  }
  const event = (
    d: QueueDestination | undefined,
    e: QueueEvent,
    key: 'maxCallersAction' | 'holdTimeExpirationAction' | 'noAnswerAction',
    at: PathSeg[],
  ) => {
    if (d === undefined) return;
    const effect = destinationEffect(env, queueId, d, at);
    q[key] = effect.action;
    setEvent(q, e, effect);
    mailbox.take(effect.mailbox, at);
  };
  event(ring.whenFull, 'MaxCallers', 'maxCallersAction', [...path, 'whenFull']);
  event(ring.whenMaxWait, 'HoldTimeExpiration', 'holdTimeExpirationAction', [...path, 'whenMaxWait']);
  const noAnswer = ring.whenNoAnswer;
  if (noAnswer === 'wait') q.noAnswerAction = 'WaitPrimaryMembers';
  else if (noAnswer === 'wait-with-overflow') q.noAnswerAction = 'WaitPrimaryAndOverflowMembers';
  else event(noAnswer, 'NoAnswer', 'noAnswerAction', [...path, 'whenNoAnswer']);
  if (mailbox.value !== undefined) out.voicemail = { enabled: true, recipient: { id: mailbox.value } };
  if (ring.greeting !== undefined) out.greetings = withGreetings(env, out.greetings ?? [], ring.greeting, [...path, 'greeting']);
  return out;
}

/** A member named in `order`: resolved, and one of the queue's members. */
function memberId(env: CompileEnv, ref: ExtRef, path: PathSeg[], members: string[]): string {
  const id = extensionId(env, ref, path);
  if (id !== '?' && !members.includes(id))
    env.report(path, `order names extension ${describe(env, id)}, which is not a member of the queue`);
  return id;
}

function describe(env: CompileEnv, id: string): string {
  const e = env.resolver.extensions.find((x) => x.id === id);
  return e ? `${e.extensionNumber} (${e.name})` : id;
}

/** A rule that sends calls to one destination (after hours; a custom rule without `queue`). */
export function destinationForm(env: CompileEnv, queueId: string, d: QueueDestination, path: PathSeg[]): QueueRuleForm {
  const effect = destinationEffect(env, queueId, d, path);
  switch (effect.action) {
    case 'Voicemail':
      return { callHandlingAction: 'TakeMessagesOnly', voicemail: { enabled: true, recipient: { id: effect.mailbox! } } };
    case 'TransferToExtension':
      return { callHandlingAction: 'TransferToExtension', transfer: { extension: { id: effect.transferId! } } };
    case 'UnconditionalForwarding':
      return { callHandlingAction: 'UnconditionalForwarding', unconditionalForwarding: { phoneNumber: effect.phoneNumber! } };
    default:
      return { callHandlingAction: 'PlayAnnouncementOnly' };
  }
}
