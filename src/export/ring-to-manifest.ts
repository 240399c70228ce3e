import { MAX_RING_SECONDS } from '../core/defaults.js';
import type { RingGroup, RingSection, RingTarget } from '../core/manifest.js';
import { exactE164, fail, ok, type Converted, type ExtensionRefs } from './extension-refs.js';

const DEVICE_TARGETS: Record<string, 'mobile-apps' | 'desktop-apps'> = {
  AllMobileRingTarget: 'mobile-apps',
  AllDesktopRingTarget: 'desktop-apps',
};

function targetToManifest(t: any, refs: ExtensionRefs): Converted<RingTarget> {
  const device = DEVICE_TARGETS[t?.type];
  if (device) return t.extension ? fail(`a ${device} ring target that names extension ${t.extension.id}`) : ok(device);
  if (t?.type === 'CoworkerRingTarget') {
    const ref = refs.ref(t.extension?.id);
    return ref === undefined ? fail(`a coworker ring target whose extension ${t.extension?.id} is not in the account`) : ok({ coworker: ref });
  }
  if (t?.type === 'PhoneNumberRingTarget') {
    const phone = exactE164(t.destination?.phoneNumber);
    return phone ? ok({ phone }) : fail(`the ring target phone number "${t.destination?.phoneNumber}" (not E.164)`);
  }
  return fail(`a ${String(t?.type)} ring target`);
}

function groupToManifest(g: any, refs: ExtensionRefs): Converted<RingGroup> {
  if (g.customStartOffset) return fail('a ring group with a custom start offset');
  const d = g.duration;
  if (!Number.isInteger(d) || d < 5 || d > MAX_RING_SECONDS || d % 5 !== 0) return fail(`a ring duration of ${String(d)} seconds`);
  const targets: RingTarget[] = [];
  for (const t of g.targets ?? []) {
    const target = targetToManifest(t, refs);
    if (!target.ok) return target;
    targets.push(target.value);
  }
  if (targets.length === 0) return fail('a ring group without targets');
  const out: RingGroup = { targets, seconds: d };
  if (!g.enabled) out.enabled = false;
  return ok(out);
}

/** A disabled group of only the user's mobile or desktop apps: compile adds it back by itself. */
const deviceOnly = (g: any) => !g.enabled && g.targets?.length === 1 && DEVICE_TARGETS[g.targets[0].type] !== undefined && !g.targets[0].extension;

/**
 * Live ring groups (request form, enabled first in ring order) → the `ring` section. The list is
 * owned whole by compile: it becomes exactly the listed groups, plus one disabled mobile-apps
 * and desktop-apps group (with the live duration) for each kind the list does not name. So
 * every enabled group and every disabled group of other targets is written, and the disabled
 * device groups are left to compile, which is only exact when each appears once.
 */
export function ringToManifest(type: string, groups: any[], refs: ExtensionRefs): Converted<RingSection> {
  if (groups.length === 0) return fail('a ringing rule without ring groups');
  // `groups` needs at least one entry: with only disabled device groups, they are written out.
  const others = groups.filter((g) => !deviceOnly(g));
  const written = others.length > 0 ? others : groups;
  const out: RingGroup[] = [];
  for (const g of written) {
    const group = groupToManifest(g, refs);
    if (!group.ok) return group;
    out.push(group.value);
  }
  for (const device of Object.values(DEVICE_TARGETS)) {
    const listed = out.filter((g) => g.targets.includes(device)).length;
    const leftToCompile = groups.filter((g) => !written.includes(g) && DEVICE_TARGETS[g.targets[0].type] === device).length;
    if (listed > 1 || listed + leftToCompile > 1) return fail(`${device} in more than one ring group`);
  }
  return ok({ order: type === 'RingInOrder' ? 'in-order' : 'at-once', groups: out });
}
