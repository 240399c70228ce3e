import type { RenamedFrom } from '../../core/manifest.js';
import type { LiveObject } from '../resource-kind.js';

/** The live rule a document's custom rule manages, or why it cannot be told. */
export interface LiveMatch {
  /** The key of the live object in the kind's live map (absent: the rule is created). */
  key?: string;
  /** A plan error, with the field it is about (`name` or `renamedFrom`). */
  problem?: { field: 'name' | 'renamedFrom'; message: string };
}

const nameOf = (key: string, o: LiveObject) => o.name ?? key;
const ids = (list: [string, LiveObject][]) => list.map(([, o]) => o.id ?? '?').join(', ');

export function formerNames(renamedFrom: RenamedFrom | undefined): string[] {
  if (renamedFrom === undefined) return [];
  return Array.isArray(renamedFrom) ? renamedFrom : [renamedFrom];
}

/**
 * Which live rule a custom rule named `name` manages (manifest-v1.md "Renaming a custom rule"):
 * the live rule of that name; else, the one live rule holding one of its former names, renamed in
 * place (`listed`: the names the document lists, never taken as former names). RingCentral does not keep names unique, so several live rules holding the name (or,
 * when renaming, the former names) is a plan error naming their ids: picking one would leave the
 * others handling calls, and a later plan could not tell them apart either.
 */
export function matchLiveRule(
  live: Map<string, LiveObject>,
  name: string,
  renamedFrom?: RenamedFrom,
  listed: ReadonlySet<string> = new Set(),
): LiveMatch {
  const entries = [...live];
  const holders = entries.filter(([key, o]) => nameOf(key, o) === name);
  if (holders.length > 1) {
    const message = `${holders.length} live rules are named "${name}" (ids ${ids(holders)}); RingCentral does not keep rule names unique, so ringform cannot tell which one this rule manages. Delete the extra copies (or rename them) in RingCentral, then plan again`;
    return { key: holders[0][0], problem: { field: 'name', message } };
  }
  if (holders.length === 1) return { key: holders[0][0] };
  // A former name the document still lists is that rule's, not a rename source.
  const former = formerNames(renamedFrom).filter((n) => !listed.has(n));
  const candidates = entries.filter(([key, o]) => former.includes(nameOf(key, o)));
  if (candidates.length > 1) {
    const list = candidates.map(([key, o]) => `${o.id ?? '?'} "${nameOf(key, o)}"`).join(', ');
    const message = `no live rule is named "${name}" and ${candidates.length} live rules hold its former names (${list}); rename or delete all but one in RingCentral, then plan again`;
    return { problem: { field: 'renamedFrom', message } };
  }
  return candidates.length === 1 ? { key: candidates[0][0] } : {};
}

/** `{liveKey}` when the rule manages a live rule of another name (a rename), else nothing. */
export function renamed(key: string | undefined, name: string): { liveKey?: string } {
  return key !== undefined && key !== name ? { liveKey: key } : {};
}
