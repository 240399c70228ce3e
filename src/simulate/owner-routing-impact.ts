import type { Change } from '../core/plan.js';
import type { RoutingImpact } from '../core/routing-impact.js';
import type { CompanySnapshot, SiteSnapshot, UserSnapshot } from '../kinds/context.js';
import type { ExtensionInfo } from '../core/references.js';
import { companyModelFromLive, siteModelFromLive, userModelFromLive } from './live-to-model.js';
import { projectCompanySnapshot, projectSiteSnapshot, projectUserSnapshot } from './project-snapshot.js';
import { routingImpact } from './routing-impact.js';
import { devicesNamedIn } from '../parts/ring-targets/device.js';

export interface OwnerImpactInput {
  type: 'user' | 'site' | 'company';
  /** `101 (Alex Smith)`. */
  label: string;
  /** The live snapshot the plan was computed from. */
  snapshot: UserSnapshot | SiteSnapshot | CompanySnapshot;
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
 * A plan's routing impact on one user or site: live now versus live once the plan's changes
 * are applied, both through the same live → model conversion. What `plan` calls per owner.
 */
export function ownerRoutingImpact(input: OwnerImpactInput): RoutingImpact {
  const opts = { label: input.label, extensions: input.extensions, timeZone: input.timeZone };
  const when = { week: input.week, today: input.today };
  if (input.type === 'company') {
    const changes = input.changes.filter((c) => c.target.owner === 'company');
    const snapshot = input.snapshot as CompanySnapshot;
    return routingImpact(companyModelFromLive(snapshot, opts), companyModelFromLive(projectCompanySnapshot(snapshot, changes), opts), when);
  }
  const changes = input.changes.filter((c) => c.target.extensionId === input.extensionId);
  if (input.type === 'user') {
    const snapshot = input.snapshot as UserSnapshot;
    // A written body carries no device names: the names RingCentral gave the live rules'
    // devices keep naming them once the plan is applied.
    const named = devicesNamedIn([...snapshot.stateRules, ...snapshot.interactionRules].map((r) => r?.dispatching));
    const after = { ...projectUserSnapshot(snapshot, changes), devices: [...(snapshot.devices ?? []), ...named] };
    return routingImpact(userModelFromLive(snapshot, opts), userModelFromLive(after, opts), when);
  }
  const snapshot = input.snapshot as SiteSnapshot;
  return routingImpact(siteModelFromLive(snapshot, opts), siteModelFromLive(projectSiteSnapshot(snapshot, changes), opts), when);
}
