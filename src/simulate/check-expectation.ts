import type { EndsAt, HandledBy, RoutingOutcome, RoutingTarget } from '../core/routing.js';
import type { ExpectedEnd, RoutingExpectation } from '../core/routing-test.js';
import { ringTargetByKey } from '../parts/registry.js';
import { e164OrAsWritten, refLabel, sameLabel } from './ext-ref-label.js';
import { targetOf } from './rule-body-to-action.js';

function targetText(t: RoutingTarget): string {
  return ringTargetByKey(t)?.expectText(t) ?? JSON.stringify(t);
}

function targetKey(t: RoutingTarget): string {
  return ringTargetByKey(t)?.expectKey(t) ?? JSON.stringify(t);
}

/** Every target that rings, in ring order; ring-always apps ring alongside every step and count once, where they first ring. */
function ringingTargets(outcome: RoutingOutcome): RoutingTarget[] {
  const out: RoutingTarget[] = [];
  const alongside = new Set<string>();
  for (const s of outcome.ring) {
    out.push(...s.targets);
    for (const t of s.alongside ?? []) {
      if (!alongside.has(targetKey(t))) out.push(t);
      alongside.add(targetKey(t));
    }
  }
  return out;
}

function handledByText(h: HandledBy): string {
  const kind =
    h.kind === 'state' ? 'state' : h.kind === 'custom-rule' ? 'custom rule' : h.kind === 'company-rule' ? 'company rule' : 'site rule';
  return `${kind} "${h.name}"`;
}

function endText(e: EndsAt): string {
  switch (e.type) {
    case 'voicemail':
      return e.target ? `voicemail of ${e.target}` : 'voicemail';
    case 'forward':
      return `forward to ${e.target}`;
    case 'transfer':
      return e.target ? `transfer to ${e.target}` : 'transfer to the destination set live';
    case 'answered-only':
      return 'answered only';
    case 'raw':
      return String(e.target);
    default:
      return e.type;
  }
}

function expectedEndText(x: ExpectedEnd): string {
  if ('voicemail' in x) return x.voicemail?.mailbox !== undefined ? `voicemail of ${refLabel(x.voicemail.mailbox)}` : 'voicemail';
  if ('forward' in x) return `forward to ${refLabel(x.forward)}`;
  if ('transfer' in x) return `transfer to ${refLabel(x.transfer)}`;
  if ('announcement' in x) return 'announcement';
  if ('operator' in x) return 'operator';
  if ('disconnect' in x) return 'disconnect';
  return 'answered only';
}

/** A forward target is compared as a phone number when the outcome forwards to one. */
function endMatches(x: ExpectedEnd, e: EndsAt): boolean {
  const target = e.target ?? '';
  if ('voicemail' in x)
    return e.type === 'voicemail' && (x.voicemail?.mailbox === undefined || sameLabel(refLabel(x.voicemail.mailbox), target));
  if ('forward' in x) {
    if (e.type !== 'forward') return false;
    return e.targetType === 'phone' ? e164OrAsWritten(refLabel(x.forward)) === target : sameLabel(refLabel(x.forward), target);
  }
  if ('transfer' in x) return e.type === 'transfer' && sameLabel(refLabel(x.transfer), target);
  if ('announcement' in x) return e.type === 'announcement';
  if ('operator' in x) return e.type === 'operator';
  if ('disconnect' in x) return e.type === 'disconnect';
  return e.type === 'answered-only';
}

/**
 * The differences between what a RoutingTest call expects and what the model says happens,
 * one readable line each (`expected handledBy "VIP", got state "after-hours"`); empty when the
 * call passes.
 */
export function expectationDiffs(expect: RoutingExpectation, outcome: RoutingOutcome): string[] {
  const diffs: string[] = [];
  if (expect.handledBy !== undefined && expect.handledBy !== outcome.handledBy.name) {
    diffs.push(`expected handledBy "${expect.handledBy}", got ${handledByText(outcome.handledBy)}`);
  }
  if (expect.endsAt !== undefined && !endMatches(expect.endsAt, outcome.endsAt)) {
    diffs.push(`expected endsAt ${expectedEndText(expect.endsAt)}, got ${endText(outcome.endsAt)}`);
  }
  if (expect.rings !== undefined) {
    const want = expect.rings.map(targetOf);
    const got = ringingTargets(outcome);
    if (want.map(targetKey).join('|') !== got.map(targetKey).join('|')) {
      diffs.push(`expected rings [${want.map(targetText).join(', ')}], got [${got.map(targetText).join(', ')}]`);
    }
  }
  return diffs;
}
