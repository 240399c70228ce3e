/**
 * The body of ringform's pull-request comment: a hidden marker that finds the comment again on
 * the next run, then the Markdown, cut to fit one GitHub comment. GitHub refuses bodies over
 * 65,536 characters; we stay at 65,000 (cli.md) so the marker and a note always fit.
 */
export const COMMENT_LIMIT = 65_000;

/** `<!-- ringform:plan -->`: invisible on GitHub, and how the comment is found again. */
export function commentMarker(name: string): string {
  return `<!-- ringform:${name} -->`;
}

export interface CommentOptions {
  marker: string;
  limit?: number;
  /** Where the whole text can be read when it had to be cut. */
  seeAll?: string;
}

const FENCE = /^\s*(```|~~~)/;

/**
 * Marker + text when that fits; otherwise as many whole lines as fit, an open code fence closed
 * (a cut mermaid chart or diff would otherwise swallow the note), and a line saying how much is
 * left out and where to see it all.
 */
export function stickyCommentBody(text: string, opts: CommentOptions): string {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const whole = `${opts.marker}\n${text}`;
  if (whole.length <= limit) return whole;
  const lines = text.split('\n');
  const note = (omitted: number) =>
    `\n\n**… ${omitted} more line${omitted === 1 ? '' : 's'} not shown**: a GitHub comment holds at most ${limit.toLocaleString('en-US')} characters. ${opts.seeAll ?? 'Run `ringform plan` to see everything.'}\n`;
  let kept = `${opts.marker}\n`;
  let open: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line)?.[1];
    const nextOpen = fence ? (open ? undefined : fence) : open;
    const closing = nextOpen ? `\n${nextOpen}` : '';
    if (kept.length + line.length + 1 + closing.length + note(lines.length - i - 1).length > limit) break;
    kept += `${line}\n`;
    open = nextOpen;
  }
  return kept.replace(/\n$/, '') + (open ? `\n${open}` : '') + note(lines.length - i);
}
