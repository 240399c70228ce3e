import type { ApplyResult, Change, Plan, StepResult } from '../core/plan.js';

/** A step's fate including the one `ApplyResult` cannot state: apply stopped before it. */
export type OutcomeStatus = StepResult['status'] | 'not-attempted';

export interface StepOutcome {
  id: string;
  status: OutcomeStatus;
  /** Absent only for a result step whose id the plan does not contain. */
  change?: Change;
  step?: StepResult;
}

/**
 * Joins a plan and its apply result in execution order. Changes without a step result were
 * never attempted (apply was interrupted); result steps the plan does not know are kept at the
 * end rather than dropped, so nothing the API did goes unreported.
 */
export function applyOutcomes(plan: Plan, result: ApplyResult): StepOutcome[] {
  const steps = new Map(result.steps.map((s) => [s.id, s]));
  const known = new Set(plan.changes.map((c) => c.id));
  const outcomes: StepOutcome[] = plan.changes.map((change) => {
    const step = steps.get(change.id);
    return { id: change.id, status: step?.status ?? 'not-attempted', change, step };
  });
  for (const step of result.steps) {
    if (!known.has(step.id)) outcomes.push({ id: step.id, status: step.status, step });
  }
  return outcomes;
}

export function countNotAttempted(outcomes: StepOutcome[]): number {
  return outcomes.filter((o) => o.status === 'not-attempted').length;
}
