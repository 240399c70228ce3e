/** Waits shorter than this pass unremarked: pacing that short is normal and not worth a line. */
export const WAIT_NOTICE_MS = 5_000;

/**
 * Whether a wait is long enough to say so: longer than `thresholdMs` as the notice would print
 * it (whole seconds), so no "waiting 5 s" ever appears for the waits of 5 s or less that the
 * README says pass unremarked.
 */
export function worthANotice(ms: number, thresholdMs = WAIT_NOTICE_MS): boolean {
  return Math.round(ms / 1000) * 1000 > thresholdMs;
}

/** `60 s`, `1.5 s`: whole seconds unless the value has a fraction worth showing. */
function seconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s} s` : `${Math.round(s * 10) / 10} s`;
}

/**
 * `waiting 42 s for RingCentral's rate limit (Medium group, 40 per 60 s)`: says why a run
 * seems stuck, in a terminal and in a CI log alike. The wait is rounded to whole seconds.
 */
export function rateLimitWaitText(wait: { group: string; ms: number; limit: number; windowMs: number }): string {
  return `waiting ${Math.round(wait.ms / 1000)} s for RingCentral's rate limit (${wait.group} group, ${wait.limit} per ${seconds(wait.windowMs)})`;
}
