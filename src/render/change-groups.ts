import type { Change, ChangeTarget } from '../core/plan.js';
import type { RoutingImpact } from '../core/routing-impact.js';

/**
 * Identical changes to many owners, shown once (a document with `extensions: [...]` changes 60
 * users the same way; a pull-request comment lists them, it does not repeat them 60 times).
 */
export interface ChangeGroup {
  /** The first change of the group: what every member does. */
  change: Change;
  members: Change[];
}

/** What makes two changes the same to a reviewer: the object, the action and what changes in it. */
function sameness(change: Change): string {
  const what =
    change.fields && change.fields.length > 0 ? change.fields : [change.diff, change.action === 'create' ? change.body : undefined];
  return JSON.stringify([change.action, change.kind, change.target.owner, change.target.name, what]);
}

/** Groups in the order of each group's first change (execution order). */
export function groupChanges(changes: Change[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = sameness(change);
    const group = groups.get(key);
    if (group) group.members.push(change);
    else groups.set(key, { change, members: [change] });
  }
  return [...groups.values()];
}

/** The owners of a group's changes, once each: `101 (Alex Smith)`. */
export function memberOwners(members: Change[]): ChangeTarget[] {
  const seen = new Map<string, ChangeTarget>();
  for (const m of members) seen.set(`${m.target.owner}:${m.target.extensionId}`, m.target);
  return [...seen.values()];
}

/** Routing impacts whose every row and chart are the same, with the owners they hold for. */
export interface ImpactGroup {
  impact: RoutingImpact;
  owners: string[];
}

/**
 * Stands in for the owner's name while impacts are compared and rendered once per group: plain
 * letters, which neither Markdown escaping nor chart titles change.
 */
export const OWNER_PLACEHOLDER = 'RINGFORMOWNERPLACEHOLDER';

export function groupImpacts(impacts: RoutingImpact[], render: (impact: RoutingImpact) => string): { text: string; group: ImpactGroup }[] {
  const groups = new Map<string, { text: string; group: ImpactGroup }>();
  for (const impact of impacts) {
    const text = render({ ...impact, owner: OWNER_PLACEHOLDER });
    const found = groups.get(text);
    if (found) found.group.owners.push(impact.owner);
    else groups.set(text, { text, group: { impact, owners: [impact.owner] } });
  }
  return [...groups.values()];
}
