import type { DuplicateSweep } from '../core/plan.js';
import { cleanText } from './format-value.js';

/**
 * After apply: names found held more than once (two applies at once, or a create the server
 * finished after ringform gave up on it), which copy was kept and which were deleted.
 */
export function renderDuplicateSweepText(sweeps: DuplicateSweep[]): string {
  if (sweeps.length === 0) return '';
  const lines = sweeps.map((s) => {
    const deleted = s.deleted.length ? `deleted the copies this run created (${s.deleted.join(', ')})` : 'deleted nothing';
    const left = s.left.length ? `; left ${s.left.join(', ')} (not created by this run: delete by hand or see the next plan)` : '';
    return `! "${cleanText(s.name)}" [${s.change}] was held more than once after apply: kept the oldest (${s.kept}), ${deleted}${left}.`;
  });
  return `${lines.join('\n')}\n`;
}
