import type { HandledBy, RingStep, RoutingOutcome, RuleAction } from '../core/routing.js';

/**
 * Rings at once are one step: every target together, for as long as the longest group rings;
 * when the groups' seconds differ, each group keeps its own (mobile apps 30 s, desktop apps 20 s).
 */
function ringSteps(action: RuleAction): RingStep[] {
  if (action.order === 'in-order' || action.ring.length <= 1) return action.ring.map((s) => ({ ...s, targets: [...s.targets] }));
  const step: RingStep = {
    targets: action.ring.flatMap((s) => s.targets),
    seconds: Math.max(...action.ring.map((s) => s.seconds)),
  };
  if (new Set(action.ring.map((s) => s.seconds)).size > 1) {
    step.groups = action.ring.map((s) => ({ targets: [...s.targets], seconds: s.seconds }));
  }
  if (action.ring.every((s) => s.default)) step.default = true;
  return [step];
}

/**
 * What a rule does with a call it handles: with a ring dispatching the caller hears the
 * greetings, the groups ring, and the "no answer" destination ends the call; with Terminate the
 * call goes straight to the immediate destination.
 */
export function outcomeOfAction(action: RuleAction, handledBy: HandledBy, notes: string[] = []): RoutingOutcome {
  const by: HandledBy = action.defaulted ? { ...handledBy, default: true } : handledBy;
  if (action.mode === 'terminate') {
    return { handledBy: by, greetings: [], ring: [], ringOrder: action.order, endsAt: { ...action.immediately }, notes };
  }
  // Ring-always apps ring alongside every step, for the whole ringing time.
  const ring = ringSteps(action).map((s) => (action.ringAlways?.length ? { ...s, alongside: [...action.ringAlways] } : s));
  const out: RoutingOutcome = {
    handledBy: by,
    greetings: action.greetings.map((g) => ({ ...g })),
    ring,
    ringOrder: action.order,
    endsAt: { ...action.ifNoAnswer },
    notes,
  };
  if (ring.length === 0) out.notes = [...notes, 'no ring group is enabled, so nothing rings before the call ends'];
  return out;
}
