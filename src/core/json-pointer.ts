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
