import type { ApplyResult, Plan } from '../core/plan.js';
import { applyOutcomes, countNotAttempted, type StepOutcome } from './apply-outcome.js';
import { pick, stringifyStable, targetJson, accountJson } from './json-shapes.js';

/**
 * The apply result as stable JSON: `{formatVersion, steps, summary}`, steps in execution order
 * with the change they ran. Changes apply never reached are listed with status
 * `not-attempted` and counted in `summary.notAttempted`, so the JSON accounts for every change.
 */
export function renderApplyJson(plan: Plan, result: ApplyResult): string {
  const outcomes = applyOutcomes(plan, result);
  return stringifyStable({
    formatVersion: 1,
    ...(plan.account ? { account: accountJson(plan.account) } : {}),
    steps: outcomes.map(stepJson),
    summary: {
      applied: result.summary.applied,
      failed: result.summary.failed,
      skipped: result.summary.skipped,
      notAttempted: countNotAttempted(outcomes),
    },
    ...(result.duplicates?.length
      ? { duplicates: result.duplicates.map((d) => pick(d, ['change', 'name', 'kept', 'deleted', 'left'])) }
      : {}),
  });
}

function stepJson(outcome: StepOutcome): Record<string, unknown> {
  const { change, step } = outcome;
  const out: Record<string, unknown> = { id: outcome.id, status: outcome.status };
  if (change) {
    // Same fields, same order as a plan change's head, so one reader handles both files.
    out.action = change.action;
    out.kind = change.kind;
    out.target = targetJson(change.target);
    out.method = change.method;
    out.path = change.path;
  }
  if (step?.error) out.error = pick(step.error, ['status', 'errorCode', 'message']);
  if (step?.blockedBy) out.blockedBy = [...step.blockedBy];
  return out;
}
