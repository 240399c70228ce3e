import type { Change, FieldChange, Plan } from '../core/plan.js';
import { changeFields } from './change-fields.js';
import { ABSENT, formatPointer, formatValuePair } from './format-value.js';
import { codeSpan, escapeHtml, escapeMarkdown, tableCell } from './markdown-escape.js';
import { affectedLine, NO_CHANGES, planSummaryLine, plural } from './plan-summary.js';
import { actionLabel, objectLabel, targetLabel } from './target-label.js';

/** Pull-request comments have room for longer values than a terminal line. */
const MD_VALUE_WIDTH = 100;
/** GitHub's comment limit is 65,536 characters; stay below it with room for a bot's footer. */
const COMMENT_LIMIT = 60_000;
/** Kept free for the "N more changes not shown" note. */
const OMISSION_NOTE_ROOM = 200;

/**
 * The plan as a pull-request comment: the summary first (what a reviewer scans), then one
 * folded `<details>` block per change in execution order, then unmanaged objects and warnings.
 * Every string from the plan is escaped; GitHub renders the result as written.
 */
export function renderPlanMarkdown(plan: Plan): string {
  const head = ['### ringform plan', summaryParagraph(plan)];
  if (plan.changes.length === 0) head.push(NO_CHANGES);
  const tail = noteSections(plan);
  const budget = COMMENT_LIMIT - [...head, ...tail].join('\n\n').length;
  return `${[...head, ...fitChanges(plan.changes, budget), ...tail].join('\n\n')}\n`;
}

function noteSections(plan: Plan): string[] {
  const sections: string[] = [];
  const unmanaged = plan.unmanaged.map(
    (u) =>
      `- ${escapeMarkdown(targetLabel(u.kind, u.target))} (${codeSpan(u.kind)}, id ${codeSpan(u.id)}): ` +
      `kept; set ${codeSpan('prune: true')} to delete`,
  );
  if (unmanaged.length > 0) sections.push('#### Unmanaged', unmanaged.join('\n'));
  const warnings = (plan.warnings ?? []).map((w) => `- ${escapeMarkdown(w)}`);
  if (warnings.length > 0) sections.push('#### Warnings', warnings.join('\n'));
  return sections;
}

/**
 * The change blocks that fit in `budget` characters, then a note of how many were left out:
 * GitHub rejects comments over 65,536 characters, and a plan for a whole account can be larger.
 * A comment that posts with the summary and the first changes beats one that fails to post.
 */
function fitChanges(changes: Change[], budget: number): string[] {
  const blocks: string[] = [];
  let used = 0;
  for (const [index, change] of changes.entries()) {
    const block = changeDetails(change);
    if (used + block.length + OMISSION_NOTE_ROOM > budget) {
      const left = plural(changes.length - index, 'more change');
      blocks.push(`_${left} not shown: the comment would be too long. Run ${codeSpan('ringform plan')} for all of them._`);
      break;
    }
    blocks.push(block);
    used += block.length + 2;
  }
  return blocks;
}

function summaryParagraph(plan: Plan): string {
  const affected = affectedLine(plan);
  return `**${planSummaryLine(plan)}**${affected ? ` ${affected}` : ''}`;
}

function changeDetails(change: Change): string {
  const summary = escapeHtml(`${actionLabel(change.action)} · ${targetLabel(change.kind, change.target)}`);
  return [
    `<details><summary>${summary}</summary>`,
    codeSpan(`${change.method} ${change.path}`),
    changeFacts(change),
    fieldTable(change),
    '</details>',
  ].join('\n\n');
}

/** Id, kind, dependencies and origin in one line: what ties this block to the others. */
function changeFacts(change: Change): string {
  const facts = [`Change ${codeSpan(change.id)} (${codeSpan(change.kind)})`];
  if (change.dependsOn.length > 0) facts.push(`depends on ${change.dependsOn.map(codeSpan).join(', ')}`);
  if (change.origin) {
    const { file, line, col } = change.origin;
    facts.push(`from ${codeSpan(`${file}:${line}:${col}`)}`);
  } else if (change.action === 'delete') {
    facts.push(`not in any manifest (${codeSpan('prune: true')})`);
  }
  return `${facts.join(', ')}.`;
}

function fieldTable(change: Change): string {
  const fields = changeFields(change);
  if (fields.length === 0) {
    return change.action === 'delete'
      ? `Removes ${escapeMarkdown(objectLabel(change.kind, change.target.name))}.`
      : '_No field-level difference recorded._';
  }
  return ['| field | old | new |', '| --- | --- | --- |', ...fields.map(fieldRow)].join('\n');
}

function fieldRow(field: FieldChange): string {
  const [oldText, newText] = formatValuePair(field.old, field.new, MD_VALUE_WIDTH);
  const cells = [codeSpan(formatPointer(field.path)), valueCell(field.old, oldText), valueCell(field.new, newText)];
  return `| ${cells.map(tableCell).join(' | ')} |`;
}

/** Absent sides are plain italics, not code, so they cannot be mistaken for a string value. */
function valueCell(value: unknown, text: string): string {
  return value === undefined ? `_${ABSENT}_` : codeSpan(text);
}
