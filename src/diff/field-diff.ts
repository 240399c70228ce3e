import deepDiff from 'deep-diff';
import fastJsonPatch from 'fast-json-patch';
import type { FieldChange, PatchOp } from '../core/plan.js';

const pointer = (path: readonly (string | number)[] = []) =>
  '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** RFC 6902 patch from `live` to `desired` (the contract's `patch`). */
export function jsonPatch(live: unknown, desired: unknown): PatchOp[] {
  return fastJsonPatch.compare((live ?? {}) as object, (desired ?? {}) as object) as PatchOp[];
}

/** The same difference for people: one entry per changed field, old → new. */
export function fieldDiff(live: unknown, desired: unknown): FieldChange[] {
  const diffs = deepDiff.diff((live ?? {}) as object, (desired ?? {}) as object) ?? [];
  return diffs.map((d): FieldChange => {
    if (d.kind === 'A') {
      const path = pointer([...(d.path ?? []), d.index]);
      return { path, old: (d.item as any).lhs, new: (d.item as any).rhs };
    }
    return { path: pointer(d.path), old: (d as any).lhs, new: (d as any).rhs };
  });
}
