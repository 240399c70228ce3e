import { createProgress, createProgressLog, type Progress } from '../render/index.js';
import type { CliIO } from './io.js';

/** A redrawn line on a terminal; on a log (CI, pipes), a plain line every 30 s of a long run. */
export function progressFor(io: CliIO): Progress {
  return io.stderrIsTTY ? createProgress(io.stderr, true) : createProgressLog(io.stderr);
}
