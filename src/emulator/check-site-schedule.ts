import type { Problems } from './api-error.js';
import { at, isObject, type Json } from './json-value.js';
import { WEEKDAYS } from './check-triggers.js';

/**
 * v1 schedules (business hours and site answering rules): `weeklyRanges` with `HH:MM` times,
 * date-time `ranges`, or a `ref` to BusinessHours/AfterHours.
 */

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** `{monday: [{from, to}], …}` → the same with empty days dropped (no ranges at all is 24/7). */
export function checkWeeklyRangesV1(p: Problems, path: string, v: unknown): Json | undefined {
  if (!isObject(v)) return void p.add(path, 'must be an object keyed by weekday');
  const out: Json = {};
  for (const [day, list] of Object.entries(v)) {
    const dayPath = at(path, day);
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      p.add(dayPath, 'is not a weekday (monday..sunday)');
      continue;
    }
    if (!Array.isArray(list)) {
      p.add(dayPath, 'must be an array of {from, to}');
      continue;
    }
    const ranges = list.map((r, i) => checkRange(p, at(dayPath, i), r));
    if (ranges.length > 0) out[day] = ranges;
  }
  return out;
}

function checkRange(p: Problems, path: string, r: unknown): Json | undefined {
  if (!isObject(r) || typeof r.from !== 'string' || typeof r.to !== 'string' || !HH_MM.test(r.from) || !HH_MM.test(r.to)) {
    return void p.add(path, 'must be {from, to} with times HH:MM');
  }
  if (r.from >= r.to) return void p.add(path, 'from must be before to');
  return { from: r.from, to: r.to };
}

/** A site answering rule's schedule: exactly one of weeklyRanges, ranges, ref. */
export function checkRuleSchedule(p: Problems, path: string, v: unknown, afterHoursExists: boolean): Json | undefined {
  if (!isObject(v)) return void p.add(path, 'must be an object');
  const forms = ['weeklyRanges', 'ranges', 'ref'].filter((k) => v[k] !== undefined);
  if (forms.length !== 1) return void p.add(path, 'must have exactly one of weeklyRanges, ranges, ref');
  if (v.ref !== undefined) {
    if (v.ref !== 'BusinessHours' && v.ref !== 'AfterHours') return void p.add(at(path, 'ref'), 'must be BusinessHours or AfterHours');
    if (v.ref === 'AfterHours' && !afterHoursExists)
      return void p.add(at(path, 'ref'), 'there are no after hours while business hours are 24/7');
    return { ref: v.ref };
  }
  if (v.weeklyRanges !== undefined) {
    const weeklyRanges = checkWeeklyRangesV1(p, at(path, 'weeklyRanges'), v.weeklyRanges);
    if (weeklyRanges && Object.keys(weeklyRanges).length === 0) return void p.add(at(path, 'weeklyRanges'), 'must contain a time range');
    return weeklyRanges && { weeklyRanges };
  }
  if (!Array.isArray(v.ranges) || v.ranges.length === 0) return void p.add(at(path, 'ranges'), 'must be a non-empty array of {from, to}');
  const ranges = v.ranges.map((r, i) => {
    const rp = at(at(path, 'ranges'), i);
    if (!isObject(r) || typeof r.from !== 'string' || typeof r.to !== 'string' || !DATE_TIME.test(r.from) || !DATE_TIME.test(r.to)) {
      return void p.add(rp, 'must be {from, to} date-times YYYY-MM-DDThh:mm:ss');
    }
    if (r.from >= r.to) p.add(rp, 'from must be before to');
    return { from: r.from, to: r.to };
  });
  return { ranges };
}
