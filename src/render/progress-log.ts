import type { Progress } from './progress-line.js';
import { progressText } from './progress-line.js';

/** Often enough to show a CI log that the run is alive, rarely enough not to flood it. */
export const LOG_INTERVAL_MS = 30_000;

/**
 * Progress for logs (no terminal): a plain line at most every `intervalMs`, never a carriage
 * return. Short runs print nothing; a 50-minute plan of 1,000 users prints about 100 lines.
 */
export function createProgressLog(write: (s: string) => void, intervalMs = LOG_INTERVAL_MS, now = () => Date.now()): Progress {
  let last = now();
  return {
    update(done, total, label) {
      if (now() - last < intervalMs) return;
      last = now();
      write(`${progressText(done, total, label)}\n`);
    },
    done() {},
  };
}
