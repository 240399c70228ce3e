import type { Problems } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import * as check from './check-rule-conditions.js';
import { createV1Rule, deleteV1Rule, updateV1Rule } from './update-v1-rule.js';
import { standardGreeting } from './standard-greetings.js';
import {
  QUEUE_ACTIONS,
  QUEUE_DEFAULT_GREETINGS,
  defaultQueueSettings,
  type QueueAction,
  type QueueCallHandling,
  type QueueEvent,
  type QueueRule,
  type QueueSettings,
} from './queue-call-handling.js';

/**
 * Writes to a call queue's v1 answering rules (callqueue-answering-rules.md), beyond what every
 * owner's rules share: the action forms a queue takes and the `queue` object (a PUT merges what
 * it names: fields absent stay; `queue` is merged field by field, its `transfer` and
 * `unconditionalForwarding` entries by event; `greetings` by greeting type).
 * The business-hours rule always rings the members (AgentQueue); the after-hours rule sends calls
 * to one destination. RingCentral's limits: wrap-up 0–300 s, at most 25 callers waiting, ring
 * time per member in 5-second rings up to 60 rings, a fixed order of members only, and with
 * simultaneous ringing no destination when no one answers.
 */

const PHONE = /^\+?\d{3,15}$/;
const MODES = ['Rotating', 'Simultaneous', 'FixedOrder'];
const MAX_CALLERS_ACTIONS = ['Voicemail', 'Announcement', 'TransferToExtension', 'UnconditionalForwarding'];
const HOLD_EXPIRATION_ACTIONS = ['TransferToExtension', 'UnconditionalForwarding', 'Voicemail'];
const NO_ANSWER_ACTIONS = [
  'WaitPrimaryMembers',
  'WaitPrimaryAndOverflowMembers',
  'Voicemail',
  'TransferToExtension',
  'UnconditionalForwarding',
];
const INTERRUPTION_MODES = ['Never', 'WhenMusicEnds', 'Periodically'];
const EVENTS: QueueEvent[] = ['HoldTimeExpiration', 'MaxCallers', 'NoAnswer'];
const GREETING_TYPES = [
  'Introductory',
  'HoldMusic',
  'ConnectingAudio',
  'ConnectingMessage',
  'InterruptPrompt',
  'Unavailable',
  'Voicemail',
  'Announcement',
];
/** What the after-hours rule may do (the guide's four destinations). */
const AFTER_HOURS_ACTIONS: QueueAction[] = ['TakeMessagesOnly', 'PlayAnnouncementOnly', 'TransferToExtension', 'UnconditionalForwarding'];

export function createQueueRule(queue: QueueCallHandling, body: unknown, id: string, dir: Directory, memberIds: string[]): QueueRule {
  return createV1Rule(queue, body, (p, b) => {
    if (b.type !== 'Custom') p.add('type', 'is required and must be Custom');
    if (!isNonEmptyString(b.name)) p.add('name', 'is required, a non-empty string');
    const rule: QueueRule = {
      id,
      type: 'Custom',
      enabled: true,
      callHandlingAction: 'AgentQueue',
      queue: defaultQueueSettings(),
      voicemail: { enabled: true, recipientId: queue.queueId },
      greetings: structuredClone(QUEUE_DEFAULT_GREETINGS),
    };
    applyFields(p, b, rule, queue, dir, memberIds);
    checkRule(p, rule);
    return rule;
  });
}

export function updateQueueRule(queue: QueueCallHandling, ruleId: string, body: unknown, dir: Directory, memberIds: string[]): QueueRule {
  return updateV1Rule(queue, ruleId, body, (p, b, rule) => {
    const merged = structuredClone(rule);
    applyFields(p, b, merged, queue, dir, memberIds);
    checkRule(p, merged);
    return merged;
  });
}

export const deleteQueueRule = deleteV1Rule;

/** Applies the body's fields to `rule` (a copy), recording every problem. */
function applyFields(p: Problems, body: Json, rule: QueueRule, queue: QueueCallHandling, dir: Directory, memberIds: string[]): void {
  Object.assign(rule, check.enabled(p, body));
  if (rule.type === 'Custom') Object.assign(rule, check.customConditions(p, body, queue));
  else check.defaultConditions(p, body, rule);
  if (body.callHandlingAction !== undefined) {
    const action = body.callHandlingAction === 'TakeMessageOnly' ? 'TakeMessagesOnly' : body.callHandlingAction;
    // The guide spells the voicemail action TakeMessageOnly; the spec's enum TakeMessagesOnly. Both are taken.
    if (!(QUEUE_ACTIONS as readonly unknown[]).includes(action)) p.add('callHandlingAction', `must be one of ${QUEUE_ACTIONS.join(', ')}`);
    else rule.callHandlingAction = action as QueueAction;
  }
  if (body.transfer !== undefined) {
    const id = check.extensionRef(p, 'transfer.extension.id', isObject(body.transfer) ? body.transfer.extension : undefined, dir);
    if (id) rule.transferId = id;
  }
  if (body.unconditionalForwarding !== undefined) {
    const n = isObject(body.unconditionalForwarding) ? body.unconditionalForwarding.phoneNumber : undefined;
    if (typeof n !== 'string' || !PHONE.test(n)) p.add('unconditionalForwarding.phoneNumber', 'is required, a phone number');
    else rule.forwardTo = n;
  }
  if (body.voicemail !== undefined) applyVoicemail(p, body.voicemail, rule, dir);
  if (body.greetings !== undefined) applyGreetings(p, body.greetings, rule, dir);
  if (body.screening !== undefined && !['Off', 'NoCallerId', 'UnknownCallerId', 'Always'].includes(body.screening as string))
    p.add('screening', 'must be Off, NoCallerId, UnknownCallerId or Always');
  if (body.queue !== undefined) {
    if (!isObject(body.queue)) p.add('queue', 'must be an object');
    else applyQueue(p, body.queue, rule.queue, dir, memberIds);
  }
}

function applyVoicemail(p: Problems, v: unknown, rule: QueueRule, dir: Directory): void {
  if (!isObject(v)) return void p.add('voicemail', 'must be {enabled, recipient: {id}}');
  rule.voicemail.enabled = p.boolean('voicemail.enabled', v.enabled) ?? rule.voicemail.enabled;
  if (v.recipient !== undefined) {
    const id = check.extensionRef(p, 'voicemail.recipient.id', v.recipient, dir);
    if (id) rule.voicemail.recipientId = id;
  }
}

/** Greetings are set one type at a time: a type the body does not name keeps its greeting. */
function applyGreetings(p: Problems, v: unknown, rule: QueueRule, dir: Directory): void {
  if (!Array.isArray(v)) return void p.add('greetings', 'must be an array of {type, preset|custom}');
  v.forEach((g, i) => {
    const path = at('greetings', i);
    if (!isObject(g) || !GREETING_TYPES.includes(g.type as string))
      return void p.add(at(path, 'type'), `must be one of ${GREETING_TYPES.join(', ')}`);
    const type = g.type as string;
    const presetId = isObject(g.preset) ? g.preset.id : undefined;
    const customId = isObject(g.custom) ? g.custom.id : undefined;
    if ((presetId === undefined) === (customId === undefined)) return void p.add(path, 'needs exactly one of preset {id} or custom {id}');
    if (presetId !== undefined) {
      const found = typeof presetId === 'string' ? standardGreeting(presetId) : undefined;
      if (!found) return void p.add(at(path, 'preset.id'), `standard greeting ${String(presetId)} does not exist`);
      if (found.type !== type)
        return void p.add(at(path, 'preset.id'), `standard greeting ${found.id} is a ${found.type} greeting, ${type} expected`);
    } else {
      const found = typeof customId === 'string' ? dir.customGreeting(customId) : undefined;
      if (!found) return void p.add(at(path, 'custom.id'), `custom greeting ${String(customId)} does not exist`);
      if (found.type !== type)
        return void p.add(at(path, 'custom.id'), `custom greeting ${found.id} is a ${found.type} greeting, ${type} expected`);
    }
    const stored = presetId !== undefined ? { type, preset: { id: presetId } } : { type, custom: { id: customId } };
    const index = rule.greetings.findIndex((x) => x.type === type);
    if (index >= 0) rule.greetings[index] = stored;
    else rule.greetings.push(stored);
  });
}

function applyQueue(p: Problems, q: Json, s: QueueSettings, dir: Directory, memberIds: string[]): void {
  const path = (key: string) => `queue.${key}`;
  const oneOf = <K extends keyof QueueSettings>(key: K, allowed: string[]) => {
    if (q[key] === undefined) return;
    if (!allowed.includes(q[key] as string)) p.add(path(key), `must be one of ${allowed.join(', ')}`);
    else (s as unknown as Json)[key] = q[key];
  };
  const integer = (key: keyof QueueSettings, min: number, max: number, step = 1) => {
    const v = q[key];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max || v % step !== 0) {
      p.add(path(key), `must be an integer from ${min} to ${max}` + (step > 1 ? ` in steps of ${step}` : ''));
    } else (s as unknown as Json)[key] = v;
  };
  oneOf('transferMode', MODES);
  oneOf('maxCallersAction', MAX_CALLERS_ACTIONS);
  oneOf('holdTimeExpirationAction', HOLD_EXPIRATION_ACTIONS);
  oneOf('noAnswerAction', NO_ANSWER_ACTIONS);
  oneOf('holdAudioInterruptionMode', INTERRUPTION_MODES);
  // "Number of rings before trying the next member, each ring equals to 5 seconds and maximum is 60 rings."
  integer('agentTimeout', 5, 300, 5);
  integer('wrapUpTime', 0, 300);
  integer('holdTime', 1, 86_400);
  integer('maxCallers', 1, 25);
  integer('holdAudioInterruptionPeriod', 1, 86_400);
  if (q.fixedOrderAgents !== undefined) applyFixedOrder(p, q.fixedOrderAgents, s, memberIds);
  if (q.transfer !== undefined) {
    eventEntries(p, 'queue.transfer', q.transfer, (e, ep) => {
      const id = check.extensionRef(p, at(ep, 'extension.id'), e.extension, dir);
      if (id) s.transfer[e.action as QueueEvent] = id;
    });
  }
  if (q.unconditionalForwarding !== undefined) {
    eventEntries(p, 'queue.unconditionalForwarding', q.unconditionalForwarding, (e, ep) => {
      if (typeof e.phoneNumber !== 'string' || !PHONE.test(e.phoneNumber)) p.add(at(ep, 'phoneNumber'), 'must be a phone number');
      else s.unconditionalForwarding[e.action as QueueEvent] = e.phoneNumber;
    });
  }
}

/** `[{…, action}]` lists: one entry per event, each replacing that event's target. */
function eventEntries(p: Problems, path: string, v: unknown, take: (e: Json, path: string) => void): void {
  if (!Array.isArray(v)) return void p.add(path, 'must be an array');
  v.forEach((e, i) => {
    const ep = at(path, i);
    if (!isObject(e) || !EVENTS.includes(e.action as QueueEvent))
      return void p.add(at(ep, 'action'), `must be one of ${EVENTS.join(', ')}`);
    take(e, ep);
  });
}

function applyFixedOrder(p: Problems, v: unknown, s: QueueSettings, memberIds: string[]): void {
  if (!Array.isArray(v)) return void p.add('queue.fixedOrderAgents', 'must be an array of {extension: {id}, index}');
  const placed: { id: string; index: number }[] = [];
  v.forEach((a, i) => {
    const path = at('queue.fixedOrderAgents', i);
    const id = isObject(a) && isObject(a.extension) ? a.extension.id : undefined;
    const index = isObject(a) ? a.index : undefined;
    if (typeof id !== 'string' || id === '') return void p.add(at(path, 'extension.id'), 'is required, a member extension id');
    if (!memberIds.includes(id)) return void p.add(at(path, 'extension.id'), `extension ${id} is not a member of the call queue`);
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 1)
      return void p.add(at(path, 'index'), 'must be a positive integer');
    if (placed.some((x) => x.id === id)) return void p.add(at(path, 'extension.id'), `extension ${id} is listed twice`);
    if (placed.some((x) => x.index === index)) return void p.add(at(path, 'index'), `index ${index} is used twice`);
    placed.push({ id, index });
  });
  s.fixedOrder = placed.sort((a, b) => a.index - b.index).map((x) => x.id);
}

/** The merged rule must be complete: each action names its target; each event action its target. */
function checkRule(p: Problems, rule: QueueRule): void {
  const action = rule.callHandlingAction;
  if (rule.type === 'BusinessHours' && action !== 'AgentQueue')
    p.add('callHandlingAction', 'the business-hours rule of a call queue always rings its members (AgentQueue)');
  if (rule.type === 'AfterHours' && !AFTER_HOURS_ACTIONS.includes(action))
    p.add('callHandlingAction', `the after-hours rule of a call queue takes one of ${AFTER_HOURS_ACTIONS.join(', ')}`);
  if (action === 'TransferToExtension' && rule.transferId === undefined)
    p.add('transfer', 'is required when callHandlingAction is TransferToExtension');
  if (action === 'UnconditionalForwarding' && rule.forwardTo === undefined)
    p.add('unconditionalForwarding', 'is required when callHandlingAction is UnconditionalForwarding');
  if (action === 'AgentQueue') {
    const q = rule.queue;
    eventTarget(p, q, 'MaxCallers', q.maxCallersAction, 'maxCallersAction');
    eventTarget(p, q, 'HoldTimeExpiration', q.holdTimeExpirationAction, 'holdTimeExpirationAction');
    if (rule.type === 'BusinessHours') {
      eventTarget(p, q, 'NoAnswer', q.noAnswerAction, 'noAnswerAction');
      // QueueInfo.noAnswerAction: "For simultaneous transfer mode only 'WaitPrimaryMembers' and
      // 'WaitPrimaryAndOverflowMembers' are supported".
      if (q.transferMode === 'Simultaneous' && !q.noAnswerAction.startsWith('Wait'))
        p.add('queue.noAnswerAction', 'with Simultaneous transfer mode only WaitPrimaryMembers or WaitPrimaryAndOverflowMembers');
    }
  }
  if (rule.type === 'Custom') check.hasCondition(p, rule);
}

function eventTarget(p: Problems, q: QueueSettings, event: QueueEvent, action: string, key: string): void {
  if (action === 'TransferToExtension' && q.transfer[event] === undefined)
    p.add(`queue.${key}`, `TransferToExtension needs a queue.transfer entry with action ${event}`);
  if (action === 'UnconditionalForwarding' && q.unconditionalForwarding[event] === undefined)
    p.add(`queue.${key}`, `UnconditionalForwarding needs a queue.unconditionalForwarding entry with action ${event}`);
}
