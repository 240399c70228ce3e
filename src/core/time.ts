/**
 * Time-of-day and date-time parsing for manifests. Ranges include their start and exclude their
 * end; an end of `23:59`, `23:59:59` or `24:00` means the end of the day and is sent as
 * `23:59:59` (the form RingCentral uses for its own 24-hour defaults).
 */

export const END_OF_DAY = '23:59:59';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `HH:MM[:SS]` → seconds since midnight; `24:00` is allowed only where `allow24` says so. */
export function parseTimeOfDay(text: string, allow24 = false): Parsed<number> {
  const m = TIME.exec(text.trim());
  if (!m) return { ok: false, error: `"${text}" is not a time; write HH:MM or HH:MM:SS` };
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h === 24 && min === 0 && s === 0 && allow24) return { ok: true, value: 24 * 3600 };
  if (h > 23 || min > 59 || s > 59) return { ok: false, error: `"${text}" is not a valid time of day` };
  return { ok: true, value: h * 3600 + min * 60 + s };
}

export function formatSeconds(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

/** A time range in API form (`HH:MM:SS`), end-of-day ends already mapped to `23:59:59`. */
export interface TimeRange {
  startTime: string;
  endTime: string;
}

/** True for the end-of-day spellings `23:59`, `23:59:59`, `24:00` (as seconds). */
function isEndOfDay(seconds: number): boolean {
  return seconds === 24 * 3600 || seconds === 23 * 3600 + 59 * 60 || seconds === 23 * 3600 + 59 * 60 + 59;
}

/** `"09:00-17:00"` → `{startTime: "09:00:00", endTime: "17:00:00"}`; start must be before end. */
export function parseHours(text: string): Parsed<TimeRange> {
  const parts = String(text).split('-');
  if (parts.length !== 2) return { ok: false, error: `"${text}" is not a time range; write "HH:MM-HH:MM"` };
  const start = parseTimeOfDay(parts[0]);
  if (!start.ok) {
    // 24:00 is the end-of-day spelling; as a start it is a mistake worth naming.
    const is24 = parseTimeOfDay(parts[0], true);
    const error = is24.ok ? '24:00 can only end a range' : start.error;
    return { ok: false, error: `time range "${text}": ${error}` };
  }
  const end = parseTimeOfDay(parts[1], true);
  if (!end.ok) return { ok: false, error: `time range "${text}": ${end.error}` };
  if (start.value >= end.value) {
    return { ok: false, error: `time range "${text}" must start before it ends` };
  }
  const endTime = isEndOfDay(end.value) ? END_OF_DAY : formatSeconds(end.value);
  return { ok: true, value: { startTime: formatSeconds(start.value), endTime } };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/;

/** `2026-12-24T00:00[:00]` (local time, no zone) → `2026-12-24T00:00:00`. */
export function parseLocalDateTime(text: string, isEnd = false): Parsed<string> {
  const m = DATE_TIME.exec(String(text).trim());
  if (!m) {
    return { ok: false, error: `"${text}" is not a local date-time; write YYYY-MM-DDTHH:MM without a zone` };
  }
  const [, y, mo, d, time] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) {
    return { ok: false, error: `"${text}" is not a calendar date` };
  }
  const t = parseTimeOfDay(time, isEnd);
  if (!t.ok) return t;
  const seconds = isEnd && isEndOfDay(t.value) ? 23 * 3600 + 59 * 60 + 59 : t.value;
  return { ok: true, value: `${y}-${mo}-${d}T${formatSeconds(seconds)}` };
}

/** `{from, to}` → API strings; `to: ...T23:59` covers the whole day; from must be before to. */
export function parseDateTimeRange(from: string, to: string): Parsed<{ start: string; end: string }> {
  const start = parseLocalDateTime(from);
  if (!start.ok) return start;
  const end = parseLocalDateTime(to, true);
  if (!end.ok) return end;
  if (start.value >= end.value) {
    return { ok: false, error: `date-time range ${from} → ${to} must start before it ends` };
  }
  return { ok: true, value: { start: start.value, end: end.value } };
}

/** Normalizes an API time (`HH:MM` or `HH:MM:SS[.fff]`, possibly `24:00`) to `HH:MM:SS`. */
export function canonicalTime(text: string, isEnd = false): string {
  const t = parseTimeOfDay(String(text).replace(/\.\d+$/, ''), true);
  if (!t.ok) return text;
  if (isEnd && isEndOfDay(t.value)) return END_OF_DAY;
  return formatSeconds(t.value);
}

/**
 * Normalizes an API date-time (optional seconds, fraction or `Z`) to `YYYY-MM-DDTHH:MM:SS`; as the
 * end of a range, `23:59`, `23:59:00` and `24:00` all mean the end of that day (`23:59:59`).
 */
export function canonicalDateTime(text: string, isEnd = false): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(String(text));
  if (!m) return text;
  const time = `${m[2]}${m[3] ?? ':00'}`;
  if (isEnd && (time === '23:59:00' || time === '24:00:00' || time === '23:59:59')) return `${m[1]}T23:59:59`;
  return `${m[1]}T${time}`;
}
