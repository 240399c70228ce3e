import type { Change, ChangeTarget, FieldChange, ManifestField, OwnerType, Plan } from '../core/plan.js';
import type { RoutingImpact } from '../core/routing-impact.js';
import { changeFields } from './change-fields.js';
import { groupChanges, groupImpacts, memberOwners, OWNER_PLACEHOLDER, type ChangeGroup } from './change-groups.js';
import { ABSENT, formatPointer, formatValuePair, truncate } from './format-value.js';
import { flowValue, yamlBlock } from './manifest-value.js';
import { codeSpan, escapeHtml, escapeMarkdown, tableCell } from './markdown-escape.js';
import { accountLine, affectedLine, noChangesLine, planSummaryLine, plural } from './plan-summary.js';
import { permissionsLine } from './permissions-line.js';
import { renderRoutingImpactMarkdown } from './routing-impact-markdown.js';
import { API_WORDS_NOTE, changeNotes, movedNote, reviewRows } from './review-rows.js';
import { actionLabel, objectLabel, ownerLabel, targetLabel } from './target-label.js';

/** Pull-request comments have room for longer values than a terminal line. */
const MD_VALUE_WIDTH = 160;
/** cli.md: a Markdown plan always fits one GitHub comment (65,536), with room for a bot's footer. */
export const COMMENT_LIMIT = 65_000;
/**
 * A GitHub job summary holds 1 MiB per step; 250,000 characters stay below it even when every
 * character takes 4 bytes of UTF-8, with room for the Action's own table.
 */
export const SUMMARY_LIMIT = 250_000;
/** Kept free for the closing note that says what was left out and how to see it all. */
const NOTE_ROOM = 600;
/** Owners named in a group of identical changes before the rest are counted. */
const MAX_LISTED_OWNERS = 300;
/** A change's one-line title (action, owner, object), in characters. */
const MAX_TITLE = 200;

export interface PlanMarkdownOptions {
  /** Who rings when, per changed user or site: rendered after the changes, within the limit. */
  impacts?: RoutingImpact[];
  /** `--show-requests`: each change's HTTP method, path and API-level difference too. */
  showRequests?: boolean;
  /** Characters the whole text may take: a comment's (default) or a job summary's. */
  limit?: number;
}

/**
 * The plan as a pull-request comment: account and summary first, then warnings, then one folded
 * block per change (identical changes to many users once, with the list of users), then the
 * routing impact. Whatever the plan's size the comment stays within COMMENT_LIMIT characters:
 * what does not fit is counted in a closing note that says how to see the full plan. Every
 * string from the plan is escaped; GitHub renders the result as written.
 */
export function renderPlanMarkdown(plan: Plan, opts: PlanMarkdownOptions = {}): string {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const account = accountLine(plan.account);
  const head = ['### ringform plan', ...(account ? [escapeMarkdown(account)] : []), summaryParagraph(plan)];
  if (plan.changes.length === 0) head.push(escapeMarkdown(noChangesLine(plan)));
  const blocks: Block[] = [
    ...warningBlocks(plan),
    ...changeBlocks(plan.changes, Boolean(opts.showRequests)),
    ...impactBlocks(opts.impacts ?? []),
  ];
  return `${[...head, ...fitBlocks(plan, blocks, limit, head.join('\n\n').length + NOTE_ROOM)].join('\n\n')}\n`;
}

/**
 * The blocks within `limit`, in their order. First pass: blocks are taken whole while they fit,
 * keeping room for the title of every later block (up to half the room); an oversized block
 * (over a quarter of the room) and any that does not fit get their title only. Second pass: what
 * is left goes to those blocks in order, each cut inside (first lines, open fences and folds
 * closed, a note). So one oversized change never hides the rest; only when not even the titles
 * fit are blocks left out, and the closing note counts what was cut or left out.
 */
function fitBlocks(plan: Plan, blocks: Block[], limit: number, fixed: number): string[] {
  const budget = limit - fixed;
  const oversized = Math.floor(budget / 4);
  const reserveCap = Math.floor(budget / 2);
  const titles = blocks.map((b) => cutBlock(b, 0));
  const titleCost = titles.map((t) => t.length + 2);
  let restTitles = titleCost.reduce((a, b) => a + b, 0);
  let used = 0;
  const mode = blocks.map((block, i) => {
    restTitles -= titleCost[i];
    const cost = block.text.length + 2;
    if (cost <= oversized && used + cost + Math.min(restTitles, reserveCap) <= budget) return ((used += cost), 'whole');
    if (used + titleCost[i] <= budget) return ((used += titleCost[i]), 'cut');
    return 'left';
  });
  let leftover = budget - used;
  const shown: string[] = [];
  const cut: Block[] = [];
  const left: Block[] = [];
  blocks.forEach((block, i) => {
    if (mode[i] === 'left') return void left.push(block);
    if (mode[i] === 'whole') return void shown.push(block.text);
    if (block.text.length <= titles[i].length + leftover) {
      leftover -= block.text.length - titles[i].length;
      return void shown.push(block.text);
    }
    const text = leftover > 0 ? cutBlock(block, titles[i].length + leftover) : titles[i];
    leftover -= text.length - titles[i].length;
    cut.push(block);
    shown.push(text);
  });
  return cut.length || left.length ? [...shown, omissionNote(plan, cut, left, limit)] : shown;
}

/** Open code fences (any length of backticks or tildes) and `<details>` folds, to close a cut block. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * As much of the block as fits in `room` characters, whole lines first (a line inside a code
 * block may be cut itself), then what closes what was open: the fence, a note, `</details>`.
 * Always keeps the block's first line (a change's folded summary), however small the room.
 */
function cutBlock(block: Block, room: number): string {
  const lines = block.text.split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  let folds = 0;
  let size = 0;
  const tail = (open: string | undefined, openFolds: number, more: number) => [
    ...(open ? [open] : []),
    '',
    `_… ${plural(more, 'more line')} of this ${block.noun} cut to fit; ${codeSpan('ringform plan')} shows it whole._`,
    ...Array.from({ length: openFolds }, () => ['', '</details>']).flat(),
  ];
  const tailSize = (open: string | undefined, openFolds: number, more: number) =>
    tail(open, openFolds, more).reduce((n, l) => n + l.length + 1, 0);
  for (const [i, line] of lines.entries()) {
    const run = FENCE.exec(line)?.[1];
    let nextFence = fence;
    let nextFolds = folds;
    if (fence) {
      if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) nextFence = undefined;
    } else if (run) nextFence = run;
    else nextFolds += (line.match(/<details>/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    const free = room - size - tailSize(nextFence, Math.max(0, nextFolds), lines.length - i - 1);
    if (line.length + 1 > free && i > 0) {
      // A long line inside a code block can be cut mid-line without breaking any markup.
      const partial = fence && free > 40 ? truncate(line, free - 1) : undefined;
      if (partial) kept.push(partial);
      return [...kept, ...tail(fence, folds, lines.length - i - (partial ? 1 : 0))].join('\n');
    }
    kept.push(i === 0 ? truncate(line, Math.max(1000, free - 1)) : line);
    size += kept[kept.length - 1].length + 1;
    fence = nextFence;
    folds = Math.max(0, nextFolds);
  }
  return kept.join('\n');
}

interface Block {
  text: string;
  /** What the block holds, counted in the closing note when it does not fit. */
  noun: 'warning' | 'change' | 'routing impact';
  count: number;
}

function summaryParagraph(plan: Plan): string {
  const affected = affectedLine(plan);
  const permissions = permissionsLine(plan);
  return `**${planSummaryLine(plan)}**${affected ? ` ${affected}` : ''}${permissions ? `\n${escapeMarkdown(permissions)}` : ''}`;
}

/** Warnings first after the summary (a reviewer must not miss them), one block per 50 so a flood is cut, not the comment. */
function warningBlocks(plan: Plan): Block[] {
  const lines = (plan.warnings ?? []).map((w) => `- ${codeSpan(`${w.file}:${w.line}:${w.column}`)} ${escapeMarkdown(w.message)}`);
  if (plan.warnings === undefined) {
    lines.push(
      ...plan.unmanaged.map(
        (u) => `- ${escapeMarkdown(targetLabel(u.kind, u.target))}: unmanaged, kept; set ${codeSpan('prune: true')} to delete`,
      ),
    );
  }
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 50) {
    const part = lines.slice(i, i + 50);
    blocks.push({ text: [...(i === 0 ? ['#### Warnings\n'] : []), part.join('\n')].join('\n'), noun: 'warning', count: part.length });
  }
  return blocks;
}

function omissionNote(plan: Plan, cut: Block[], left: Block[], limit: number): string {
  const count = (blocks: Block[]) => {
    const counts = new Map<string, number>();
    for (const b of blocks) counts.set(b.noun, (counts.get(b.noun) ?? 0) + b.count);
    return [...counts].map(([noun, n]) => plural(n, noun)).join(', ');
  };
  const parts = [...(left.length ? [`not shown: ${count(left)}`] : []), ...(cut.length ? [`shortened: ${count(cut)}`] : [])];
  return (
    `_To keep this within ${limit.toLocaleString('en')} characters, ${escapeMarkdown(parts.join('; '))} ` +
    `(${planSummaryLine(plan).replace(/\.$/, '')} in all). For the full plan run ${codeSpan('ringform plan')} (text) ` +
    `or save it with ${codeSpan('ringform plan --out plan.json')}._`
  );
}

/**
 * The changes a Schedule document caused come first, under a heading per Schedule
 * (`Schedule us-holidays-2026 changed: 4 rules`), so a reviewer sees at once what editing one
 * calendar does; the other changes follow in execution order. A change that writes several
 * Schedules is listed under the first.
 */
function changeBlocks(changes: Change[], showRequests: boolean): Block[] {
  const bySchedule = new Map<string, Change[]>();
  for (const change of changes) {
    const first = change.schedules?.[0];
    if (first) bySchedule.set(first.name, [...(bySchedule.get(first.name) ?? []), change]);
  }
  const details = (list: Change[]): Block[] =>
    groupChanges(list).map((g) => ({ text: groupDetails(g, showRequests), noun: 'change' as const, count: g.members.length }));
  const blocks: Block[] = [];
  for (const [name, list] of bySchedule) {
    const source = list[0].schedules![0];
    const heading = `#### Schedule ${codeSpan(name)} changed: ${plural(list.length, 'rule')}\n\nFrom ${codeSpan(`${source.file}:${source.line}:${source.column}`)}: every rule below uses it.`;
    const [first, ...rest] = details(list);
    blocks.push({ ...first, text: `${heading}\n\n${first.text}` }, ...rest);
  }
  const others = changes.filter((c) => !c.schedules?.length);
  if (others.length > 0 && bySchedule.size > 0) {
    const [first, ...rest] = details(others);
    blocks.push({ ...first, text: `#### Other changes\n\n${first.text}` }, ...rest);
  } else blocks.push(...details(others));
  return blocks;
}

function groupDetails(group: ChangeGroup, showRequests: boolean): string {
  const { change, members } = group;
  const owners = memberOwners(members);
  const who =
    owners.length === 1
      ? targetLabel(change.kind, change.target)
      : `${plural(owners.length, change.target.owner)} · ${objectLabel(change.kind, change.target.name)}`;
  // Names come from the live account and may be any length: the fold's title stays one short line.
  const parts = [`<details><summary>${escapeHtml(truncate(`${actionLabel(change.action)} · ${who}`, MAX_TITLE))}</summary>`];
  if (owners.length > 1) parts.push(ownerList(owners.map(ownerName), change.target.owner));
  parts.push(changeFacts(members));
  parts.push(...changeNotes(change).map((note) => `**Note:** ${escapeMarkdown(note)}`));
  if (showRequests) parts.push(...members.slice(0, 1).map((m) => codeSpan(`${m.method} ${m.path}`)));
  parts.push(reviewTable(change));
  if (showRequests && change.fields?.length) parts.push(`API-level difference:\n\n${apiTable(change)}`);
  parts.push('</details>');
  return parts.join('\n\n');
}

/** `101 (Alex Smith)`: the list's heading already says users or sites. */
function ownerName(target: ChangeTarget): string {
  return truncate(ownerLabel(target).replace(/^(user|site) /, ''), MAX_TITLE);
}

/** `For 250 users: 101 (Alex Smith), 102 (Kim Lee), … and 10 more.` */
function ownerList(labels: string[], type: OwnerType): string {
  const listed = labels.slice(0, MAX_LISTED_OWNERS).map(escapeMarkdown);
  const more = labels.length - listed.length;
  return `For ${plural(labels.length, type)}: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}

/** Ids, dependencies and origins: what ties this block to the others and to the files. */
function changeFacts(members: Change[]): string {
  const ids = members.map((m) => codeSpan(m.id));
  const head =
    members.length === 1 ? `Change ${ids[0]} (${codeSpan(members[0].kind)})` : `Changes ${listCut(ids, 20)} (${codeSpan(members[0].kind)})`;
  const facts = [head];
  const deps = [...new Set(members.flatMap((m) => m.dependsOn))];
  if (deps.length > 0) facts.push(`depends on ${listCut(deps.map(codeSpan), 20)}`);
  const origins = [...new Set(members.filter((m) => m.origin).map((m) => `${m.origin!.file}:${m.origin!.line}:${m.origin!.col}`))];
  if (origins.length > 0) facts.push(`from ${listCut(origins.map(codeSpan), 5)}`);
  else if (members[0].action === 'delete') facts.push(`not in any manifest (${codeSpan('prune: true')})`);
  const schedules = [...new Set(members.flatMap((m) => (m.schedules ?? []).map((s) => s.name)))];
  if (schedules.length > 0) facts.push(`schedule from Schedule ${schedules.map(codeSpan).join(' and ')}`);
  return `${facts.join(', ')}.`;
}

function listCut(items: string[], max: number): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

function reviewTable(change: Change): string {
  const rows = reviewRows(change);
  if (rows.words === 'manifest') return manifestTable(rows.fields);
  if (rows.words === 'api') return `_${API_WORDS_NOTE}_\n\n${apiTable(change)}`;
  return change.action === 'delete'
    ? `Removes ${escapeMarkdown(objectLabel(change.kind, change.target.name))}.`
    : '_No field-level difference recorded._';
}

/** A whole new rule reads as the YAML its document writes; other fields as `| field | before | after |`. */
function manifestTable(fields: ManifestField[]): string {
  const whole = fields.length === 1 && fields[0].before === undefined && typeof fields[0].after === 'object' && fields[0].after !== null;
  if (whole) return `${codeSpan(fields[0].path)}:\n\n${codeBlock(yamlBlock(fields[0].after).join('\n'), 'yaml')}`;
  const rows = fields.map((f) => {
    const moved = movedNote(f);
    const cells = [codeSpan(f.path), moved ? escapeMarkdown(moved) : manifestCell(f.before), manifestCell(f.after)];
    return `| ${cells.map(tableCell).join(' | ')} |`;
  });
  return ['| field | before | after |', '| --- | --- | --- |', ...rows].join('\n');
}

/** A fenced block whose fence is longer than any backtick run inside (names come from the live account). */
function codeBlock(text: string, lang: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

function manifestCell(value: unknown): string {
  return value === undefined ? `_${ABSENT}_` : codeSpan(truncate(flowValue(value), MD_VALUE_WIDTH * 2));
}

function apiTable(change: Change): string {
  return ['| field | old | new |', '| --- | --- | --- |', ...changeFields(change).map(apiRow)].join('\n');
}

function apiRow(field: FieldChange): string {
  const [oldText, newText] = formatValuePair(field.old, field.new, MD_VALUE_WIDTH);
  const cell = (value: unknown, text: string) => (value === undefined ? `_${ABSENT}_` : codeSpan(text));
  const cells = [codeSpan(formatPointer(field.path)), cell(field.old, oldText), cell(field.new, newText)];
  return `| ${cells.map(tableCell).join(' | ')} |`;
}

/** Who rings when, once per distinct impact: users whose routing changes the same way share one table and one chart. */
function impactBlocks(impacts: RoutingImpact[]): Block[] {
  if (impacts.length === 0) return [];
  const groups = groupImpacts(impacts, renderRoutingImpactMarkdown);
  return groups.map(({ text, group }, i) => {
    const body =
      group.owners.length === 1
        ? renderRoutingImpactMarkdown(group.impact)
        : withOwnerList(
            text.replaceAll(OWNER_PLACEHOLDER, plural(group.owners.length, group.impact.ownerType)),
            ownerList(group.owners, group.impact.ownerType),
          );
    return {
      text: `${i === 0 ? '### Routing impact\n\n' : ''}${body.trimEnd()}`,
      noun: 'routing impact' as const,
      count: group.owners.length,
    };
  });
}

/** The list of owners right under the impact's heading, where a reader looks for whom it is about. */
function withOwnerList(text: string, list: string): string {
  const cut = text.indexOf('\n\n');
  return cut < 0 ? `${text.trimEnd()}\n\n${list}` : `${text.slice(0, cut)}\n\n${list}${text.slice(cut)}`;
}
