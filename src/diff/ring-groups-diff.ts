import { isDeepStrictEqual } from 'node:util';
import { formatPath, type PathSeg } from '../core/path.js';
import type { ManifestField } from '../core/plan.js';
import { ringTargetParts } from '../parts/registry.js';

type Group = Record<string, unknown>;
type ElementDiff = (before: unknown, after: unknown, path: readonly PathSeg[]) => ManifestField[];

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** `…ring.groups`: the list this module reads. */
export const isRingGroups = (path: readonly PathSeg[]) => path.at(-1) === 'groups' && path.at(-2) === 'ring';

/** The user's own app a group holds, when that is all it holds (`{targets: [desktop-apps], …}`). */
function ownAppOf(group: unknown): string | undefined {
  if (!isPlainObject(group) || !Array.isArray(group.targets) || group.targets.length !== 1) return undefined;
  const [target] = group.targets;
  return typeof target === 'string' && ringTargetParts().some((p) => p.ownApps && p.key === target) ? target : undefined;
}

const enabled = (group: unknown) => !isPlainObject(group) || group.enabled !== false;

/**
 * RingCentral keeps a ring group of each of the user's own apps (mobile-apps, desktop-apps) on
 * every rule, and the manifest form leaves the disabled ones out: compile adds them back, after
 * the listed groups. So an own-apps group listed on one side only was switched off or on, never
 * removed or added: it is put back on the other side, disabled, where compile puts it.
 */
function withDisabledOwnApps(before: unknown[], after: unknown[]): [unknown[], unknown[]] {
  const b = [...before];
  const a = [...after];
  for (const part of ringTargetParts().filter((p) => p.ownApps)) {
    const inBefore = b.find((g) => ownAppOf(g) === part.key);
    const inAfter = a.find((g) => ownAppOf(g) === part.key);
    if (inBefore && !inAfter) a.push({ ...(inBefore as Group), enabled: false });
    else if (inAfter && !inBefore) b.push({ ...(inAfter as Group), enabled: false });
  }
  return [b, a];
}

/** A group is the same group on both sides when it rings the same targets (as compile matches them); repeats count in order. */
function identities(groups: unknown[]): string[] {
  const seen = new Map<string, number>();
  return groups.map((g) => {
    const key = JSON.stringify(isPlainObject(g) ? g.targets : g);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}#${n}`;
  });
}

/**
 * Indices (into `seq`) of a longest increasing subsequence: the groups that kept their relative
 * order. Of equally long ones, the one that keeps the earliest groups in place, so a swap reads
 * as the later group moving up ("Kim now rings first"). Lists of ring groups are short.
 */
function keptOrder(seq: number[]): Set<number> {
  const length: number[] = [];
  const prev: number[] = [];
  for (let i = 0; i < seq.length; i++) {
    length[i] = 1;
    prev[i] = -1;
    for (let k = 0; k < i; k++) {
      if (seq[k] < seq[i] && length[k] + 1 > length[i]) [length[i], prev[i]] = [length[k] + 1, k];
    }
  }
  const out = new Set<number>();
  let end = -1;
  for (let i = 0; i < seq.length; i++) if (end < 0 || length[i] > length[end]) end = i;
  for (let i = end; i >= 0; i = prev[i]) out.add(i);
  return out;
}

/** A group written without `enabled` rings: said explicitly when the other side says `enabled: false`. */
function explicitEnabled(before: unknown, after: unknown): [unknown, unknown] {
  if (!isPlainObject(before) || !isPlainObject(after) || 'enabled' in before === 'enabled' in after) return [before, after];
  return 'enabled' in before ? [before, { ...after, enabled: true }] : [{ ...before, enabled: true }, after];
}

/**
 * The difference of a rule's ring groups as a reviewer reads it. A group is identified by its
 * targets, not its index: one whose seconds changed is that change, one switched off reads
 * `groups[1].enabled: true → false` (not a removed group), and an enabled group whose place in
 * the ring order changed is shown where it goes, with where it was (`movedFrom`). Paths use the
 * index in the new list; a removed group, its index in the old one.
 */
export function ringGroupsDiff(before: unknown[], after: unknown[], path: readonly PathSeg[], diff: ElementDiff): ManifestField[] {
  const [b, a] = withDisabledOwnApps(before, after);
  const [bIds, aIds] = [identities(b), identities(a)];
  const pairOf = new Map<number, number>(); // after index → before index
  aIds.forEach((id, j) => {
    const i = bIds.indexOf(id);
    if (i >= 0) pairOf.set(j, i);
  });
  // Among groups that ring on both sides, those outside the longest run in the old order moved.
  const ringing = [...pairOf].filter(([j, i]) => enabled(a[j]) && enabled(b[i])).sort(([, x], [, y]) => x - y);
  const kept = keptOrder(ringing.map(([j]) => j));
  const moved = new Set(ringing.filter((_, k) => !kept.has(k)).map(([j]) => j));
  const out: ManifestField[] = [];
  a.forEach((group, j) => {
    const i = pairOf.get(j);
    if (i === undefined) out.push({ path: formatPath([...path, j]), after: group });
    else if (moved.has(j)) out.push({ path: formatPath([...path, j]), movedFrom: formatPath([...path, i]), before: b[i], after: group });
    else if (!isDeepStrictEqual(b[i], group)) out.push(...diff(...explicitEnabled(b[i], group), [...path, j]));
  });
  const paired = new Set(pairOf.values());
  b.forEach((group, i) => {
    if (!paired.has(i)) out.push({ path: formatPath([...path, i]), before: group });
  });
  return out;
}
