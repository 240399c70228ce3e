import type { RoutingImpact } from '../core/routing-impact.js';
import { WEEKDAYS } from '../core/manifest.js';
import type { RoutingModel, RoutingOutcome, RoutingSchedule } from '../core/routing.js';
import { groupImpactRows } from './group-impact-rows.js';
import { representativeCalls } from './representative-calls.js';
import { routingOf } from './owner-routing.js';
import { routeCall } from './route-call.js';
import { mergeWindows } from './schedule-model.js';

/** What a caller experiences; notes explain, they are not part of the outcome compared. */
function outcomeKey(o: RoutingOutcome): string {
  const { notes: _notes, ...rest } = o;
  return JSON.stringify(rest);
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
  const rows = calls.flatMap(({ label, call }) => {
    const b = routeCall(before, call);
    const a = routeCall(after, call);
    return outcomeKey(a) === outcomeKey(b) ? [] : [{ label, call, before: b, after: a }];
  });
  const hoursOf = (m: RoutingModel) => routingOf(m).hours(m);
  return {
    owner: after.label,
    ownerType: after.type,
    week: opts.week,
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
