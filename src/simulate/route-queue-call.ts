import type { LocalMoment } from '../core/local-time.js';
import type { EndsAt, QueueRing, QueueRouting, QueueRuleModel, RingStep, RoutingCall, RoutingOutcome } from '../core/routing.js';
import { calledNumbersMatch, callersMatch } from './rule-conditions.js';
import { scheduleMatches } from './schedule-model.js';

function ruleMatches(model: QueueRouting, rule: QueueRuleModel, call: RoutingCall, m: LocalMoment): boolean {
  if (!rule.enabled) return false;
  if (!callersMatch(rule.callers, call, true) || !calledNumbersMatch(rule.calledNumbers, call)) return false;
  if (rule.schedule && !scheduleMatches(rule.schedule, m)) return false;
  if (rule.scheduleRef && (rule.scheduleRef === 'business-hours') !== scheduleMatches(model.businessHours, m)) return false;
  return true;
}

const WAIT: Record<'wait' | 'wait-with-overflow', string> = {
  wait: 'callers keep waiting for the members',
  'wait-with-overflow': 'callers keep waiting, and the overflow queues ring too',
};

/**
 * Who rings in what order: fixed-order one member at a time for `ringEachSeconds` each;
 * simultaneous all at once; longest-idle one at a time, the member idle longest first (which
 * depends on the calls of the day, so the members are listed without an order).
 */
function ringing(ring: QueueRing): RingStep[] {
  if (ring.members.length === 0) return [];
  if (ring.distribution === 'simultaneous')
    return [{ targets: ring.members.map((m) => ({ coworker: m })), seconds: ring.maxWaitSeconds ?? 0 }];
  return ring.members.map((m) => ({ targets: [{ coworker: m }], seconds: ring.ringEachSeconds ?? 0 }));
}

function ringOutcome(
  name: string,
  kind: 'queue-rule' | 'custom-rule',
  ring: QueueRing,
  noAnswer: QueueRing['whenNoAnswer'],
): RoutingOutcome {
  const notes: string[] = [];
  let endsAt: EndsAt = { type: 'answered-only' };
  if (noAnswer === 'wait' || noAnswer === 'wait-with-overflow') notes.push(`when no one answers, ${WAIT[noAnswer]}`);
  else if (noAnswer) endsAt = noAnswer;
  if (ring.whenMaxWait) {
    const wait = ring.maxWaitSeconds === undefined ? 'the maximum wait' : `${ring.maxWaitSeconds} s of waiting`;
    notes.push(`after ${wait} the call ${describeEnd(ring.whenMaxWait)}`);
    if (!noAnswer || typeof noAnswer === 'string') endsAt = ring.whenMaxWait;
  }
  if (ring.whenFull) notes.push(`when ${ring.maxCallers ?? 'the maximum of'} callers already wait, the call ${describeEnd(ring.whenFull)}`);
  if (ring.distribution === 'longest-idle') notes.push('longest-idle: the member idle longest rings first');
  if (ring.defaulted) notes.push(`the manifest does not state the ${name} rule's ringing: it rings as it is live`);
  return {
    handledBy: { kind, name, ...(ring.defaulted ? { default: true } : {}) },
    greetings: [],
    ring: ringing(ring),
    ringOrder: ring.distribution === 'simultaneous' ? 'at-once' : 'in-order',
    endsAt,
    notes,
    queue: {
      distribution: ring.distribution,
      members: ring.members,
      ...(ring.maxWaitSeconds !== undefined && { maxWaitSeconds: ring.maxWaitSeconds }),
      ...(ring.maxCallers !== undefined && { maxCallers: ring.maxCallers }),
      ...(ring.whenFull && { whenFull: ring.whenFull }),
      ...(ring.whenMaxWait && { whenMaxWait: ring.whenMaxWait }),
      ...(noAnswer && { whenNoAnswer: noAnswer }),
    },
  };
}

function describeEnd(e: EndsAt): string {
  if (e.type === 'voicemail') return e.target ? `goes to the voicemail of ${e.target}` : "goes to the queue's voicemail";
  if (e.type === 'announcement') return 'hears the announcement and ends';
  if (e.type === 'forward') return `is forwarded to ${e.target ?? '?'}`;
  return `is transferred to ${e.target ?? '?'}`;
}

function endOutcome(name: string, end: EndsAt): RoutingOutcome {
  return { handledBy: { kind: 'queue-rule', name }, greetings: [], ring: [], ringOrder: 'at-once', endsAt: end, notes: [] };
}

/**
 * A call queue's order (callqueue-answering-rules.md): enabled custom rules in the order listed,
 * the first whose conditions all match wins (one that rings the members uses the business-hours
 * rule's `whenNoAnswer`); otherwise the business-hours rule rings the members, or after hours the
 * after-hours rule's destination.
 */
export function routeQueueCall(model: QueueRouting, call: RoutingCall, m: LocalMoment): RoutingOutcome {
  const rule = model.customRules.find((r) => ruleMatches(model, r, call, m));
  if (rule) {
    if (rule.ring) return ringOutcome(rule.name, 'custom-rule', rule.ring, model.businessRule.whenNoAnswer);
    return { ...endOutcome(rule.name, rule.end ?? { type: 'voicemail' }), handledBy: { kind: 'custom-rule', name: rule.name } };
  }
  if (scheduleMatches(model.businessHours, m))
    return ringOutcome('business-hours', 'queue-rule', model.businessRule, model.businessRule.whenNoAnswer);
  return endOutcome('after-hours', model.afterHours);
}
