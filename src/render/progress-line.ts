import { cleanText, truncate } from './format-value.js';

/** Carriage return, then erase the whole line: the redraw leaves no tail of a longer label. */
const CLEAR_LINE = '\r\x1b[2K';
/** At most ten redraws a second: faster is unreadable and costs terminal time on big plans. */
const MIN_INTERVAL_MS = 100;
/** Keeps the line on one row of a standard 80-column terminal, so `\r` can redraw it. */
const MAX_WIDTH = 79;

export interface Progress {
  update(done: number, total: number, label: string): void;
  /** Erases the progress line (if one was drawn) so the next output starts on a clean line. */
  done(): void;
}

/**
 * One redrawn status line for long runs (reading live state, applying). Pass `enabled` only
 * when the stream is a terminal: when disabled nothing at all is written, so logs and pipes
 * never see carriage returns. An update that arrives within the throttle interval is not
 * lost: it is drawn when the interval ends, unless a newer one replaces it first.
 */
export function createProgress(write: (s: string) => void, enabled: boolean): Progress {
  let lastDraw = Number.NEGATIVE_INFINITY;
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drawn = false;

  const draw = (line: string) => {
    write(CLEAR_LINE + line);
    drawn = true;
    lastDraw = Date.now();
    pending = undefined;
  };
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };

  return {
    update(done, total, label) {
      if (!enabled) return;
      const line = progressText(done, total, label);
      const wait = lastDraw + MIN_INTERVAL_MS - Date.now();
      if (wait <= 0) {
        cancel();
        draw(line);
        return;
      }
      pending = line;
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (pending !== undefined) draw(pending);
      }, wait);
      // A pending redraw must never keep the CLI alive after its work is done.
      timer.unref?.();
    },
    done() {
      if (!enabled) return;
      cancel();
      if (drawn) write(CLEAR_LINE);
      drawn = false;
    },
  };
}

/** `[12/40] reading user 101`, cut to one terminal row. */
export function progressText(done: number, total: number, label: string): string {
  return truncate(`[${done}/${total}] ${cleanText(label)}`, MAX_WIDTH);
}
