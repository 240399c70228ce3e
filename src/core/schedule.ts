import { WEEKDAYS, type Schedule, type ScheduleForm, type Weekday } from './manifest.js';
import { END_OF_DAY, canonicalDateTime, canonicalTime, parseDateTimeRange, parseHours, type TimeRange } from './time.js';

/** Which of the four written forms a schedule uses (`undefined` when it is none of them). */
export function scheduleForm(schedule: unknown): ScheduleForm | undefined {
  if (schedule === 'always') return 'always';
  if (schedule && typeof schedule === 'object') {
    if ('daily' in schedule) return 'daily';
    if ('weekly' in schedule) return 'weekly';
    if ('ranges' in schedule) return 'ranges';
  }
  return undefined;
}

/** RingCentral v2 trigger objects (`CommDailyTrigger`, `CommWeeklyTrigger`, `CommRangeTrigger`). */
export type Trigger =
  | { triggerType: 'Daily'; startTime: string; endTime: string }
  | { triggerType: 'Weekly'; ranges: Partial<Record<Weekday, TimeRange[]>> }
  | { triggerType: 'Range'; ranges: { startDateTime: string; endDateTime: string }[] };

export const ALWAYS_TRIGGER: Trigger = { triggerType: 'Daily', startTime: '00:00:00', endTime: END_OF_DAY };

function mustHours(text: string): TimeRange {
  const r = parseHours(text);
  if (!r.ok) throw new Error(`unvalidated schedule: ${r.error}`);
  return r.value;
}

/** Manifest schedule → v2 triggers. The schedule must already be validated. */
export function toTriggers(schedule: Schedule): Trigger[] {
  if (schedule === 'always') return [{ ...ALWAYS_TRIGGER }];
  if ('daily' in schedule) return [{ triggerType: 'Daily', ...mustHours(schedule.daily) }];
  if ('weekly' in schedule) {
    const ranges: Partial<Record<Weekday, TimeRange[]>> = {};
    for (const day of WEEKDAYS) {
      const list = schedule.weekly[day];
      if (list && list.length > 0) ranges[day] = sortRanges(list.map(mustHours));
    }
    return [{ triggerType: 'Weekly', ranges }];
  }
  return [
    {
      triggerType: 'Range',
      ranges: schedule.ranges.map((r) => {
        const p = parseDateTimeRange(r.from, r.to);
        if (!p.ok) throw new Error(`unvalidated schedule: ${p.error}`);
        return { startDateTime: p.value.start, endDateTime: p.value.end };
      }),
    },
  ];
}

function sortRanges(list: TimeRange[]): TimeRange[] {
  return [...list].sort((a, b) => a.startTime.localeCompare(b.startTime) || a.endTime.localeCompare(b.endTime));
}

/**
 * A v2 trigger as a live or desired object holds it: the spec's fields, none trusted to be
 * there (a missing time passes through as it is, and then compares unequal).
 */
interface TriggerAsRead {
  triggerType?: string;
  startTime: string;
  endTime: string;
  ranges?: unknown;
}

/**
 * Canonical form of live or desired triggers, so both sides compare equal when they mean the
 * same thing: `HH:MM:SS` times, end-of-day as `23:59:59`, empty weekdays dropped, ranges sorted.
 */
export function canonicalTriggers(triggers: unknown): Trigger[] {
  if (!Array.isArray(triggers)) return [];
  return triggers.map((item: unknown): Trigger => {
    const t = item as TriggerAsRead | null | undefined;
    if (t?.triggerType === 'Daily') {
      return { triggerType: 'Daily', startTime: canonicalTime(t.startTime), endTime: canonicalTime(t.endTime, true) };
    }
    if (t?.triggerType === 'Weekly') {
      const ranges: Partial<Record<Weekday, TimeRange[]>> = {};
      const days = t.ranges as Partial<Record<Weekday, unknown>> | undefined;
      for (const day of WEEKDAYS) {
        const list = days?.[day];
        if (Array.isArray(list) && list.length > 0) {
          ranges[day] = sortRanges(
            list.map((r: TimeRange) => ({ startTime: canonicalTime(r.startTime), endTime: canonicalTime(r.endTime, true) })),
          );
        }
      }
      return { triggerType: 'Weekly', ranges };
    }
    if (t?.triggerType === 'Range') {
      const ranges = (t.ranges ?? []) as { startDateTime?: string; endDateTime: string }[];
      return {
        triggerType: 'Range',
        ranges: ranges.map((r) => {
          const end = canonicalDateTime(r.endDateTime, true);
          // A range without a start (from the beginning) keeps none.
          if (r.startDateTime === undefined) return { endDateTime: end } as { startDateTime: string; endDateTime: string };
          return { startDateTime: canonicalDateTime(r.startDateTime), endDateTime: end };
        }),
      };
    }
    return item as Trigger;
  });
}

/** True when v2 triggers cover every second of every day (RingCentral's 24/7). */
export function triggersAreAlways(triggers: unknown): boolean {
  const list = canonicalTriggers(triggers);
  if (list.length !== 1) return false;
  const t = list[0];
  if (t.triggerType === 'Daily') return t.startTime === '00:00:00' && t.endTime === END_OF_DAY;
  if (t.triggerType === 'Weekly') {
    return WEEKDAYS.every((d) => {
      const r = t.ranges[d];
      return r?.length === 1 && r[0].startTime === '00:00:00' && r[0].endTime === END_OF_DAY;
    });
  }
  return false;
}

/** True when a written schedule means 24/7. */
export function scheduleIsAlways(schedule: Schedule): boolean {
  return triggersAreAlways(toTriggers(schedule));
}

/** v1 (`business-hours`, answering-rule) weekly ranges use `HH:MM` from/to. */
export type V1WeeklyRanges = Partial<Record<Weekday, { from: string; to: string }[]>>;

const hhmm = (t: string) => t.slice(0, 5);

/** Manifest weekly/always schedule → v1 `weeklyRanges` (`{}` means 24/7). */
export function toV1WeeklyRanges(schedule: Schedule): V1WeeklyRanges {
  if (schedule === 'always') return {};
  const [t] = toTriggers(schedule);
  if (t.triggerType !== 'Weekly') throw new Error('v1 weekly ranges need a weekly schedule');
  return v1FromWeekly(t.ranges);
}

function v1FromWeekly(ranges: Partial<Record<Weekday, TimeRange[]>>): V1WeeklyRanges {
  const out: V1WeeklyRanges = {};
  for (const day of WEEKDAYS) {
    const list = ranges[day];
    if (list?.length) out[day] = list.map((r) => ({ from: hhmm(r.startTime), to: hhmm(r.endTime) }));
  }
  return out;
}

/** Canonical v1 weekly ranges (`HH:MM`, end of day `23:59`, sorted, empty days dropped). */
export function canonicalV1WeeklyRanges(weekly: unknown): V1WeeklyRanges {
  const src = (weekly ?? {}) as Record<string, { from?: string; to?: string }[]>;
  const ranges: Partial<Record<Weekday, TimeRange[]>> = {};
  for (const day of WEEKDAYS) {
    const list = src[day];
    if (Array.isArray(list) && list.length > 0) {
      ranges[day] = sortRanges(list.map((r) => ({ startTime: canonicalTime(r.from ?? ''), endTime: canonicalTime(r.to ?? '', true) })));
    }
  }
  return v1FromWeekly(ranges);
}

/** True when v1 weekly ranges mean 24/7: empty, or every day 00:00 to the end of the day. */
export function v1WeeklyIsAlways(weekly: unknown): boolean {
  const c = canonicalV1WeeklyRanges(weekly);
  const days = Object.keys(c);
  if (days.length === 0) return true;
  return WEEKDAYS.every((d) => c[d]?.length === 1 && c[d]![0].from === '00:00' && c[d]![0].to === '23:59');
}
