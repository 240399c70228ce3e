import type { Change, FieldChange, Plan } from '../core/plan.js';
import { changeFields, fieldMarker } from './change-fields.js';
import { cleanText, formatPointer, formatValue, formatValuePair } from './format-value.js';
import { palette, type Palette } from './palette.js';
import { affectedLine, NO_CHANGES, planSummaryLine } from './plan-summary.js';
import { actionLabel, objectLabel, targetLabel } from './target-label.js';

const INDENT = '    ';

/**
 * The plan as a reviewer's summary (cli.md "Plan output"): one block per change in execution
 * order, then unmanaged objects, warnings, the blast radius and the summary line last, so the
 * bottom of a long scroll still says what will happen.
 */
export function renderPlanText(plan: Plan, opts: { colour: boolean; extraSections?: string[] }): string {
  const p = palette(opts.colour);
  const sections: string[][] = [];
  if (plan.changes.length === 0) sections.push([NO_CHANGES]);
  for (const change of plan.changes) sections.push(changeBlock(change, p));
  // Extra sections (the routing impact) go before the footer, which stays last.
  for (const extra of opts.extraSections ?? []) sections.push([extra.trimEnd()]);
  const notes = [...unmanagedLines(plan, p), ...warningLines(plan, p)];
  if (notes.length > 0) sections.push(notes);
  const affected = affectedLine(plan);
  sections.push([...(affected ? [affected] : []), p.bold(planSummaryLine(plan))]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function changeBlock(change: Change, p: Palette): string[] {
  const header = [
    p.action[change.action](actionLabel(change.action)),
    change.kind,
    p.bold(targetLabel(change.kind, change.target)),
    p.dim(`[${change.id}]`),
  ].join('  ');
  const lines = [header, `${INDENT}${change.method} ${p.dim(change.path)}`];
  if (change.dependsOn.length > 0) lines.push(`${INDENT}depends on: ${change.dependsOn.join(', ')}`);
  const origin = originLine(change);
  if (origin) lines.push(`${INDENT}${p.dim(origin)}`);
  return [...lines, ...fieldLines(change, p).map((l) => INDENT + l)];
}

function originLine(change: Change): string | undefined {
  if (change.origin) {
    const { file, line, col } = change.origin;
    return `from ${cleanText(file)}:${line}:${col}`;
  }
  // The planner only leaves origin out for rules no manifest lists, i.e. prune deletes.
  return change.action === 'delete' ? 'not in any manifest (prune: true)' : undefined;
}

function fieldLines(change: Change, p: Palette): string[] {
  const fields = changeFields(change);
  if (fields.length === 0) {
    return change.action === 'delete'
      ? [p.action.delete(`removes ${objectLabel(change.kind, change.target.name)}`)]
      : [p.dim('(no field-level difference recorded)')];
  }
  return fields.map((field) => fieldLine(change, field, p));
}

/**
 * Creates list only the new values and deletes only the old ones: the other side is absent on
 * every line, and repeating `(absent)` would bury what matters. Updates show `old → new`.
 */
function fieldLine(change: Change, field: FieldChange, p: Palette): string {
  const marker = fieldMarker(field);
  const colour = marker === '+' ? p.action.create : marker === '-' ? p.action.delete : p.action.update;
  const head = `${colour(marker)} ${formatPointer(field.path)}:`;
  if (change.action === 'create') return `${head} ${formatValue(field.new)}`;
  if (change.action === 'delete') return `${head} ${formatValue(field.old)}`;
  const [oldText, newText] = formatValuePair(field.old, field.new);
  return `${head} ${oldText} → ${newText}`;
}

function unmanagedLines(plan: Plan, p: Palette): string[] {
  return plan.unmanaged.map(
    (u) => `${p.warn('!')} unmanaged: ${targetLabel(u.kind, u.target)} (kept; set prune: true to delete)`,
  );
}

function warningLines(plan: Plan, p: Palette): string[] {
  return (plan.warnings ?? []).map((w) => `${p.warn('!')} warning: ${cleanText(w)}`);
}
