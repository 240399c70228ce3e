import type { CallerMatch } from '../core/routing.js';

/** The ways a caller entry can match a call: its number, and (sites) its contact name. */
function callerKeys(c: CallerMatch, byName: boolean): string[] {
  const keys: string[] = [];
  if (c.number !== undefined) keys.push(`number:${c.number}`);
  if (byName && c.name !== undefined) keys.push(`name:${c.name.trim().toLowerCase()}`);
  return keys;
}

/** An empty list is no condition: it matches everything. */
function listCovers(outer: string[], inner: string[]): boolean {
  if (outer.length === 0) return true;
  if (inner.length === 0) return false;
  const set = new Set(outer);
  return inner.every((k) => set.has(k));
}

function listsOverlap(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const set = new Set(a);
  return b.some((k) => set.has(k));
}

export function callersCover(outer: CallerMatch[], inner: CallerMatch[], byName: boolean): boolean {
  if (outer.length === 0) return true;
  return listCovers(
    outer.flatMap((c) => callerKeys(c, byName)),
    inner.flatMap((c) => callerKeys(c, byName)),
  );
}

export function callersOverlap(a: CallerMatch[], b: CallerMatch[], byName: boolean): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const ka = a.flatMap((c) => callerKeys(c, byName));
  const kb = b.flatMap((c) => callerKeys(c, byName));
  // A call has a number and maybe a name: a number in one list and a name in the other can meet.
  const has = (keys: string[], kind: string) => keys.some((k) => k.startsWith(kind));
  const mixed = (has(ka, 'name:') && has(kb, 'number:')) || (has(kb, 'name:') && has(ka, 'number:'));
  return mixed || listsOverlap(ka, kb);
}

export const calledCover = listCovers;
export const calledOverlap = listsOverlap;
