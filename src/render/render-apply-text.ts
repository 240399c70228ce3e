import type { ApplyResult, Plan, StepResult } from '../core/plan.js';
import { applyOutcomes, countNotAttempted, type OutcomeStatus, type StepOutcome } from './apply-outcome.js';
import { cleanText } from './format-value.js';
import { palette, type Palette } from './palette.js';
import { accountLine, noChangesLine } from './plan-summary.js';
import { actionLabel, targetLabel } from './target-label.js';

const INDENT = '    ';
const STATUS_LABEL: Record<OutcomeStatus, string> = {
  applied: '✓ applied',
  failed: '✗ failed',
  skipped: '○ skipped',
  'not-attempted': '· not attempted',
};
const STATUS_WIDTH = Math.max(...Object.values(STATUS_LABEL).map((l) => l.length));

/**
 * What `apply` did, one line per change in execution order: failures with the HTTP status and
 * RingCentral's errorCode and message, skips with the failed change that blocked them, and
 * changes never attempted. Ends with the counts and, when work is left, how to finish it.
 */
export function renderApplyText(plan: Plan, result: ApplyResult, opts: { colour: boolean }): string {
  const p = palette(opts.colour);
  const outcomes = applyOutcomes(plan, result);
  const lines = outcomes.length === 0 ? [noChangesLine(plan)] : outcomes.flatMap((o) => outcomeLines(o, p));
  const notAttempted = countNotAttempted(outcomes);
  const { applied, failed, skipped } = result.summary;
  const counts = [`${applied} applied`, `${failed} failed`, `${skipped} skipped`];
  if (notAttempted > 0) counts.push(`${notAttempted} not attempted`);
  const closing = [p.bold(`Apply: ${counts.join(', ')}.`)];
  if (failed + skipped + notAttempted > 0) {
    closing.push('Run ringform plan again to see what is left; apply again to finish.');
  }
  const account = accountLine(plan.account);
  return `${account ? `${p.bold(account)}\n\n` : ''}${lines.join('\n')}\n\n${closing.join('\n')}\n`;
}

function statusStyle(status: OutcomeStatus, p: Palette): (s: string) => string {
  if (status === 'applied') return p.ok;
  if (status === 'failed') return p.bad;
  if (status === 'skipped') return p.warn;
  return p.dim;
}

function outcomeLines(outcome: StepOutcome, p: Palette): string[] {
  const status = statusStyle(outcome.status, p)(STATUS_LABEL[outcome.status].padEnd(STATUS_WIDTH));
  const { change } = outcome;
  const what = change
    ? `${actionLabel(change.action)}  ${change.kind}  ${targetLabel(change.kind, change.target)}`
    : 'change not in this plan';
  const lines = [`${status}  ${what}  ${p.dim(`[${outcome.id}]`)}`];
  // Applied changes need no detail; everything else gets the request and the reason.
  if (outcome.status === 'applied') return lines;
  if (change) lines.push(`${INDENT}${change.method} ${p.dim(change.path)}`);
  const reason = reasonLine(outcome);
  if (reason) lines.push(`${INDENT}${outcome.status === 'failed' ? p.bad(reason) : reason}`);
  return lines;
}

function reasonLine(outcome: StepOutcome): string | undefined {
  const step = outcome.step;
  if (outcome.status === 'failed') return step?.error ? errorText(step.error) : 'failed without an error message';
  if (outcome.status === 'skipped') {
    const blockers = step?.blockedBy ?? [];
    return blockers.length > 0 ? `skipped because ${blockers.join(', ')} failed` : 'skipped because a change it depends on did not succeed';
  }
  if (outcome.status === 'not-attempted') return 'not attempted: apply stopped before this change';
  return undefined;
}

/** `HTTP 400 CMN-101: Parameter [name] value is invalid`, with whichever parts are known. */
export function errorText(error: NonNullable<StepResult['error']>): string {
  const head = [error.status !== undefined ? `HTTP ${error.status}` : '', error.errorCode ? cleanText(error.errorCode) : '']
    .filter(Boolean)
    .join(' ');
  const message = cleanText(error.message).trim();
  return head ? `${head}: ${message}` : message;
}
