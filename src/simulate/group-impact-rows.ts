import type { ImpactRow } from '../core/routing-impact.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `Mon–Thu` for a run of days, `Mon, Wed` otherwise. */
function dayList(days: string[]): string {
  const idx = days.map((d) => DAYS.indexOf(d)).sort((a, b) => a - b);
  const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (idx.length > 2 && consecutive) return `${DAYS[idx[0]]}–${DAYS[idx[idx.length - 1]]}`;
  return idx.map((i) => DAYS[i]).join(', ');
}

/**
 * Rows that differ only by weekday (same time, caller and outcomes) become one row, `Mon–Thu
 * 08:00`: a reviewer reads one line per kind of change, not one per day.
 */
export function groupImpactRows(rows: ImpactRow[], key: (row: ImpactRow) => string): ImpactRow[] {
  const groups = new Map<string, { row: ImpactRow; days: string[] }>();
  const out: ImpactRow[] = [];
  for (const row of rows) {
    const [day, ...rest] = row.label.split(' ');
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
  return out;
}
