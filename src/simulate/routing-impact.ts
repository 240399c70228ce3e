import type { RoutingImpact } from '../core/routing-impact.js';
import { WEEKDAYS } from '../core/manifest.js';
import type { RoutingModel, RoutingOutcome, RoutingSchedule } from '../core/routing.js';
import { groupImpactRows } from './group-impact-rows.js';
import { representativeCalls } from './representative-calls.js';
import { routingOf } from './owner-routing.js';
import { routeCall } from './route-call.js';
import { mergeWindows } from './schedule-model.js';
import { formatStamp } from '../core/local-time.js';

/** What a caller experiences; notes explain, they are not part of the outcome compared. */
function outcomeKey(o: RoutingOutcome): string {
  const { notes: _notes, ...rest } = o;
  return JSON.stringify(rest);
}

/** The outcome with a renamed custom rule under its new name: a rename alone changes no call. */
function renamedKey(o: RoutingOutcome, renames: ReadonlyMap<string, string>): string {
  const name = o.handledBy.kind === 'custom-rule' ? renames.get(o.handledBy.name) : undefined;
  return outcomeKey(name === undefined ? o : { ...o, handledBy: { ...o.handledBy, name } });
}

/** Hours compare by meaning: windows merged and sorted per day. */
function hoursKey(s: RoutingSchedule): string {
  return JSON.stringify(WEEKDAYS.map((d) => mergeWindows(s.weekly?.[d] ?? [])));
}

export interface ImpactOptions {
  /** First day of the week the representative calls fall in (`YYYY-MM-DD`, a Monday reads best). */
  week: string;
  /** Today (`YYYY-MM-DD`): date ranges that ended before it are not sampled. */
  today?: string;
  /** The owner's time zone, shown with every time; defaults to the model's own. */
  timeZone?: string;
  /** Custom rules the plan renames in place, former name → new name. */
  renames?: ReadonlyMap<string, string>;
}

/**
 * Who rings when before and after a change, for one user or site: routes representative calls
 * (each day of the week at times inside and outside the configured hours, calls inside every
 * date range either model uses, queue calls when relevant, a caller of each custom rule)
 * through both models and keeps the calls whose outcome differs. Pure.
 */
export function routingImpact(before: RoutingModel, after: RoutingModel, opts: ImpactOptions): RoutingImpact {
  if (before.type !== after.type) throw new Error('routing impact compares two models of the same user or site');
  const timeZone = opts.timeZone ?? after.timeZone;
  const calls = representativeCalls(before, after, { ...opts, timeZone }).sort(
    (a, b) => a.stamp - b.stamp || a.label.localeCompare(b.label),
  );
  const renames = opts.renames ?? new Map<string, string>();
  const routed = calls.map((c) => ({ ...c, b: routeCall(before, c.call), a: routeCall(after, c.call) }));
  // What a plain call at each time does before and after: a custom rule's caller routed the
  // same way adds no row.
  const plain = new Map(routed.filter((r) => !r.probe && !r.call.queue).map((r) => [r.stamp, `${outcomeKey(r.b)}|${outcomeKey(r.a)}`]));
  const rows = routed.flatMap(({ label, call, stamp, probe, b, a }) => {
    if (renamedKey(b, renames) === outcomeKey(a)) return [];
    if (probe && plain.get(stamp) === `${outcomeKey(b)}|${outcomeKey(a)}`) return [];
    return [{ label, call, before: b, after: a }];
  });
  const weekStart = Date.parse(`${opts.week}T00:00:00Z`);
  const dates = [...new Set(calls.map((c) => formatStamp(c.stamp).slice(0, 10)))]
    .filter((d) => {
      const t = Date.parse(`${d}T00:00:00Z`);
      return t < weekStart || t >= weekStart + 7 * 86_400_000;
    })
    .sort();
  const hoursOf = (m: RoutingModel) => routingOf(m).hours(m);
  return {
    owner: after.label,
    ownerType: after.type,
    week: opts.week,
    dates,
    ...(timeZone ? { timeZone } : {}),
    checked: calls.length,
    rows: groupImpactRows(rows, (r) => `${outcomeKey(r.before)}|${outcomeKey(r.after)}`),
    hours: {
      label: routingOf(after).hoursLabel,
      before: hoursOf(before),
      after: hoursOf(after),
      changed: hoursKey(hoursOf(before)) !== hoursKey(hoursOf(after)),
    },
  };
}
