import { WEEKDAYS } from '../core/manifest.js';
import { normalizePhone } from '../core/phone.js';
import { parseDateTimeRange, parseHours } from '../core/time.js';
import { asList, asObj, hasItems, type Obj } from './walk.js';

/**
 * Whether two custom rules' conditions can match the same call. Conservative: when it cannot
 * tell (a state against a schedule, weekly against date ranges), it answers yes.
 */
export function conditionsOverlap(a: Obj, b: Obj): boolean {
  if (hasItems(a.callers) && hasItems(b.callers) && !intersects(callerNumbers(a), callerNumbers(b))) return false;
  if (hasItems(a.calledNumbers) && hasItems(b.calledNumbers)) {
    if (!intersects(phones(asList(a.calledNumbers)), phones(asList(b.calledNumbers)))) return false;
  }
  return timesOverlap(a, b);
}

function callerNumbers(when: Obj): Set<string> {
  return phones(asList(when.callers).map((c) => (typeof c === 'string' ? c : asObj(c)?.number)));
}

function phones(values: unknown[]): Set<string> {
  const out = new Set<string>();
  for (const value of values) {
    const parsed = normalizePhone(value);
    out.add(parsed.ok ? parsed.value : String(value));
  }
  return out;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

function timesOverlap(a: Obj, b: Obj): boolean {
  if (typeof a.state === 'string' && typeof b.state === 'string') return a.state === b.state;
  const sa = asObj(a.schedule);
  const sb = asObj(b.schedule);
  if (asObj(sa?.weekly) && asObj(sb?.weekly)) return weeklyOverlap(asObj(sa?.weekly)!, asObj(sb?.weekly)!);
  if (Array.isArray(sa?.ranges) && Array.isArray(sb?.ranges)) return rangesOverlap(sa.ranges, sb.ranges);
  return true;
}

function weeklyOverlap(a: Obj, b: Obj): boolean {
  return WEEKDAYS.some((day) => {
    const left = hours(a[day]);
    return hours(b[day]).some((r) => left.some((l) => l.startTime < r.endTime && r.startTime < l.endTime));
  });
}

function hours(list: unknown) {
  return asList(list).flatMap((text) => {
    const parsed = parseHours(String(text));
    return parsed.ok ? [parsed.value] : [];
  });
}

function rangesOverlap(a: unknown[], b: unknown[]): boolean {
  const parse = (list: unknown[]) =>
    list.flatMap((item) => {
      const r = asObj(item);
      const parsed = r ? parseDateTimeRange(String(r.from), String(r.to)) : undefined;
      return parsed?.ok ? [parsed.value] : [];
    });
  const left = parse(a);
  return parse(b).some((r) => left.some((l) => l.start < r.end && r.start < l.end));
}
