import type { RoutingImpact } from '../core/routing-impact.js';
import { outcomeSummary } from './routing-outcome-text.js';
import { sampledDays } from './sampled-days.js';

/** A plan's routing impact for one user or site, for the terminal: each changed call, before and after. */
export function renderRoutingImpactText(impact: RoutingImpact): string {
  const lines = [`Who rings when: ${impact.owner}, ${sampledDays(impact)}`];
  if (impact.rows.length === 0) {
    lines.push(`  no change (${impact.checked} representative calls checked)`);
    return lines.join('\n') + '\n';
  }
  for (const row of impact.rows) {
    lines.push(`  ${row.label}`);
    lines.push(`    before: ${outcomeSummary(row.before)}`);
    lines.push(`    after:  ${outcomeSummary(row.after)}`);
  }
  lines.push(`  ${impact.rows.length} of ${impact.checked} representative calls change`);
  return lines.join('\n') + '\n';
}
