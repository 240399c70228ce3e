import { WEEKDAYS } from '../core/manifest.js';
import type { PathSeg } from '../core/path.js';
import { parseHours, parseLocalDateTime, type TimeRange } from '../core/time.js';
import type { Reporter } from './findings.js';
import type { OwnerTable } from '../core/plan.js';
import { asList, asObj, child, childList, ownerTypeOf, type At, type Obj, type ManifestKind } from './walk.js';

/**
 * Checks the values inside every schedule: time ranges, weekly lists, date-time ranges.
 * Which forms a place accepts is the schema's job; this looks at what the forms contain.
 */
export function checkSchedules(doc: At<Obj>, kind: ManifestKind, report: Reporter, now: Date): void {
  for (const schedule of schedulesOf(doc, kind)) checkSchedule(schedule, report, now);
  SCHEDULE_PLACES[ownerTypeOf(kind)].also?.(doc, report);
}

/**
 * Where each owner type's documents write schedules besides custom rules' `when`: users in
 * their states (and they check forward-all-calls too), the v1 owners in business hours.
 */
export const SCHEDULE_PLACES: OwnerTable<{
  hours(doc: At<Obj>, push: (parent: At<Obj> | undefined, key: string) => void): void;
  also?(doc: At<Obj>, report: Reporter): void;
}> = {
  user: {
    hours(doc, push) {
      const states = child(doc, 'states');
      for (const state of ['work-hours', 'forward-all-calls', 'agent']) push(states && child(states, state), 'schedule');
    },
    also: checkForwardAllEnabled,
  },
  site: { hours: (doc, push) => push(child(doc, 'businessHours'), 'schedule') },
  company: { hours: (doc, push) => push(child(doc, 'businessHours'), 'schedule') },
  queue: { hours: (doc, push) => push(child(doc, 'businessHours'), 'schedule') },
  // An IVR menu has no schedule.
  ivr: { hours: () => {} },
};

/** Every schedule a document writes, user or site. */
export function schedulesOf(doc: At<Obj>, kind: ManifestKind): At<Obj>[] {
  const out: At<Obj>[] = [];
  const push = (parent: At<Obj> | undefined, key: string) => {
    const value = parent ? asObj(parent.value[key]) : undefined;
    if (parent && value) out.push({ path: [...parent.path, key], value });
  };
  SCHEDULE_PLACES[ownerTypeOf(kind)].hours(doc, push);
  for (const rule of childList(doc, 'customRules')) push(child(rule, 'when'), 'schedule');
  return out;
}

/** The values of one schedule (also a `kind: Schedule` document's). */
export function checkSchedule(schedule: At<Obj>, report: Reporter, now: Date): void {
  const { path, value } = schedule;
  if (typeof value.daily === 'string') {
    const parsed = parseHours(value.daily);
    if (!parsed.ok) report.error([...path, 'daily'], parsed.error);
  }
  const weekly = asObj(value.weekly);
  if (weekly) checkWeekly({ path: [...path, 'weekly'], value: weekly }, report);
  const ranges = childList(schedule, 'ranges');
  for (const range of ranges) checkDateTimeRange(range, report, now);
}

function checkWeekly(weekly: At<Obj>, report: Reporter): void {
  // Counted over every key and value, so a misspelt weekday or a day that is not a list is
  // reported once, by the schema, rather than again as "no ranges".
  const total = Object.values(weekly.value).reduce<number>((n, list) => n + (Array.isArray(list) ? list.length : 1), 0);
  if (total === 0) {
    report.error(weekly.path, 'a weekly schedule needs at least one time range');
    return;
  }
  for (const day of WEEKDAYS) {
    const valid: { range: TimeRange; text: string }[] = [];
    asList(weekly.value[day]).forEach((text, i) => {
      if (typeof text !== 'string') return;
      const parsed = parseHours(text);
      const at: PathSeg[] = [...weekly.path, day, i];
      if (!parsed.ok) return report.error(at, parsed.error);
      const overlapped = valid.find((v) => parsed.value.startTime < v.range.endTime && v.range.startTime < parsed.value.endTime);
      // RingCentral refuses a weekly schedule whose ranges of one day overlap (400 at apply).
      if (overlapped)
        report.error(at, `"${text}" overlaps "${overlapped.text}" on ${day}; RingCentral refuses overlapping ranges of one day`);
      valid.push({ range: parsed.value, text });
    });
  }
}

function checkDateTimeRange(range: At<Obj>, report: Reporter, now: Date): void {
  const { from, to } = range.value;
  const start = typeof from === 'string' ? parseLocalDateTime(from) : undefined;
  const end = typeof to === 'string' ? parseLocalDateTime(to, true) : undefined;
  if (start && !start.ok) report.error([...range.path, 'from'], start.error);
  if (end && !end.ok) report.error([...range.path, 'to'], end.error);
  if (!start?.ok || !end?.ok) return;
  if (start.value >= end.value) {
    report.error([...range.path, 'to'], `the range must end after it starts (from ${String(from)} to ${String(to)})`);
  } else if (end.value <= localDateTime(now)) {
    report.warning([...range.path, 'to'], `this range ended on ${String(to)}; it no longer matches any call`);
  }
}

/** RingCentral requires `enabled: true` when forward-all-calls has a Range schedule. */
function checkForwardAllEnabled(doc: At<Obj>, report: Reporter): void {
  const states = child(doc, 'states');
  const state = states && child(states, 'forward-all-calls');
  if (!state || state.value.enabled !== false || !asObj(state.value.schedule)?.ranges) return;
  report.error(
    [...state.path, 'enabled'],
    'forward-all-calls with a ranges schedule must be enabled (RingCentral requires enabled: true with a Range)',
  );
}

/** The clock's local time as `YYYY-MM-DDTHH:MM:SS`, the form ranges are compared in. */
export function localDateTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${date}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}
