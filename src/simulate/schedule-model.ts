import { WEEKDAYS, type Schedule, type Weekday } from '../core/manifest.js';
import type { PathSeg } from '../core/path.js';
import type { DayWindow, RoutingSchedule, StampRange } from '../core/routing.js';
import { parseHours } from '../core/time.js';
import { DAY, momentOf, rangeEndStamp, rangeStartStamp, timeSeconds, type LocalMoment } from '../core/local-time.js';

/** 24/7: RingCentral's default for work hours, business hours and forward-all-calls. */
export function alwaysSchedule(): RoutingSchedule {
  return { weekly: everyDay({ start: 0, end: DAY }), form: 'always' };
}

function everyDay(window: DayWindow): Partial<Record<Weekday, DayWindow[]>> {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, [{ ...window }]]));
}

function window(start: string, end: string): DayWindow | undefined {
  const s = timeSeconds(start);
  const e = timeSeconds(end, true);
  return s.ok && e.ok && s.value < e.value ? { start: s.value, end: e.value } : undefined;
}

function hoursWindow(text: string): DayWindow | undefined {
  const parsed = parseHours(String(text));
  return parsed.ok ? window(parsed.value.startTime, parsed.value.endTime) : undefined;
}

function stampRange(from: string, to: string): StampRange | undefined {
  const s = rangeStartStamp(String(from));
  const e = rangeEndStamp(String(to));
  return s.ok && e.ok ? { start: s.value, end: e.value } : undefined;
}

/**
 * A manifest schedule (already validated) → model. Weekly windows and ranges keep the order
 * they are written in, so lint can point at `weekly.monday[1]` or `ranges[0]`.
 */
export function scheduleFromManifest(schedule: Schedule, path?: PathSeg[]): RoutingSchedule {
  if (schedule === 'always') return { ...alwaysSchedule(), path };
  if ('daily' in schedule) {
    const w = hoursWindow(schedule.daily);
    return { weekly: w ? everyDay(w) : {}, form: 'daily', path };
  }
  if ('weekly' in schedule) {
    const weekly: Partial<Record<Weekday, DayWindow[]>> = {};
    for (const day of WEEKDAYS) {
      const list = (schedule.weekly[day] ?? []).map(hoursWindow).filter((w): w is DayWindow => w !== undefined);
      if (list.length) weekly[day] = list;
    }
    return { weekly, form: 'weekly', path };
  }
  const ranges = schedule.ranges.map((r) => stampRange(r.from, r.to)).filter((r): r is StampRange => r !== undefined);
  return { ranges, form: 'ranges', path };
}

/** v2 triggers (Daily, Weekly, Range; several are a union) → model. */
export function scheduleFromTriggers(triggers: unknown): RoutingSchedule {
  const out: RoutingSchedule = {};
  for (const t of Array.isArray(triggers) ? triggers : []) {
    if (t?.triggerType === 'Daily') {
      const w = window(String(t.startTime), String(t.endTime));
      if (w) for (const day of WEEKDAYS) (out.weekly ??= {})[day] = [...(out.weekly?.[day] ?? []), w];
    } else if (t?.triggerType === 'Weekly') {
      for (const day of WEEKDAYS) {
        for (const r of t.ranges?.[day] ?? []) {
          const w = window(String(r.startTime), String(r.endTime));
          if (w) (out.weekly ??= {})[day] = [...(out.weekly?.[day] ?? []), w];
        }
      }
    } else if (t?.triggerType === 'Range') {
      for (const r of t.ranges ?? []) {
        const range = stampRange(String(r.startDateTime), String(r.endDateTime));
        if (range) (out.ranges ??= []).push(range);
      }
    }
  }
  return out;
}

/** v1 `weeklyRanges` (`{monday: [{from: "09:00", to: "17:00"}]}`); empty means 24/7. */
export function scheduleFromV1Weekly(weeklyRanges: unknown): RoutingSchedule {
  const src = (weeklyRanges ?? {}) as Record<string, { from?: string; to?: string }[]>;
  const weekly: Partial<Record<Weekday, DayWindow[]>> = {};
  for (const day of WEEKDAYS) {
    const list = (Array.isArray(src[day]) ? src[day] : [])
      .map((r) => window(String(r.from ?? ''), String(r.to ?? '')))
      .filter((w): w is DayWindow => w !== undefined);
    if (list.length) weekly[day] = list;
  }
  return Object.keys(weekly).length ? { weekly } : alwaysSchedule();
}

/** v1 `ranges` (`[{from, to}]`) → model. */
export function scheduleFromV1Ranges(ranges: unknown): RoutingSchedule {
  const list = (Array.isArray(ranges) ? ranges : [])
    .map((r: { from?: unknown; to?: unknown } | undefined) => stampRange(String(r?.from), String(r?.to)))
    .filter((r): r is StampRange => r !== undefined);
  return { ranges: list };
}

export function scheduleMatches(schedule: RoutingSchedule, m: LocalMoment): boolean {
  const windows = schedule.weekly?.[m.weekday] ?? [];
  if (windows.some((w) => w.start <= m.seconds && m.seconds < w.end)) return true;
  return (schedule.ranges ?? []).some((r) => r.start <= m.stamp && m.stamp < r.end);
}

/** Sorted, merged windows. */
export function mergeWindows(list: DayWindow[]): DayWindow[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: DayWindow[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else out.push({ ...w });
  }
  return out;
}

/** The windows of one calendar day (`dayStamp` = its local midnight) in which a schedule matches. */
export function windowsOn(schedule: RoutingSchedule, dayStamp: number): DayWindow[] {
  const weekday = momentOf(dayStamp).weekday;
  const list = [...(schedule.weekly?.[weekday] ?? [])];
  for (const r of schedule.ranges ?? []) {
    const start = Math.max(r.start, dayStamp) - dayStamp;
    const end = Math.min(r.end, dayStamp + DAY) - dayStamp;
    if (start < end) list.push({ start, end });
  }
  return mergeWindows(list);
}

/** The weekly complement (after hours of work hours); ranges have no complement here. */
export function complementWeekly(schedule: RoutingSchedule): RoutingSchedule {
  const weekly: Partial<Record<Weekday, DayWindow[]>> = {};
  for (const day of WEEKDAYS) {
    const gaps: DayWindow[] = [];
    let at = 0;
    for (const w of mergeWindows(schedule.weekly?.[day] ?? [])) {
      if (w.start > at) gaps.push({ start: at, end: w.start });
      at = Math.max(at, w.end);
    }
    if (at < DAY) gaps.push({ start: at, end: DAY });
    if (gaps.length) weekly[day] = gaps;
  }
  return { weekly };
}

/** True when the schedule covers every second of every weekday. */
export function isAlways(schedule: RoutingSchedule): boolean {
  return WEEKDAYS.every((day) => {
    const merged = mergeWindows(schedule.weekly?.[day] ?? []);
    return merged.length === 1 && merged[0].start === 0 && merged[0].end === DAY;
  });
}
