import { DAY } from '../core/local-time.js';
import { WEEKDAYS } from '../core/manifest.js';
import type { DayWindow, RoutingSchedule } from '../core/routing.js';
import { mergeWindows, windowsOn } from './schedule-model.js';

/** Date ranges spanning more days than this are not walked day by day; answers stay conservative. */
const MAX_DAYS = 800;

function windowsCover(outer: DayWindow[], inner: DayWindow[]): boolean {
  const merged = mergeWindows(outer);
  return inner.every((w) => merged.some((o) => o.start <= w.start && w.end <= o.end));
}

function windowsIntersect(a: DayWindow[], b: DayWindow[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

/** Local midnights of every day a schedule's date ranges touch; undefined when too many. */
function rangeDays(schedule: RoutingSchedule): number[] | undefined {
  const days = new Set<number>();
  for (const r of schedule.ranges ?? []) {
    const first = Math.floor(r.start / DAY) * DAY;
    if ((r.end - first) / DAY > MAX_DAYS) return undefined;
    for (let d = first; d < r.end; d += DAY) days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}

/** True when every moment `inner` matches, `outer` matches too. */
export function scheduleCovers(outer: RoutingSchedule, inner: RoutingSchedule): boolean {
  const weeklyCovered = WEEKDAYS.every((day) => windowsCover(outer.weekly?.[day] ?? [], inner.weekly?.[day] ?? []));
  if (!weeklyCovered) return false;
  const days = rangeDays(inner);
  if (!days) return false;
  const rangesOnly: RoutingSchedule = { ranges: inner.ranges };
  return days.every((d) => windowsCover(windowsOn(outer, d), windowsOn(rangesOnly, d)));
}

/** True when some moment matches both schedules (yes when it cannot tell). */
export function schedulesOverlap(a: RoutingSchedule, b: RoutingSchedule): boolean {
  if (WEEKDAYS.some((day) => windowsIntersect(a.weekly?.[day] ?? [], b.weekly?.[day] ?? []))) return true;
  const daysA = rangeDays(a);
  const daysB = rangeDays(b);
  if (!daysA || !daysB) return true;
  return [...daysA, ...daysB].some((d) => windowsIntersect(windowsOn(a, d), windowsOn(b, d)));
}
