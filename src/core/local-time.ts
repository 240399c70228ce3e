import { WEEKDAYS, type Weekday } from './manifest.js';
import { parseLocalDateTime, parseTimeOfDay, type Parsed } from './time.js';

/**
 * Local wall-clock time as plain numbers. A local date-time is read as if it were UTC, which
 * gives a day count and weekday without any time-zone or daylight-saving arithmetic: RingCentral
 * evaluates schedules in the extension's own zone, and so does the model.
 */
export interface LocalMoment {
  /** Seconds since 1970-01-01T00:00 local. */
  stamp: number;
  /** `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  /** Seconds since local midnight. */
  seconds: number;
}

export const DAY = 86400;

const END_OF_DAY_TIMES = [23 * 3600 + 59 * 60, 23 * 3600 + 59 * 60 + 59, DAY];

/** A range end written as 23:59, 23:59:59 or 24:00 means the end of the day (exclusive 86400). */
export function dayEnd(seconds: number): number {
  return END_OF_DAY_TIMES.includes(seconds) ? DAY : seconds;
}

/** `YYYY-MM-DDTHH:MM:SS` (already canonical) → local stamp. */
function stampOf(canonical: string): number {
  const [date, time] = canonical.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
}

export function momentOf(stamp: number): LocalMoment {
  const d = new Date(stamp * 1000);
  const iso = d.toISOString();
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  const weekday = WEEKDAYS[(d.getUTCDay() + 6) % 7];
  return { stamp, date: iso.slice(0, 10), weekday, seconds: ((stamp % DAY) + DAY) % DAY };
}

/** `2026-12-19T22:00`, also with a space instead of `T`, seconds optional. */
export function parseCallTime(text: string): Parsed<LocalMoment> {
  const parsed = parseLocalDateTime(String(text).trim().replace(' ', 'T'));
  if (!parsed.ok) return parsed;
  return { ok: true, value: momentOf(stampOf(parsed.value)) };
}

/** Start of a date-time range (as written or as the API returns it) → stamp. */
export function rangeStartStamp(text: string): Parsed<number> {
  const parsed = parseLocalDateTime(text.replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/, ''));
  return parsed.ok ? { ok: true, value: stampOf(parsed.value) } : parsed;
}

/** End of a date-time range → exclusive stamp: an end-of-day end covers the whole day. */
export function rangeEndStamp(text: string): Parsed<number> {
  const clean = text.replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  const parsed = parseLocalDateTime(clean, true);
  if (!parsed.ok) return parsed;
  const stamp = stampOf(parsed.value);
  const seconds = ((stamp % DAY) + DAY) % DAY;
  return { ok: true, value: stamp - seconds + dayEnd(seconds) };
}

/** `HH:MM[:SS]` → seconds; `end` maps the end-of-day spellings to 86400. */
export function timeSeconds(text: string, end = false): Parsed<number> {
  const parsed = parseTimeOfDay(text, end);
  if (!parsed.ok) return parsed;
  return { ok: true, value: end ? dayEnd(parsed.value) : parsed.value };
}

export function formatClock(seconds: number): string {
  if (seconds >= DAY) return '24:00';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const hm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return s ? `${hm}:${String(s).padStart(2, '0')}` : hm;
}

const SHORT: Record<Weekday, string> = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
  sunday: 'Sun',
};

/** `Sat 2026-12-19 22:00`. */
export function formatMoment(m: LocalMoment): string {
  return `${SHORT[m.weekday]} ${m.date} ${formatClock(m.seconds)}`;
}

export function shortWeekday(day: Weekday): string {
  return SHORT[day];
}

/** `2026-12-19T22:00:00` of a stamp (the form calls are written in). */
export function formatStamp(stamp: number): string {
  return new Date(stamp * 1000).toISOString().slice(0, 19);
}

/** The local date-time of an instant in a time zone (UTC when none is given), for "now". */
export function localNow(now: Date, timeZone?: string): string {
  if (!timeZone) return now.toISOString().slice(0, 19);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

/**
 * Whether a local wall time (`YYYY-MM-DDThh:mm`) happens at all in a time zone: on the
 * spring-forward day the hour the clocks skip never does.
 */
export function wallTimeExists(at: string, timeZone: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(at.trim());
  if (!m) return true;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch {
    return true;
  }
  const wallOf = (instant: number) => {
    const p = Object.fromEntries(format.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  };
  // The zone's offsets the day before and after; the time exists if one of them maps back to it.
  return [wall - 86_400_000, wall + 86_400_000].some((probe) => wallOf(wall - (wallOf(probe) - probe)) === wall);
}
