import type { Change, ManifestField, PlanWarning } from '../core/plan.js';
import { cleanText } from './format-value.js';

/**
 * What a reviewer reads for one change. Normally its manifest-level `fields`; a change the
 * manifest cannot state (a part no manifest field names, or a plan saved without fields) shows
 * its API-level difference instead, marked as such, so no change is ever shown empty.
 */
export type ReviewRows = { words: 'manifest'; fields: ManifestField[] } | { words: 'api'; change: Change } | { words: 'none' };

export function reviewRows(change: Change): ReviewRows {
  if (change.fields && change.fields.length > 0) return { words: 'manifest', fields: change.fields };
  if (change.diff.length > 0 || (change.action === 'create' && change.body !== undefined)) return { words: 'api', change };
  return { words: 'none' };
}

/** Said above an API-level difference shown in place of manifest fields. */
export const API_WORDS_NOTE = 'not stated in manifest fields; the API-level difference:';

/** Whether a field is added, removed or changed, as the diff marker shows it. */
export function manifestMarker(field: ManifestField): '+' | '-' | '~' {
  if (field.movedFrom !== undefined) return '~';
  if (field.before === undefined) return '+';
  if (field.after === undefined) return '-';
  return '~';
}

/** `examples/users/alex.yaml:12:7  message`: a warning where it can be fixed. */
export function warningText(w: PlanWarning): string {
  return `${cleanText(w.file)}:${w.line}:${w.column}  ${cleanText(w.message)}`;
}

/** `moved from groups[1]`: where a moved list element was, named as short as its list allows. */
export function movedNote(field: ManifestField): string | undefined {
  if (field.movedFrom === undefined) return undefined;
  return `moved from ${field.movedFrom.slice(field.movedFrom.lastIndexOf('.') + 1)}`;
}

/**
 * What a reviewer must read in the change itself, not only among the warnings: a created rule
 * whose `renamedFrom` matches no live rule renames nothing.
 */
export function changeNotes(change: Change): string[] {
  const unmatched = change.target.unmatchedRenamedFrom ?? [];
  if (unmatched.length === 0) return [];
  const names = unmatched.map((n) => JSON.stringify(cleanText(n))).join(', ');
  return [`renamedFrom ${names} matches no live rule: this creates a new rule and renames nothing`];
}
