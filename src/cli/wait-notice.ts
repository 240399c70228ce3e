import type { ClientEvent } from '../live/api-client.js';
import { rateLimitWaitText, WAIT_NOTICE_MS, worthANotice } from '../render/rate-limit-wait.js';
import type { CliIO } from './io.js';

/** Carriage return and erase line: the notice must not land after a half-drawn progress line. */
const CLEAR_LINE = '\r\x1b[2K';

/**
 * The client's event listener for commands: when pacing holds requests back for more than 5 s,
 * one stderr line per wait says so (the scheduler announces each wait once per group). On a
 * terminal the progress line is cleared first; it redraws on its next update.
 */
export function waitNotice(io: CliIO, thresholdMs = WAIT_NOTICE_MS): (event: ClientEvent) => void {
  return (event) => {
    if (event.type !== 'rate-limit-wait' || !worthANotice(event.ms, thresholdMs)) return;
    io.stderr(`${io.stderrIsTTY ? CLEAR_LINE : ''}${rateLimitWaitText(event)}\n`);
  };
}
