import { naturalCompare } from '../core/order.js';
import { CHANGE_KINDS, OWNER_TYPES } from '../core/plan.js';
import type { DraftChange } from '../core/draft-change.js';
import { kindNamed } from '../kinds/index.js';
import { creatingDraft, plannedReferences } from './planned-references.js';

/**
 * The stable tie-break between changes that may run in any order: creates and updates before
 * deletes (a renamed rule exists before the old one goes, so calls are never unhandled), then
 * owner type (OWNER_TYPES: users before sites before the company), extension number, kind (cli.md order), name.
 */
/**
 * Rules of a kind `triedInOrder` (v1 custom rules) are evaluated in the order RingCentral lists
 * them, and a new rule is listed last: creating them in document order keeps that order what the
 * document says (manifest-v1.md), not the order of their names.
 */
function documentOrder(a: DraftChange, b: DraftChange): number {
  if (b.kind !== a.kind || !kindNamed(a.kind).triedInOrder || !a.origin || !b.origin) return 0;
  return a.origin.line - b.origin.line || a.origin.col - b.origin.col;
}

export function compareDrafts(a: DraftChange, b: DraftChange): number {
  const phase = (c: DraftChange) => (c.action === 'delete' ? 1 : 0);
  return (
    phase(a) - phase(b) ||
    OWNER_TYPES.indexOf(a.target.owner) - OWNER_TYPES.indexOf(b.target.owner) ||
    naturalCompare(a.target.extension ?? '', b.target.extension ?? '') ||
    a.ownerKey.localeCompare(b.ownerKey) ||
    CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) ||
    documentOrder(a, b) ||
    a.name.localeCompare(b.name)
  );
}

/**
 * Which changes must succeed before each one: declared `after` keys, creates before deletes, and
 * the create of an IVR menu before a change that names its planned id.
 */
export function dependencies(drafts: DraftChange[]): Map<string, Set<string>> {
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const deps = new Map<string, Set<string>>();
  for (const d of drafts) {
    const set = new Set<string>();
    for (const a of d.after) {
      const key = `${d.ownerKey}|${a}`;
      if (byKey.has(key) && key !== d.key) set.add(key);
    }
    // A reference to an IVR menu this plan creates waits for its create (apply fills in the id).
    for (const ref of plannedReferences(d.request.body)) {
      const create = creatingDraft(drafts, ref.extensionNumber);
      if (create && create.key !== d.key) set.add(create.key);
    }
    if (d.action === 'delete') {
      for (const other of drafts) {
        // …except the create that replaces the deleted object, which waits for it instead.
        const replacement = other.after.some((a) => `${other.ownerKey}|${a}` === d.key);
        if (other.ownerKey === d.ownerKey && other.kind === d.kind && other.action === 'create' && !replacement) set.add(other.key);
      }
    }
    deps.set(d.key, set);
  }
  return deps;
}

/** Topological order by dependencies with the stable tie-break (Kahn's algorithm). */
export function orderChanges(drafts: DraftChange[], deps: Map<string, Set<string>>): DraftChange[] {
  const remaining = new Map(drafts.map((d) => [d.key, new Set(deps.get(d.key))]));
  const done = new Set<string>();
  const ordered: DraftChange[] = [];
  const pending = [...drafts].sort(compareDrafts);
  while (pending.length > 0) {
    const i = pending.findIndex((d) => [...remaining.get(d.key)!].every((k) => done.has(k)));
    // A cycle cannot come from the kinds' declarations; fall back to the tie-break rather than hang.
    const next = pending.splice(i === -1 ? 0 : i, 1)[0];
    ordered.push(next);
    done.add(next.key);
  }
  return ordered;
}
