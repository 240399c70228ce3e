import type { RoutingImpact } from '../../core/routing-impact.js';
import { ownerRoutingImpact } from '../../simulate/owner-routing-impact.js';
import type { LivePlan } from './build-live-plan.js';

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
export function routingImpacts(live: LivePlan, now: Date): RoutingImpact[] {
  const week = nextWeek(now);
  const changed = new Set(live.plan.changes.map((c) => c.target.extensionId));
  const out: RoutingImpact[] = [];
  live.owners.forEach((o, i) => {
    if (!changed.has(o.owner.extensionId)) return;
    const impact = ownerRoutingImpact({
      type: o.owner.type,
      label: `${o.owner.extensionNumber} (${o.owner.name})`,
      snapshot: live.snapshots[i],
      changes: live.plan.changes,
      extensionId: o.owner.extensionId,
      extensions: live.extensions,
      week,
    });
    if (impact.rows.length > 0 || impact.hours.changed) out.push(impact);
  });
  return out;
}
