import { cleanText } from './format-value.js';

/**
 * Escaping for GitHub-flavoured Markdown. Plan content comes partly from the live account
 * (rule and user names), so nothing is trusted to be Markdown-safe.
 */

/** Text inside raw HTML (`<summary>`): GitHub does not parse Markdown there, only entities. */
export function escapeHtml(text: string): string {
  return noMentions(cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
}

/** Running text in paragraphs and list items: backslash-escape what would become markup. */
export function escapeMarkdown(text: string): string {
  return noMentions(
    cleanText(text)
      .replace(/[\\`*_[\]<>|~#!]/g, (ch) => `\\${ch}`)
      .replace(/&/g, '&amp;'),
  );
}

/**
 * `@user` and `@org/team` in a rule or file name would notify that user or team when the
 * comment is posted (a backslash does not stop GitHub). A zero-width space after the `@` keeps
 * the text as it reads and makes it no mention. Inside code spans and blocks GitHub makes no
 * mentions, so `codeSpan` leaves names exact. Only text whose `&` is already escaped comes here.
 */
export function noMentions(escaped: string): string {
  return escaped.replace(/(^|[^A-Za-z0-9`])@(?=[A-Za-z0-9])/g, '$1@&#8203;');
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
