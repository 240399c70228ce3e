import type { ImpactRow } from '../core/routing-impact.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A call on a date outside the sample week: `Mon 2026-12-21 10:00 Europe/London from …`. */
const DATED = /^(\w{3} \d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(.*)$/;

/**
 * `Thu 2026-12-24 – Sat 2026-12-26 08:00, 10:00; Sun 2026-12-27 10:00`: consecutive dates with
 * the same times read as one span, so a two-week vacation is one line, not fourteen.
 */
function datedLabel(times: Map<string, string[]>): string {
  const stampOf = (day: string) => Date.parse(`${day.slice(4)}T00:00:00Z`);
  const spans: { first: string; last: string; list: string }[] = [];
  for (const [day, list] of times) {
    const span = spans.at(-1);
    const text = list.join(', ');
    if (span && span.list === text && stampOf(day) - stampOf(span.last) === 86_400_000) span.last = day;
    else spans.push({ first: day, last: day, list: text });
  }
  return spans.map((s) => `${s.first}${s.last === s.first ? '' : ` – ${s.last}`} ${s.list}`).join('; ');
}

/** `Mon–Thu` for a run of days, `Mon, Wed` otherwise. */
function dayList(days: string[]): string {
  const idx = days.map((d) => DAYS.indexOf(d)).sort((a, b) => a - b);
  const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (idx.length > 2 && consecutive) return `${DAYS[idx[0]]}–${DAYS[idx[idx.length - 1]]}`;
  return idx.map((i) => DAYS[i]).join(', ');
}

/**
 * Rows that differ only by weekday (same time, caller and outcomes) become one row, `Mon–Thu
 * 08:00`: a reviewer reads one line per kind of change, not one per day. Calls on dates outside
 * the sample week (inside date ranges) that differ only by date and time become one row too,
 * `Thu 2026-12-24 08:00, 10:00; Fri 2026-12-25 10:00 Europe/London`.
 */
export function groupImpactRows(rows: ImpactRow[], key: (row: ImpactRow) => string): ImpactRow[] {
  const groups = new Map<string, { row: ImpactRow; days: string[] }>();
  const dated = new Map<string, { row: ImpactRow; times: Map<string, string[]>; rest: string }>();
  const out: ImpactRow[] = [];
  for (const row of rows) {
    const [day, ...rest] = row.label.split(' ');
    const date = DATED.exec(row.label);
    if (date) {
      const k = `${date[3]}|${key(row)}`;
      const group = dated.get(k) ?? { row: { ...row }, times: new Map<string, string[]>(), rest: date[3] };
      if (!dated.has(k)) {
        dated.set(k, group);
        out.push(group.row);
      }
      group.times.set(date[1], [...(group.times.get(date[1]) ?? []), date[2]]);
      continue;
    }
    if (!DAYS.includes(day)) {
      out.push(row);
      continue;
    }
    const k = `${rest.join(' ')}|${key(row)}`;
    const group = groups.get(k);
    if (group) group.days.push(day);
    else {
      const entry = { row: { ...row }, days: [day] };
      groups.set(k, entry);
      out.push(entry.row);
    }
  }
  for (const { row, days } of groups.values()) row.label = `${dayList(days)} ${row.label.split(' ').slice(1).join(' ')}`;
  for (const { row, times, rest } of dated.values()) row.label = datedLabel(times) + rest;
  return out;
}
