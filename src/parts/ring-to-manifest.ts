import { MAX_RING_SECONDS } from '../core/defaults.js';
import { fieldsOf } from '../core/fields-of.js';
import type { RingGroup, RingSection, RingTarget } from '../core/manifest.js';
import { fail, ok, type Converted } from './converted.js';
import type { RingGroupActionRequest } from './dispatching-request.js';
import type { ExportEnv, RingTargetPart } from './part.js';
import { ringTargetByApiType, ringTargetParts } from './registry.js';

/** The part of a group that holds exactly one target of the user's own apps, if that is all it holds. */
function ownAppsOf(g: RingGroupActionRequest): RingTargetPart | undefined {
  if (g.targets?.length !== 1 || fieldsOf(g.targets[0]).extension) return undefined;
  const part = ringTargetByApiType(g.targets[0].type);
  return part.ownApps ? part : undefined;
}

function groupToManifest(g: RingGroupActionRequest, env: ExportEnv): Converted<RingGroup> {
  if (g.customStartOffset) return fail('a ring group with a custom start offset');
  const d = g.duration;
  if (!Number.isInteger(d) || d < 5 || d > MAX_RING_SECONDS || d % 5 !== 0) return fail(`a ring duration of ${String(d)} seconds`);
  const targets: RingTarget[] = [];
  for (const t of g.targets ?? []) {
    const target = ringTargetByApiType(t?.type).toManifest(t, env);
    if (!target.ok) return target;
    targets.push(target.value as RingTarget);
  }
  if (targets.length === 0) return fail('a ring group without targets');
  const out: RingGroup = { targets, seconds: d };
  if (!g.enabled) out.enabled = false;
  return ok(out);
}

/** A disabled group of only the user's mobile or desktop apps: compile adds it back by itself. */
const ownAppsOnly = (g: RingGroupActionRequest) => !g.enabled && ownAppsOf(g) !== undefined;

/**
 * Live ring groups (comparable form, enabled first in ring order) → the `ring` section. The
 * list is owned whole by compile: it becomes exactly the listed groups, plus one disabled group
 * of each of the user's own apps (with the live duration) the list does not name. So every
 * enabled group and every disabled group of other targets is written, and the disabled groups
 * of own apps are left to compile, which is only exact when each appears once.
 */
export function ringToManifest(type: string, groups: RingGroupActionRequest[], env: ExportEnv): Converted<RingSection> {
  if (groups.length === 0) return fail('a ringing rule without ring groups');
  // `groups` needs at least one entry: with only disabled own-apps groups, they are written out.
  const others = groups.filter((g) => !ownAppsOnly(g));
  const written = others.length > 0 ? others : groups;
  const out: RingGroup[] = [];
  for (const g of written) {
    const group = groupToManifest(g, env);
    if (!group.ok) return group;
    out.push(group.value);
  }
  for (const part of ringTargetParts().filter((p) => p.ownApps)) {
    const listed = out.filter((g) => g.targets.includes(part.key)).length;
    const leftToCompile = groups.filter((g) => !written.includes(g) && ownAppsOf(g) === part).length;
    if (listed > 1 || listed + leftToCompile > 1) return fail(`${part.key} in more than one ring group`);
  }
  return ok({ order: type === 'RingInOrder' ? 'in-order' : 'at-once', groups: out });
}
