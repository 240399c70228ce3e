import { isDeepStrictEqual } from 'node:util';
import { WEEKDAYS, type DateTimeRange, type Hours, type Schedule, type ScheduleForm, type Weekday } from '../core/manifest.js';
import {
  canonicalTriggers,
  canonicalV1WeeklyRanges,
  toTriggers,
  toV1WeeklyRanges,
  type Trigger,
  type V1WeeklyRanges,
} from '../core/schedule.js';
import { END_OF_DAY, canonicalDateTime, parseDateTimeRange, type TimeRange } from '../core/time.js';
import { fail, ok, type Converted } from './extension-refs.js';

/**
 * Live schedules → manifest schedules. Every conversion is checked by running the result back
 * through the functions compile uses (toTriggers, toV1WeeklyRanges, parseDateTimeRange) and
 * comparing canonical forms, so a schedule is written only when plan will see no difference.
 */

/** `09:00:00` → `09:00`; an end of `23:59:59` → `24:00`, the spelling that says "end of day". */
function formatTime(time: string, isEnd = false): string {
  if (isEnd && time === END_OF_DAY) return '24:00';
  return time.endsWith(':00') ? time.slice(0, 5) : time;
}

function hoursText(r: TimeRange): Hours {
  return `${formatTime(r.startTime)}-${formatTime(r.endTime, true)}`;
}

/** `2026-12-24T00:00:00` → `2026-12-24T00:00`; an end at 23:59:59 → `…T23:59` (the whole day). */
function formatDateTime(text: string, isEnd = false): string {
  const [date, time = ''] = text.split('T');
  if (isEnd && time === END_OF_DAY) return `${date}T23:59`;
  return `${date}T${formatTime(time)}`;
}

function describeTrigger(t: Trigger): string {
  if (t.triggerType === 'Daily') return `the daily schedule ${t.startTime}-${t.endTime}`;
  if (t.triggerType === 'Weekly') return `the weekly schedule ${JSON.stringify(t.ranges)}`;
  if (t.triggerType === 'Range') return `the date range schedule ${JSON.stringify(t.ranges)}`;
  return `a schedule trigger of type ${String((t as { triggerType?: unknown })?.triggerType)}`;
}

function weeklyFrom(ranges: Partial<Record<Weekday, TimeRange[]>>): Schedule {
  const weekly: Partial<Record<Weekday, Hours[]>> = {};
  for (const day of WEEKDAYS) {
    const list = ranges[day];
    if (list?.length) weekly[day] = list.map(hoursText);
  }
  return { weekly };
}

function scheduleOf(t: Trigger, forms: readonly ScheduleForm[]): Schedule | undefined {
  if (t.triggerType === 'Daily') {
    const always = t.startTime === '00:00:00' && t.endTime === END_OF_DAY;
    if (always && forms.includes('always')) return 'always';
    return forms.includes('daily') ? { daily: hoursText(t) } : undefined;
  }
  if (t.triggerType === 'Weekly' && forms.includes('weekly')) {
    return Object.keys(t.ranges).length > 0 ? weeklyFrom(t.ranges) : undefined;
  }
  if (t.triggerType === 'Range' && forms.includes('ranges') && t.ranges.length > 0) {
    if (t.ranges.some((r) => !r.startDateTime)) return undefined;
    return { ranges: t.ranges.map((r) => ({ from: formatDateTime(r.startDateTime), to: formatDateTime(r.endDateTime, true) })) };
  }
  return undefined;
}

function sameTriggers(schedule: Schedule, live: Trigger[]): boolean {
  try {
    return isDeepStrictEqual(canonicalTriggers(toTriggers(schedule)), live);
  } catch {
    return false; // toTriggers rejects what validation would reject (e.g. a range ending before it starts)
  }
}

/** v2 triggers (states, interaction-rule schedules) → a schedule in one of `forms`. */
export function triggersToSchedule(triggers: unknown, forms: readonly ScheduleForm[]): Converted<Schedule> {
  const live = canonicalTriggers(triggers);
  if (live.length !== 1) return fail(`a schedule with ${live.length} triggers`);
  const schedule = scheduleOf(live[0], forms);
  if (schedule === undefined || !sameTriggers(schedule, live)) return fail(describeTrigger(live[0]));
  return ok(schedule);
}

/** v1 weekly ranges (site business hours, site custom rules) → `always` or a weekly schedule. */
export function v1WeeklyToSchedule(weeklyRanges: unknown, allowAlways: boolean): Converted<Schedule> {
  const live = canonicalV1WeeklyRanges(weeklyRanges);
  const days = Object.keys(live) as Weekday[];
  if (days.length === 0) return allowAlways ? ok('always') : fail('an empty weekly schedule');
  const weekly: Partial<Record<Weekday, Hours[]>> = {};
  for (const day of WEEKDAYS) {
    const list = live[day];
    if (list?.length) weekly[day] = list.map((r) => `${r.from}-${r.to === '23:59' ? '24:00' : r.to}`);
  }
  const schedule: Schedule = { weekly };
  return sameV1Weekly(schedule, live) ? ok(schedule) : fail(`the weekly schedule ${JSON.stringify(live)}`);
}

function sameV1Weekly(schedule: Schedule, live: V1WeeklyRanges): boolean {
  try {
    return isDeepStrictEqual(canonicalV1WeeklyRanges(toV1WeeklyRanges(schedule)), live);
  } catch {
    return false;
  }
}

/** v1 date ranges (`{from, to}`, site custom rules) → manifest ranges. */
export function v1RangesToManifest(ranges: readonly { from?: string; to?: string }[]): Converted<DateTimeRange[]> {
  const out: DateTimeRange[] = [];
  for (const r of ranges) {
    if (typeof r.from !== 'string' || typeof r.to !== 'string') return fail('a date range without a start or an end');
    // Compared as the planner compares them: an end at 23:59 or 23:59:00 is the end of that day.
    const from = canonicalDateTime(r.from);
    const to = canonicalDateTime(r.to, true);
    const written = { from: formatDateTime(from), to: formatDateTime(to, true) };
    const parsed = parseDateTimeRange(written.from, written.to);
    if (!parsed.ok || parsed.value.start !== from || parsed.value.end !== to) return fail(`the date range ${r.from} to ${r.to}`);
    out.push(written);
  }
  return ok(out);
}
