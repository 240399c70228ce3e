import { isDeepStrictEqual } from 'node:util';
import type { Change, FieldChange, ManifestField, Plan } from '../core/plan.js';
import { changeFields, fieldMarker } from './change-fields.js';
import { cleanText, formatPointer, formatValue, formatValuePair } from './format-value.js';
import { flowValue, yamlBlock } from './manifest-value.js';
import { palette, type Palette } from './palette.js';
import { accountLine, affectedLine, noChangesLine, planSummaryLine } from './plan-summary.js';
import { permissionsLine } from './permissions-line.js';
import { API_WORDS_NOTE, changeNotes, manifestMarker, movedNote, reviewRows, warningText } from './review-rows.js';
import { actionLabel, objectLabel, targetLabel } from './target-label.js';

const INDENT = '    ';
/** A field whose `path: before → after` line is longer than this shows each side on its own line. */
const LINE_WIDTH = 110;

export interface PlanTextOptions {
  colour: boolean;
  /** Sections printed before the footer (the routing impact). */
  extraSections?: string[];
  /** `--show-requests`: each change's HTTP method, path and API-level difference too. */
  showRequests?: boolean;
}

/**
 * The plan as a reviewer's summary (cli.md "Plan output"): the account first, one block per
 * change in execution order in the words of the manifest, then warnings (unmanaged rules,
 * lint), the blast radius and the summary line last, so the bottom of a long scroll still says
 * what will happen.
 */
export function renderPlanText(plan: Plan, opts: PlanTextOptions): string {
  const p = palette(opts.colour);
  const sections: string[][] = [];
  const account = accountLine(plan.account);
  if (account) sections.push([p.bold(account)]);
  if (plan.changes.length === 0) sections.push([noChangesLine(plan)]);
  for (const change of plan.changes) sections.push(changeBlock(change, p, Boolean(opts.showRequests)));
  // Extra sections (the routing impact) go before the footer, which stays last.
  for (const extra of opts.extraSections ?? []) sections.push([extra.trimEnd()]);
  const notes = warningLines(plan, p);
  if (notes.length > 0) sections.push(notes);
  const affected = affectedLine(plan);
  const permissions = permissionsLine(plan);
  sections.push([...(permissions ? [permissions] : []), ...(affected ? [affected] : []), p.bold(planSummaryLine(plan))]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function changeBlock(change: Change, p: Palette, showRequests: boolean): string[] {
  const header = [
    p.action[change.action](actionLabel(change.action)),
    change.kind,
    p.bold(targetLabel(change.kind, change.target)),
    p.dim(`[${change.id}]`),
  ].join('  ');
  const lines = [header];
  if (showRequests) lines.push(`${INDENT}${change.method} ${p.dim(change.path)}`);
  if (change.dependsOn.length > 0) lines.push(`${INDENT}depends on: ${change.dependsOn.join(', ')}`);
  const origin = originLine(change);
  if (origin) lines.push(`${INDENT}${p.dim(origin)}`);
  if (change.schedules?.length) lines.push(`${INDENT}${scheduleLine(change)}`);
  lines.push(...changeNotes(change).map((note) => `${INDENT}${p.warn('!')} ${note}`));
  lines.push(...reviewLines(change, p, showRequests).map((l) => INDENT + l));
  if (showRequests && change.fields?.length) lines.push(...apiLines(change, p).map((l) => INDENT + l));
  return lines;
}

function originLine(change: Change): string | undefined {
  if (change.origin) {
    const { file, line, col } = change.origin;
    return `from ${cleanText(file)}:${line}:${col}`;
  }
  // The planner only leaves origin out for rules no manifest lists, i.e. prune deletes.
  return change.action === 'delete' ? 'not in any manifest (prune: true)' : undefined;
}

/** `schedule from Schedule us-holidays-2026 (schedules/holidays.yaml:3:7)`: the shared document behind the change. */
function scheduleLine(change: Change): string {
  const named = (change.schedules ?? []).map((s) => `${cleanText(s.name)} (${cleanText(s.file)}:${s.line}:${s.column})`);
  return `schedule from Schedule ${named.join(' and ')}`;
}

function reviewLines(change: Change, p: Palette, showRequests: boolean): string[] {
  const rows = reviewRows(change);
  if (rows.words === 'manifest') return rows.fields.flatMap((field) => manifestLines(field, p));
  if (rows.words === 'api') return [p.dim(showRequests ? 'API-level difference:' : API_WORDS_NOTE), ...fieldLines(change, p)];
  return change.action === 'delete'
    ? [p.action.delete(`removes ${objectLabel(change.kind, change.target.name)}`)]
    : [p.dim('(no field-level difference recorded)')];
}

/** `--show-requests`: the API-level difference under the manifest fields. */
function apiLines(change: Change, p: Palette): string[] {
  const lines = fieldLines(change, p);
  return lines.length > 0 ? [p.dim('API-level difference:'), ...lines.map((l) => `  ${l}`)] : [];
}

function markerStyle(marker: '+' | '-' | '~', p: Palette): (s: string) => string {
  return marker === '+' ? p.action.create : marker === '-' ? p.action.delete : p.action.update;
}

/**
 * `~ rules.work-hours.ring.groups[0].seconds: 20 → 30`. A value that appears or goes whole and
 * does not fit on the line (a new rule) is shown as a YAML block, like the document that asks
 * for it; a long update shows before and after on their own lines. Values are never cut.
 */
function manifestLines(field: ManifestField, p: Palette): string[] {
  const marker = manifestMarker(field);
  const head = `${markerStyle(marker, p)(marker)} ${cleanText(field.path)}:`;
  const moved = movedNote(field);
  if (moved) {
    const value = isDeepStrictEqual(field.before, field.after)
      ? flowValue(field.after)
      : `${flowValue(field.before)} → ${flowValue(field.after)}`;
    return [`${head} ${value} (${cleanText(moved)})`];
  }
  if (marker !== '~') {
    const value = marker === '+' ? field.after : field.before;
    const line = `${head} ${flowValue(value)}`;
    if (line.length <= LINE_WIDTH || typeof value !== 'object' || value === null) return [line];
    return [head, ...yamlBlock(value, LINE_WIDTH - 8).map((l) => `    ${l}`)];
  }
  const [before, after] = [flowValue(field.before), flowValue(field.after)];
  const line = `${head} ${before} → ${after}`;
  if (line.length <= LINE_WIDTH) return [line];
  return [head, `    before: ${before}`, `    after:  ${after}`];
}

function fieldLines(change: Change, p: Palette): string[] {
  return changeFields(change).map((field) => fieldLine(change, field, p));
}

/**
 * Creates list only the new values and deletes only the old ones: the other side is absent on
 * every line, and repeating `(absent)` would bury what matters. Updates show `old → new`.
 */
function fieldLine(change: Change, field: FieldChange, p: Palette): string {
  const marker = fieldMarker(field);
  const head = `${markerStyle(marker, p)(marker)} ${formatPointer(field.path)}:`;
  if (change.action === 'create') return `${head} ${formatValue(field.new)}`;
  if (change.action === 'delete') return `${head} ${formatValue(field.old)}`;
  const [oldText, newText] = formatValuePair(field.old, field.new);
  return `${head} ${oldText} → ${newText}`;
}

/** Unmanaged rules and lint, each where it can be fixed; a plan without warnings from the planner still lists its unmanaged objects. */
function warningLines(plan: Plan, p: Palette): string[] {
  const warnings = (plan.warnings ?? []).map((w) => `${p.warn('!')} warning: ${warningText(w)}`);
  if (plan.warnings !== undefined) return warnings;
  return plan.unmanaged.map((u) => `${p.warn('!')} unmanaged: ${targetLabel(u.kind, u.target)} (kept; set prune: true to delete)`);
}
