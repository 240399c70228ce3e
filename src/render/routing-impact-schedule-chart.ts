import { DAY, formatClock } from '../core/local-time.js';
import { WEEKDAYS } from '../core/manifest.js';
import type { RoutingSchedule } from '../core/routing.js';

/** One bar row per day: a name (`before`, `after`, `work hours`) and its schedule. */
export interface ChartSeries {
  name: string;
  schedule: RoutingSchedule;
}

/** The first tag styles the bars: done (grey) for what was, active (blue) for what will be. */
const TAGS = ['done', 'active', 'crit'];

/** Mermaid task names end at `:` and lines at `;` or `#`: keep names plain. */
function plain(text: string): string {
  return text.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Mermaid parses `HH:mm` strictly, so the end of the day is drawn as 23:59. */
function clock(seconds: number): string {
  return seconds >= DAY ? '23:59' : formatClock(seconds - (seconds % 60));
}

function capital(day: string): string {
  return day[0].toUpperCase() + day.slice(1);
}

/**
 * A weekly schedule (work hours or business hours; one series, or before/after) as a Mermaid
 * gantt chart, which GitHub renders in Markdown: one section per weekday, the time of day on
 * the axis. A day without hours shows a `closed` milestone, since an empty section disappears.
 */
export function renderScheduleChart(title: string, series: ChartSeries[]): string {
  const lines = ['```mermaid', 'gantt', `    title ${plain(title)}`, '    dateFormat HH:mm', '    axisFormat %H:%M', '    todayMarker off'];
  for (const day of WEEKDAYS) {
    lines.push(`    section ${capital(day)}`);
    series.forEach((s, i) => {
      const tag = TAGS[i % TAGS.length];
      const windows = s.schedule.weekly?.[day] ?? [];
      if (windows.length === 0) lines.push(`    ${plain(s.name)} closed :milestone, 00:00, 0m`);
      for (const w of windows) lines.push(`    ${plain(s.name)} :${tag}, ${clock(w.start)}, ${clock(w.end)}`);
    });
  }
  lines.push('```');
  return lines.join('\n') + '\n';
}
