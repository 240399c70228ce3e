import { ivrRoutingImpact } from '../../simulate/ivr-impact.js';
import { ownerWords } from '../../core/owner-words.js';
import type { ImpactRow, RoutingImpact } from '../../core/routing-impact.js';
import { isChangeOf } from '../../core/plan.js';
import { ownerRoutingImpact } from '../../simulate/owner-routing-impact.js';
import type { LivePlan } from './live-plan.js';
import type { ApiClient } from '../../live/api-client.js';
import { readAccountTimeZone, readTimeZone } from '../../live/read-time-zone.js';
import { localNow } from '../../core/local-time.js';
import { outcomeSummary } from '../../render/routing-outcome-text.js';

/**
 * The time zone of every user and site the plan changes (one GET of its extension record each)
 * and of the account when the company's main number changes (one GET of the account),
 * so the routing impact gives times as RingCentral evaluates them. A zone that cannot be read
 * is left out: the times are then the owner's local time, unnamed.
 */
export async function readImpactTimeZones(client: ApiClient, live: LivePlan): Promise<Map<string, string>> {
  const ids = live.plan.changes.map((c) => c.target.extensionId).filter((id): id is string => id !== undefined);
  const changed = [...new Set(ids)].filter((id) => live.owners.some((o) => o.owner.extensionId === id));
  const zones = new Map<string, string>();
  await Promise.all(
    changed.map(async (id) => {
      const zone = await readTimeZone(client, id).catch(() => undefined);
      if (zone) zones.set(id, zone);
    }),
  );
  // Company changes have no extension: the main number's times are the account's (its id `~`).
  if (live.plan.changes.some((c) => c.target.extensionId === undefined)) {
    const zone = await readAccountTimeZone(client).catch(() => undefined);
    if (zone) zones.set('~', zone);
  }
  return zones;
}

/**
 * A reviewer reads the summaries: rows that read the same before and after (a greeting swapped
 * for another, which the field diff shows) say nothing about who rings when.
 */
export function readableRows(rows: ImpactRow[]): ImpactRow[] {
  return rows.filter((r) => outcomeSummary(r.before) !== outcomeSummary(r.after));
}

/** Monday (`YYYY-MM-DD`) of the week after `now`: representative calls are placed in it. */
export function nextWeek(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Who rings when, before and after the plan, for every user and site the plan changes: live
 * now against live with the plan's changes laid over it (no request; the snapshots were read
 * for the plan). Owners whose routing does not change are left out.
 */
export function routingImpacts(live: LivePlan, now: Date, timeZones: Map<string, string> = new Map()): RoutingImpact[] {
  const week = nextWeek(now);
  const changed = new Set(live.plan.changes.map((c) => c.target.extensionId ?? '~'));
  const impactOf = (o: LivePlan['owners'][number]) => ownerWords[o.owner.type].heading(o.owner.extensionNumber, o.owner.name);
  const out: RoutingImpact[] = [];
  live.owners.forEach((o, i) => {
    if (!changed.has(o.owner.extensionId)) return;
    const snapshot = live.snapshots[i];
    // An IVR menu has no schedules: its impact is where each key leads, before and after.
    if (o.owner.type === 'ivr' || !('businessHours' in snapshot || 'stateRules' in snapshot)) {
      if (o.owner.type !== 'ivr' || !('menu' in snapshot)) return;
      const changes = live.plan.changes.filter((c) => isChangeOf(c, o.owner));
      const impact = ivrRoutingImpact({ label: impactOf(o), snapshot, changes, extensions: live.extensions, week });
      if (impact.rows.length > 0) out.push(impact);
      return;
    }
    const impact = ownerRoutingImpact({
      type: o.owner.type,
      label: ownerWords[o.owner.type].heading(o.owner.extensionNumber, o.owner.name),
      snapshot,
      changes: live.plan.changes,
      extensionId: o.owner.extensionId,
      extensions: live.extensions,
      week,
      today: localNow(now, timeZones.get(o.owner.extensionId)).slice(0, 10),
      timeZone: timeZones.get(o.owner.extensionId),
    });
    impact.rows = readableRows(impact.rows);
    if (impact.rows.length > 0 || impact.hours.changed) out.push(impact);
  });
  return out;
}
