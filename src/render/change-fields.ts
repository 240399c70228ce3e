import type { Change, FieldChange } from '../core/plan.js';

/** How one field changes, as a diff marker: added, removed or replaced. */
export type FieldMarker = '+' | '-' | '~';

export function fieldMarker(field: FieldChange): FieldMarker {
  if (field.old === undefined) return '+';
  if (field.new === undefined) return '-';
  return '~';
}

/**
 * The field rows a reviewer sees for a change. Normally `change.diff` as the planner made it;
 * a create whose planner left the diff empty still shows what it sends (the body's top-level
 * fields), because "create" with nothing under it tells a reviewer nothing.
 */
export function changeFields(change: Change): FieldChange[] {
  if (change.diff.length > 0) return change.diff;
  if (change.action === 'create' && isPlainObject(change.body)) {
    return Object.entries(change.body).map(([key, value]) => ({ path: `/${escapePointer(key)}`, new: value }));
  }
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 6901: `~` and `/` inside a key are written `~0` and `~1`. */
function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
