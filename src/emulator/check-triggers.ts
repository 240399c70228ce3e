import { Problems } from './api-error.js';
import { at, isObject, type Json } from './json-value.js';

/**
 * v2 schedule triggers (`Daily`, `Weekly`, `Range`) as the comm-handling API accepts them:
 * times `hh:mm:ss`, start before end, at most 20 ranges a day, date-times without a zone.
 */

export type TriggerType = 'Daily' | 'Weekly' | 'Range';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z?$/;
const MAX_RANGES_PER_DAY = 20;

export const ALWAYS_START = '00:00:00';
export const ALWAYS_END = '23:59:59';

function checkTimeRange(p: Problems, path: string, v: unknown): { startTime: string; endTime: string } | undefined {
  if (!isObject(v)) return void p.add(path, 'must be an object with startTime and endTime');
  let ok = true;
  for (const key of ['startTime', 'endTime']) {
    if (typeof v[key] !== 'string' || !TIME.test(v[key] as string)) {
      p.add(at(path, key), 'must be a time of day hh:mm:ss');
      ok = false;
    }
  }
  if (!ok) return undefined;
  const range = { startTime: v.startTime as string, endTime: v.endTime as string };
  if (range.startTime >= range.endTime) return void p.add(path, 'startTime must be before endTime');
  return range;
}

function checkWeekly(p: Problems, path: string, t: Json): Json | undefined {
  const ranges = t.ranges;
  if (!isObject(ranges)) return void p.add(at(path, 'ranges'), 'must be an object keyed by weekday');
  const out: Json = {};
  let total = 0;
  for (const [day, list] of Object.entries(ranges)) {
    const dayPath = at(at(path, 'ranges'), day);
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      p.add(dayPath, 'is not a weekday (monday..sunday)');
      continue;
    }
    if (!Array.isArray(list)) {
      p.add(dayPath, 'must be an array of time ranges');
      continue;
    }
    if (list.length > MAX_RANGES_PER_DAY) p.add(dayPath, `at most ${MAX_RANGES_PER_DAY} ranges per day`);
    const checked = list.map((r, i) => checkTimeRange(p, at(dayPath, i), r));
    if (checked.every(Boolean)) checkNoOverlap(p, dayPath, checked as { startTime: string; endTime: string }[]);
    total += list.length;
    if (list.length > 0) out[day] = checked;
  }
  if (total === 0) p.add(at(path, 'ranges'), 'must contain at least one time range');
  return { triggerType: 'Weekly', ranges: out };
}

function checkNoOverlap(p: Problems, path: string, list: { startTime: string; endTime: string }[]): void {
  const sorted = [...list].sort((a, b) => a.startTime.localeCompare(b.startTime));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startTime < sorted[i - 1].endTime) p.add(path, 'time ranges of one day must not overlap');
  }
}

function checkRange(p: Problems, path: string, t: Json, nowLocal: string): Json | undefined {
  if (!Array.isArray(t.ranges) || t.ranges.length === 0) {
    return void p.add(at(path, 'ranges'), 'must be a non-empty array of {startDateTime, endDateTime}');
  }
  const ranges = t.ranges.map((r: unknown, i: number) => {
    const rp = at(at(path, 'ranges'), i);
    if (!isObject(r)) return void p.add(rp, 'must be an object');
    const start = r.startDateTime ?? nowLocal;
    if (typeof start !== 'string' || !DATE_TIME.test(start)) p.add(at(rp, 'startDateTime'), 'must be a date-time YYYY-MM-DDThh:mm:ss');
    if (typeof r.endDateTime !== 'string' || !DATE_TIME.test(r.endDateTime)) {
      return void p.add(at(rp, 'endDateTime'), 'is required, a date-time YYYY-MM-DDThh:mm:ss');
    }
    if (typeof start === 'string' && start >= r.endDateTime) p.add(rp, 'startDateTime must be before endDateTime');
    return { startDateTime: start, endDateTime: r.endDateTime };
  });
  return { triggerType: 'Range', ranges };
}

/** One trigger, checked and copied to its stored form (only known fields kept). */
export function checkTrigger(p: Problems, path: string, t: unknown, allowed: TriggerType[], nowLocal: string): Json | undefined {
  if (!isObject(t)) return void p.add(path, 'must be a trigger object');
  const type = t.triggerType;
  if (!allowed.includes(type as TriggerType)) {
    return void p.add(at(path, 'triggerType'), `must be one of ${allowed.join(', ')} here`);
  }
  if (type === 'Daily') {
    const r = checkTimeRange(p, path, t);
    return r && { triggerType: 'Daily', ...r };
  }
  if (type === 'Weekly') return checkWeekly(p, path, t);
  return checkRange(p, path, t, nowLocal);
}

/** A `triggers` array of exactly one trigger (states allow one schedule at a time). */
export function checkSingleTrigger(p: Problems, path: string, triggers: unknown, allowed: TriggerType[], nowLocal: string) {
  if (!Array.isArray(triggers) || triggers.length !== 1) {
    return void p.add(path, 'must contain exactly one trigger');
  }
  const t = checkTrigger(p, at(path, 0), triggers[0], allowed, nowLocal);
  return t ? [t] : undefined;
}

/** Daily 00:00:00–23:59:59, or every weekday covered the same way: no after-hours exist. */
export function isAlwaysTriggers(triggers: unknown): boolean {
  if (!Array.isArray(triggers) || triggers.length !== 1 || !isObject(triggers[0])) return false;
  const t = triggers[0];
  const whole = (r: unknown) => isObject(r) && r.startTime === ALWAYS_START && r.endTime === ALWAYS_END;
  if (t.triggerType === 'Daily') return whole(t);
  if (t.triggerType !== 'Weekly' || !isObject(t.ranges)) return false;
  const ranges = t.ranges;
  return WEEKDAYS.every((d) => Array.isArray(ranges[d]) && (ranges[d] as unknown[]).some(whole));
}
