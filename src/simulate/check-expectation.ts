import type { EndsAt, HandledBy, RoutingOutcome, RoutingTarget } from '../core/routing.js';
import type { ExpectedEnd, RoutingExpectation } from '../core/routing-test.js';
import type { EndPart } from '../parts/part.js';
import { endByExpectKey, endByType, ringTargetByKey } from '../parts/registry.js';
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
  const kinds: Record<HandledBy['kind'], string> = {
    state: 'state',
    'custom-rule': 'custom rule',
    'company-rule': 'company rule',
    'site-rule': 'site rule',
    'queue-rule': 'queue rule',
    'ivr-key': 'IVR key',
  };
  return `${kinds[h.kind]} "${h.name}"`;
}

/** The outcome's end in routing-test words, as its end part says it (`voicemail of 102`). */
function endText(e: EndsAt): string {
  return endByType(e.type)?.expectText(e) ?? e.type;
}

/** `endsAt: {<key>: <value>}` and the end part whose routing-test form it is (the schema admits no other key). */
function expected(x: ExpectedEnd): { part?: EndPart; value: unknown } {
  const key = Object.keys(x)[0] ?? '';
  return { part: endByExpectKey(key), value: x[key] };
}

function expectedEndText(x: ExpectedEnd): string {
  const { part, value } = expected(x);
  return part?.expect ? part.expect.text(value) : JSON.stringify(x);
}

/** The outcome ends at the expected end part, and that part says the details match. */
function endMatches(x: ExpectedEnd, e: EndsAt): boolean {
  const { part, value } = expected(x);
  return part?.expect !== undefined && part.type === e.type && part.expect.matches(value, e);
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
    // A queue that rings simultaneously or longest-idle first has no fixed order (cli.md): members in any order.
    const anyOrder = outcome.queue !== undefined && outcome.queue.distribution !== 'fixed-order';
    const keys = (ts: RoutingTarget[]) => (anyOrder ? ts.map(targetKey).sort() : ts.map(targetKey)).join('|');
    if (keys(want) !== keys(got)) {
      diffs.push(`expected rings [${want.map(targetText).join(', ')}], got [${got.map(targetText).join(', ')}]`);
    }
  }
  return diffs;
}
