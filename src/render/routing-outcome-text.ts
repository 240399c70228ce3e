import { formatMoment, parseCallTime } from '../core/local-time.js';
import { answeredOnlyEnd } from '../parts/ends/answered-only.js';
import { endByType, greetingActionByStep, ringTargetByKey, writtenKey } from '../parts/registry.js';
import type { EndsAt, GreetingStep, HandledBy, RingStep, RoutingCall, RoutingOutcome, RoutingTarget } from '../core/routing.js';

/** Who a routed call was for, as the header names it. */
export interface OutcomeOwner {
  /** `101`, `101 (Alex Smith)`, `London Office`. */
  label: string;
  timeZone?: string;
}

const DEFAULT = ' (default)';

/** A ring target in words, as its part says it (`mobile apps`, `co-worker 102`). */
export function describeTarget(t: RoutingTarget): string {
  return ringTargetByKey(t)?.describe(t) ?? String(writtenKey(t));
}

/** `a`, `a and b`, `a, b and c`. */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function describeHandledBy(h: HandledBy): string {
  const what =
    h.kind === 'state'
      ? `state "${h.name}"`
      : h.kind === 'custom-rule'
        ? `custom rule "${h.name}"`
        : h.kind === 'ivr-key'
          ? h.name === 'noInput'
            ? 'no key pressed'
            : `key ${h.name}`
          : `${h.name} rule`;
  const priority = h.priority !== undefined ? ` (priority ${h.priority})` : '';
  return `${what}${priority}${h.default ? DEFAULT : ''}`;
}

/** `forwards to +14082324343`, `goes to voicemail`, `transfers to 1500`: as the end's part says it. */
export function describeEnd(e: EndsAt): string {
  const text = endByType(e.type)?.outcomeText(e) ?? `ends (${e.type})`;
  return `${text}${e.default ? DEFAULT : ''}`;
}

/** A greeting step in words, as its greeting action part says it (`greeting: welcome (preset 65536)`). */
function describeGreeting(g: GreetingStep): string {
  return greetingActionByStep(g.kind)?.stepText(g) ?? `greeting: ${g.kind} (${g.detail})`;
}

function describeRing(step: RingStep, order: 'at-once' | 'in-order'): string {
  const many = step.targets.length > 1;
  const together = many ? (order === 'at-once' ? ' at once' : ' together') : '';
  const alongside = step.alongside?.length ? `, with ${listWords(step.alongside.map(describeTarget))} ringing alongside` : '';
  // Groups at once with seconds of their own: each says how long it rings.
  const what = step.groups
    ? `${listWords(step.groups.map((g) => `${listWords(g.targets.map(describeTarget))} for ${g.seconds} s`))}${together}`
    : `${listWords(step.targets.map(describeTarget))}${together} for ${step.seconds} s`;
  return `rings ${what}${alongside}${step.default ? DEFAULT : ''}`;
}

/** A queue call that the user's state keeps from ringing this user at all. */
function notOffered(o: RoutingOutcome): boolean {
  return o.endsAt.type === answeredOnlyEnd.type && o.ring.length === 0;
}

/** The numbered steps of an outcome: greetings, ring steps, then how the call ends. */
export function outcomeSteps(o: RoutingOutcome): string[] {
  if (notOffered(o)) return ['not offered to this user: the queue offers the call to its next agent'];
  const steps = [...o.greetings.map(describeGreeting)];
  o.ring.forEach((step, i) => steps.push(`${i > 0 ? 'then ' : ''}${describeRing(step, o.ringOrder)}`));
  steps.push(`${o.ring.length > 0 ? 'then ' : ''}${describeEnd(o.endsAt)}`);
  return steps;
}

/** `Call from +16501111111 to 101 (Alex Smith) on Sat 2026-12-19 22:00 (America/Los_Angeles):` */
export function describeCall(call: RoutingCall, owner: OutcomeOwner): string {
  const when = parseCallTime(call.at);
  const at = when.ok ? formatMoment(when.value) : call.at;
  const from = call.callerName ? `${call.from} (${call.callerName})` : call.from;
  const via = call.to ? ` via ${call.to}` : '';
  const zone = owner.timeZone ?? 'local time';
  return `${call.queue ? 'Queue call' : 'Call'} from ${from} to ${owner.label}${via} on ${at} (${zone}):`;
}

/** A hop of a call's path as `ringform simulate` names it. */
export interface PathHop {
  kind: string;
  extensionNumber: string;
  name: string;
  handledBy: HandledBy;
  key?: string;
}

function describeHop(h: PathHop): string {
  const who =
    h.kind === 'company'
      ? 'the main number'
      : h.kind === 'ivr' || h.kind === 'queue'
        ? `${h.kind === 'ivr' ? 'IVR menu' : 'call queue'} ${[h.extensionNumber, h.name && h.name !== h.extensionNumber ? (h.extensionNumber ? `(${h.name})` : h.name) : ''].filter(Boolean).join(' ')}`
        : [h.extensionNumber, h.name].filter(Boolean).join(' ');
  return `${who} (${describeHandledBy(h.handledBy)})`;
}

/** `members in ring order: 102, then 101 (fixed order)`: who a call queue rings, and in what order. */
export function describeQueueMembers(q: NonNullable<RoutingOutcome['queue']>): string {
  if (q.members.length === 0) return 'members: none stated (the live members ring)';
  if (q.distribution === 'fixed-order') return `members in ring order: ${q.members.join(', then ')} (fixed order)`;
  if (q.distribution === 'simultaneous') return `members, all at once: ${listWords(q.members)} (simultaneous)`;
  return `members, the one idle longest first: ${listWords(q.members)} (longest idle)`;
}

/**
 * The readable flow `ringform simulate` prints. With more than one hop, the path comes first
 * (`path: the main number (business-hours rule) → IVR menu 1500 (Main IVR) (key 2) → …`) and
 * the rest speaks of the last hop; findings (a loop) are notes.
 */
export function renderOutcomeText(
  o: RoutingOutcome,
  call: RoutingCall,
  owner: OutcomeOwner,
  hops: PathHop[] = [],
  findings: string[] = [],
): string {
  const lines = [describeCall(call, owner)];
  if (hops.length > 1) lines.push(`  path: ${hops.map(describeHop).join(' → ')}`);
  lines.push(`  handled by ${describeHandledBy(o.handledBy)}`);
  if (o.queue) lines.push(`  ${describeQueueMembers(o.queue)}`);
  outcomeSteps(o).forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  for (const note of [...o.notes, ...findings]) lines.push(`  note: ${note}`);
  return lines.join('\n') + '\n';
}

/**
 * One line for tables: `custom rule "VIP" (priority 8): rings mobile apps for 20 s, then
 * forwards to +1…`; greetings are named together (`greets: welcome, screening`).
 */
export function outcomeSummary(o: RoutingOutcome): string {
  const greets = o.greetings.length > 0 && !notOffered(o) ? [`greets: ${listWords(o.greetings.map((g) => g.kind))}`] : [];
  const steps = outcomeSteps({ ...o, greetings: [] });
  return `${describeHandledBy(o.handledBy)}: ${[...greets, ...steps].join(', ')}`;
}
