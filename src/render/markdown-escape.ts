import { cleanText } from './format-value.js';

/**
 * Escaping for GitHub-flavoured Markdown. Plan content comes partly from the live account
 * (rule and user names), so nothing is trusted to be Markdown-safe.
 */

/** Text inside raw HTML (`<summary>`): GitHub does not parse Markdown there, only entities. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Running text in paragraphs and list items: backslash-escape what would become markup. */
export function escapeMarkdown(text: string): string {
  return cleanText(text)
    .replace(/[\\`*_[\]<>|~#!]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;');
}

/**
 * An inline code span that survives any content: the fence is one backtick longer than the
 * longest run inside, and padded with spaces when the content touches a backtick or a space
 * (CommonMark strips exactly one space on each side).
 */
export function codeSpan(text: string): string {
  const clean = cleanText(text);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A table cell: GFM splits rows on `|` before it parses code spans, so pipes are escaped even
 * inside code (the table parser removes the backslash again).
 */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}
