import { DAY, formatClock, formatStamp, momentOf, rangeStartStamp, shortWeekday } from '../core/local-time.js';
import type { RoutingCall, RoutingModel, RoutingSchedule } from '../core/routing.js';
import { routingOf } from './owner-routing.js';
import { windowsOn } from './schedule-model.js';

/** A call and how an impact table names it. */
export interface LabelledCall {
  label: string;
  call: RoutingCall;
  stamp: number;
  /** A custom rule's caller: worth a row only where it is routed unlike a plain call at the same time. */
  probe?: boolean;
}

const TEN = 10 * 3600;
const TWENTY_TWO = 22 * 3600;

/**
 * Times of one day that stand for every stretch in which no schedule of either model starts or
 * ends: 10:00 and 22:00 where they fall inside a stretch, else the stretch's start (the last
 * hour of an early-morning stretch, which reads better than midnight). So a change of work
 * hours from 09:00-17:00 to 08:00-16:00 is seen at 08:00 and 16:00, not missed at 10:00.
 */
function timesOfDay(schedules: RoutingSchedule[], day: number): number[] {
  const bounds = new Set<number>([0, DAY]);
  for (const s of schedules) for (const w of windowsOn(s, day)) bounds.add(w.start).add(w.end);
  const sorted = [...bounds].sort((a, b) => a - b);
  const times: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    const nice = [TEN, TWENTY_TWO].filter((t) => a <= t && t < b);
    times.push(...(nice.length ? nice : [a === 0 ? Math.max(0, b - 3600) : a]));
  }
  return times;
}

/** A caller no rule of either model lists, so the plain calls reach the states. */
function neutralCaller(models: RoutingModel[]): string {
  const listed = new Set(models.flatMap((m) => (m.type === 'ivr' ? [] : m.customRules).flatMap((r) => r.callers.map((c) => c.number))));
  for (let n = 100; n < 200; n++) if (!listed.has(`+1202555${String(n).padStart(4, '0')}`)) return `+1202555${String(n).padStart(4, '0')}`;
  return '+12025550100';
}

function at(stamp: number): string {
  return formatStamp(stamp).slice(0, 16);
}

/** `Mon 08:00`, or with the date for a call outside the sample week: `Mon 2026-12-21 10:00`. */
function clockLabel(stamp: number, dated = false): string {
  const m = momentOf(stamp);
  return `${shortWeekday(m.weekday)}${dated ? ` ${m.date}` : ''} ${formatClock(m.seconds)}`;
}

/** Days of one date range sampled (a longer range is sampled for its first days), and of all ranges together. */
const MAX_DAYS_PER_RANGE = 31;
const MAX_RANGE_DAYS = 62;

const dayOf = (stamp: number) => stamp - (stamp % DAY);

/**
 * Days outside the sample week that date ranges (a forward-all-calls vacation, a holiday rule,
 * a site closure) cover: every day of each range, and the day after it, when the office
 * reopens (24–26 December: the 24th, 25th, 26th and the 27th). Ranges that ended before
 * `today` are left out.
 */
function rangeDays(schedules: RoutingSchedule[], week: number, today: number): number[] {
  const days = new Set<number>();
  const ranges = schedules
    .flatMap((s) => s.ranges ?? [])
    .filter((r) => r.end > today)
    .sort((a, b) => a.start - b.start);
  for (const range of ranges) {
    const first = dayOf(Math.max(range.start, today));
    const after = dayOf(range.end - 1) + DAY;
    for (let day = first, n = 0; day <= after && days.size < MAX_RANGE_DAYS; day += DAY, n++) {
      if (n >= MAX_DAYS_PER_RANGE && day < after) continue;
      if (day < week || day >= week + 7 * DAY) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** Representative stamps of the range days: every distinct time of each day, as for the week. */
function rangeStamps(schedules: RoutingSchedule[], week: number, today: number): number[] {
  return rangeDays(schedules, week, today).flatMap((day) => timesOfDay(schedules, day).map((t) => day + t));
}

/**
 * For each custom rule, its first caller (and called number) at every representative time
 * (the week's and the range days'), so a change of hours shows what happens to the rule's
 * callers too.
 */
function ruleProbes(models: RoutingModel[], stamps: number[], from: string, label: (stamp: number) => string): LabelledCall[] {
  const out: LabelledCall[] = [];
  for (const model of models) {
    for (const rule of (model.type === 'ivr' ? [] : model.customRules).filter((r) => r.enabled)) {
      const caller = rule.callers[0];
      const base: RoutingCall = { from: caller?.number ?? from, at: '' };
      if (caller?.name && !caller.number) base.callerName = caller.name;
      if (rule.calledNumbers[0]) base.to = rule.calledNumbers[0];
      const who = [caller ? `from ${caller.number ?? caller.name}` : '', base.to ? `to ${base.to}` : ''].filter(Boolean).join(' ');
      const suffix = `${who ? ` ${who}` : ''} ("${rule.name}")`;
      for (const stamp of stamps) out.push({ label: `${label(stamp)}${suffix}`, call: { ...base, at: at(stamp) }, stamp, probe: true });
    }
  }
  return out;
}

export interface CallOptions {
  /** First day (`YYYY-MM-DD`) of the sample week. */
  week: string;
  /** Today (`YYYY-MM-DD`, the owner's local date): date ranges that ended before it are not sampled. */
  today?: string;
  /** The owner's time zone, written after each time (`Mon 08:00 Europe/London`). */
  timeZone?: string;
}

function dayStamp(date: string): number {
  const parsed = rangeStartStamp(`${date}T00:00`);
  if (!parsed.ok) throw new Error(`routing impact date: ${parsed.error}`);
  return parsed.value;
}

/**
 * Representative calls for comparing two models of one user or site over the sample week and
 * inside every date range either model uses: a plain call at each distinct time of each day,
 * the same as a queue call when queue handling is in play, and the same from each custom
 * rule's caller. Labels carry the owner's time zone when it is known.
 */
export function representativeCalls(before: RoutingModel, after: RoutingModel, opts: CallOptions): LabelledCall[] {
  const start = dayStamp(opts.week);
  const schedules = [...routingOf(before).schedules(before), ...routingOf(after).schedules(after)];
  const week = Array.from({ length: 7 }, (_, i) => start + i * DAY).flatMap((day) => timesOfDay(schedules, day).map((t) => day + t));
  const dated = rangeStamps(schedules, start, opts.today ? dayStamp(opts.today) : Number.NEGATIVE_INFINITY);
  const stamps = [...week, ...dated];
  const zone = opts.timeZone ? ` ${opts.timeZone}` : '';
  const label = (stamp: number) => `${clockLabel(stamp, !week.includes(stamp))}${zone}`;
  const from = neutralCaller([before, after]);
  const queue = [before, after].some((m) => routingOf(m).routesQueueCalls(m));
  const calls: LabelledCall[] = stamps.flatMap((stamp) => [
    { label: label(stamp), call: { from, at: at(stamp) }, stamp },
    ...(queue ? [{ label: `${label(stamp)} queue call`, call: { from, at: at(stamp), queue: true }, stamp }] : []),
  ]);
  const seen = new Set<string>();
  return [...calls, ...ruleProbes([before, after], stamps, from, label)].filter((c) => {
    const key = JSON.stringify(c.call);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
