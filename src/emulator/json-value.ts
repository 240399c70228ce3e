/** Narrowing helpers for request bodies, which arrive as untyped JSON. */

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

export function clone<T>(v: T): T {
  return structuredClone(v);
}

/** `a.b[0].c`-style parameter names for CMN-101 errors. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
