/** JSON pointers (RFC 6901) into plain JSON data: what a change's `fill` names. */

const keysOf = (pointer: string) =>
  pointer
    .slice(1)
    .split('/')
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The value at a pointer, if any. */
export function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let at: unknown = data;
  for (const key of keysOf(pointer)) {
    if (!at || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** A copy of `data` with the value at an existing pointer replaced. */
export function withValueAt(data: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const copy = structuredClone(data);
  const keys = keysOf(pointer);
  const parent = valueAt(copy, `/${pointer.slice(1).split('/').slice(0, -1).join('/')}`.replace(/^\/$/, ''));
  if (!parent || typeof parent !== 'object') throw new Error(`no ${pointer} in the body`);
  (parent as Record<string, unknown>)[keys[keys.length - 1]] = value;
  return copy;
}

/**
 * A copy of `data` without the array elements that hold these pointers (the deepest array along
 * each): `/actions/1/extension/id` drops `actions[1]`.
 */
export function withoutElementsAt(data: unknown, pointers: string[]): unknown {
  const copy = structuredClone(data);
  const drops = new Map<unknown[], Set<number>>();
  for (const pointer of pointers) {
    let at: unknown = copy;
    let drop: [unknown[], number] | undefined;
    for (const key of keysOf(pointer)) {
      if (Array.isArray(at)) drop = [at, Number(key)];
      if (!at || typeof at !== 'object' || !Object.hasOwn(at, key)) break;
      at = (at as Record<string, unknown>)[key];
    }
    if (drop) drops.set(drop[0], (drops.get(drop[0]) ?? new Set()).add(drop[1]));
  }
  for (const [list, indices] of drops) [...indices].sort((a, b) => b - a).forEach((i) => list.splice(i, 1));
  return copy;
}
