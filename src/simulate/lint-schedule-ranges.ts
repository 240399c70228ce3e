import { formatClock, formatStamp, rangeStartStamp } from '../core/local-time.js';
import { WEEKDAYS } from '../core/manifest.js';
import type { DayWindow, RoutingSchedule, StampRange } from '../core/routing.js';
import type { RoutingFinding } from './lint-routing.js';

const hours = (w: DayWindow) => `${formatClock(w.start)}-${formatClock(w.end)}`;
const when = (stamp: number) => formatStamp(stamp).replace('T', ' ').slice(0, 16);
const span = (r: StampRange) => `${when(r.start)} → ${when(r.end)}`;

function weeklyFindings(s: RoutingSchedule): RoutingFinding[] {
  const out: RoutingFinding[] = [];
  for (const day of WEEKDAYS) {
    const list = s.weekly?.[day] ?? [];
    list.forEach((w, k) => {
      const other = list.slice(0, k).find((o) => o.start < w.end && w.start < o.end);
      if (other) out.push({ path: [...s.path!, 'weekly', day, k], message: `"${hours(w)}" overlaps "${hours(other)}" on ${day}` });
    });
  }
  return out;
}

function rangeFindings(s: RoutingSchedule, now: number): RoutingFinding[] {
  const out: RoutingFinding[] = [];
  const list = s.ranges ?? [];
  list.forEach((r, j) => {
    const path = [...s.path!, 'ranges', j];
    if (r.end <= now) out.push({ path, message: `this range ended at ${when(r.end)}; it no longer matches any call` });
    const other = list.findIndex((o, i) => i < j && o.start < r.end && r.start < o.end);
    if (other >= 0) out.push({ path, message: `this range (${span(r)}) overlaps ranges[${other}] (${span(list[other])})` });
  });
  return out;
}

/**
 * Overlapping windows or ranges within one written schedule (one of them is redundant, or a
 * typo), and date ranges that have already ended. Only schedules a manifest wrote as `weekly`
 * or `ranges` have anything to report; `now` is a local date-time.
 */
export function lintScheduleRanges(s: RoutingSchedule, now: string): RoutingFinding[] {
  if (!s.path) return [];
  const stamp = rangeStartStamp(now);
  if (!stamp.ok) throw new Error(`lint: ${stamp.error}`);
  if (s.form === 'weekly') return weeklyFindings(s);
  if (s.form === 'ranges') return rangeFindings(s, stamp.value);
  return [];
}
