import type { RoutingImpact } from '../core/routing-impact.js';
import { escapeMarkdown, tableCell } from './markdown-escape.js';
import { renderScheduleChart } from './routing-impact-schedule-chart.js';
import { outcomeSummary } from './routing-outcome-text.js';
import { sampledDays } from './sampled-days.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A plan's routing impact for one user or site as Markdown for a pull request: the calls whose
 * handling changes (before → after), and a chart of the hours when they change.
 */
export function renderRoutingImpactMarkdown(impact: RoutingImpact): string {
  const parts = [`#### Who rings when: ${escapeMarkdown(impact.owner)}`, escapeMarkdown(`Calls ${sampledDays(impact)}.`)];
  if (impact.hours.changed) {
    parts.push(`The ${impact.hours.label} change:`);
    parts.push(
      renderScheduleChart(`${impact.hours.label} of ${impact.owner}`, [
        { name: 'before', schedule: impact.hours.before },
        { name: 'after', schedule: impact.hours.after },
      ]).trimEnd(),
    );
  }
  if (impact.rows.length === 0) {
    parts.push(`No change to who rings when (${plural(impact.checked, 'representative call')} checked).`);
    return parts.join('\n\n') + '\n';
  }
  const table = ['| call | before | after |', '| --- | --- | --- |'];
  for (const row of impact.rows) {
    const cells = [row.label, outcomeSummary(row.before), outcomeSummary(row.after)].map((c) => tableCell(escapeMarkdown(c)));
    table.push(`| ${cells.join(' | ')} |`);
  }
  parts.push(table.join('\n'));
  parts.push(`${plural(impact.rows.length, 'call')} of ${impact.checked} checked change${impact.rows.length === 1 ? 's' : ''}.`);
  return parts.join('\n\n') + '\n';
}
