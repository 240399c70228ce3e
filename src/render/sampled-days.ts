import type { RoutingImpact } from '../core/routing-impact.js';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const stampOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (stamp: number) => new Date(stamp).toISOString().slice(0, 10);
const named = (date: string) => `${WEEKDAYS[new Date(stampOf(date)).getUTCDay()]} ${date}`;

/** `Thu 2026-12-24 – Sun 2026-12-27, Thu 2026-12-31`: runs of consecutive dates as one span. */
export function dateSpans(dates: readonly string[]): string {
  const spans: [string, string][] = [];
  for (const date of [...dates].sort()) {
    const last = spans.at(-1);
    if (last && stampOf(date) - stampOf(last[1]) === DAY_MS) last[1] = date;
    else spans.push([date, date]);
  }
  return spans.map(([a, b]) => (a === b ? named(a) : `${named(a)} – ${named(b)}`)).join(', ');
}

/**
 * Which days the representative calls fall on, as a heading says it: the sample week (its rows
 * are named by weekday) and, when date ranges are in play, their days (rows named by date).
 */
export function sampledDays(impact: RoutingImpact): string {
  const week = `in the week ${named(impact.week)} – ${named(dateOf(stampOf(impact.week) + 6 * DAY_MS))}`;
  const dates = impact.dates ?? [];
  return dates.length > 0 ? `${week} and on ${dateSpans(dates)}` : week;
}
