import deepDiff from 'deep-diff';
import fastJsonPatch from 'fast-json-patch';
import type { FieldChange, PatchOp } from '../core/plan.js';

const pointer = (path: readonly (string | number)[] = []) =>
  '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** RFC 6902 patch from `live` to `desired` (the contract's `patch`). */
export function jsonPatch(live: unknown, desired: unknown): PatchOp[] {
  return fastJsonPatch.compare((live ?? {}) as object, (desired ?? {}) as object) as PatchOp[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A whole object that appears or disappears is listed field by field (a new rule reads as
 * `dispatching/type: "Terminate"`, `dispatching/forwarding/...`), not as one truncated blob.
 */
function leaves(path: (string | number)[], value: unknown, side: 'old' | 'new'): FieldChange[] {
  if (!isPlainObject(value) || Object.keys(value).length === 0) return [{ path: pointer(path), [side]: value }];
  return Object.entries(value).flatMap(([k, v]) => leaves([...path, k], v, side));
}

/** The old and new value of one difference (an absent side, for an addition or a removal, is undefined). */
const sides = (d: deepDiff.Diff<object>) => ({ old: 'lhs' in d ? d.lhs : undefined, new: 'rhs' in d ? d.rhs : undefined });

/** The same difference for people: one entry per changed field, old → new. */
export function fieldDiff(live: unknown, desired: unknown): FieldChange[] {
  const diffs = deepDiff.diff((live ?? {}) as object, (desired ?? {}) as object) ?? [];
  return diffs.flatMap((d): FieldChange[] => {
    const path = [...(d.path ?? [])];
    if (d.kind === 'A') return [{ path: pointer([...path, d.index]), ...sides(d.item) }];
    if (d.kind === 'N') return leaves(path, d.rhs, 'new');
    if (d.kind === 'D') return leaves(path, d.lhs, 'old');
    return [{ path: pointer(path), ...sides(d) }];
  });
}
