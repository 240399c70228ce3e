import type { Change, OwnerType } from '../core/plan.js';
import type { RoutingImpact } from '../core/routing-impact.js';
import type { Snapshot } from '../kinds/context.js';
import type { ExtensionInfo } from '../core/references.js';
import { ownerRouting, type OwnerRouting } from './owner-routing.js';
import { projectSnapshot } from './project-snapshot.js';
import { routingImpact } from './routing-impact.js';

export interface OwnerImpactInput {
  type: OwnerType;
  /** `101 (Alex Smith)`. */
  label: string;
  /** The live snapshot the plan was computed from. */
  snapshot: Snapshot;
  /** The plan's changes for this owner (others are ignored). */
  changes: Change[];
  /** The owner's extension id (`~` for the company, whose changes have none). */
  extensionId: string;
  extensions?: ExtensionInfo[];
  /** First day of the week the representative calls fall in (`YYYY-MM-DD`). */
  week: string;
  /** Today (`YYYY-MM-DD`): date ranges that ended before it are not sampled. */
  today?: string;
  /** The owner's time zone (`regionalSettings.timezone.name`), shown with every time. */
  timeZone?: string;
}

/**
 * A plan's routing impact on one owner: live now versus live once the plan's changes
 * are applied, both through the same live → model conversion. What `plan` calls per owner.
 */
export function ownerRoutingImpact(input: OwnerImpactInput): RoutingImpact {
  const opts = { label: input.label, extensions: input.extensions, timeZone: input.timeZone };
  const renames = new Map(
    input.changes.flatMap((c) => (c.target.renamedFrom !== undefined ? [[c.target.renamedFrom, c.target.name]] : [])),
  );
  const when = { week: input.week, today: input.today, renames };
  const changes = input.changes.filter((c) => c.target.owner === input.type && (c.target.extensionId ?? '~') === input.extensionId);
  const routing = ownerRouting[input.type] as OwnerRouting<OwnerType>;
  const after = routing.keepLiveNames(input.snapshot, projectSnapshot(input.type, input.snapshot, changes));
  return routingImpact(routing.fromLive(input.snapshot, opts), routing.fromLive(after, opts), when);
}
