import { WEEKDAYS, type DateTimeRange, type Hours, type Schedule, type Weekday } from './manifest.js';
import { formatSeconds, parseLocalDateTime, parseTimeOfDay } from './time.js';

/**
 * The union of validated schedules of one form (`{use: [a, b]}`): every time they cover. A
 * single schedule is itself. Weekly lists are merged day by day and date ranges one after the
 * other; where two overlap or touch they become one range (RingCentral refuses overlapping
 * ranges of one day), and a range that overlaps nothing is kept as written.
 */
export function unionSchedules(schedules: Schedule[]): Schedule {
  if (schedules.length === 1) return schedules[0];
  if (schedules.every((s) => typeof s === 'object' && 'weekly' in s)) {
    const weekly: Partial<Record<Weekday, Hours[]>> = {};
    for (const day of WEEKDAYS) {
      const all = schedules.flatMap((s) => (s as { weekly: Partial<Record<Weekday, Hours[]>> }).weekly[day] ?? []);
      if (all.length > 0) weekly[day] = mergeHours(all);
    }
    return { weekly };
  }
  if (schedules.every((s) => typeof s === 'object' && 'ranges' in s)) {
    return { ranges: mergeDateRanges(schedules.flatMap((s) => (s as { ranges: DateTimeRange[] }).ranges)) };
  }
  throw new Error('unvalidated schedules: a union takes schedules of one form, weekly or ranges');
}

interface Span<T> {
  start: string | number;
  end: string | number;
  written: T;
}

/** Sorted by start; overlapping or touching spans become one, made by `join`. */
function merge<T>(spans: Span<T>[], join: (first: Span<T>, last: Span<T>) => T): T[] {
  const sorted = [...spans].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Span<T>[] = [];
  for (const span of sorted) {
    const prev = out[out.length - 1];
    if (prev && span.start <= prev.end) {
      const last = span.end > prev.end ? span : prev;
      out[out.length - 1] = { start: prev.start, end: last.end, written: join(prev, last) };
    } else out.push(span);
  }
  return out.map((s) => s.written);
}

function mergeHours(list: Hours[]): Hours[] {
  const spans = list.map((text) => {
    const [from, to] = text.split('-');
    return { start: seconds(from), end: seconds(to, true), written: text };
  });
  // The same text twice is one range, not an overlap to merge into a rewritten one.
  const unique = spans.filter((s, i) => spans.findIndex((o) => o.written === s.written) === i);
  return merge(unique, (first, last) => `${formatSeconds(Number(first.start))}-${formatSeconds(Number(last.end))}`);
}

function seconds(text: string, isEnd = false): number {
  const parsed = parseTimeOfDay(text, isEnd);
  if (!parsed.ok) throw new Error(`unvalidated schedule: ${parsed.error}`);
  // 23:59 and 23:59:59 end the day, like 24:00.
  return isEnd && parsed.value >= 23 * 3600 + 59 * 60 ? 24 * 3600 : parsed.value;
}

function mergeDateRanges(list: DateTimeRange[]): DateTimeRange[] {
  const spans = list.map((range) => ({ start: dateTime(range.from), end: dateTime(range.to, true), written: range }));
  const unique = spans.filter((s, i) => spans.findIndex((o) => o.start === s.start && o.end === s.end) === i);
  return merge(unique, (first, last) => ({ from: first.written.from, to: last.written.to }));
}

function dateTime(text: string, isEnd = false): string {
  const parsed = parseLocalDateTime(text, isEnd);
  if (!parsed.ok) throw new Error(`unvalidated schedule: ${parsed.error}`);
  return parsed.value;
}
