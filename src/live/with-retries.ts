import type { ClientEvent, ClientStats } from './api-client.js';
import { DEFAULT_RETRY_AFTER_MS, describeWait, MAX_RATE_LIMIT_WAIT_MS, retryAfterMs } from './rate-limit-headers.js';
import { backoffMs, classifyFailure, isIdempotent, isRetryable, type Failure } from './retry-policy.js';

export interface RetryOptions {
  maxRetries: number;
  retryBaseMs: number;
  stats: ClientStats;
  onEvent?: (event: ClientEvent) => void;
  /** Overrides the method's idempotency, e.g. for the token POST, which is safe to repeat. */
  idempotent?: boolean;
}

/** A 5xx's Retry-After is honoured, but a server asking for more than this is treated as down. */
const MAX_SERVER_RETRY_AFTER_MS = MAX_RATE_LIMIT_WAIT_MS;

/**
 * Runs `attempt` until it succeeds, the failure is not retryable for `method`, or the retries
 * are used up; then throws whatever `giveUp` builds from the last failure. 429s have their own
 * budget: they are the server pacing us, not the server failing.
 */
export async function withRetries<T>(
  method: string,
  path: string,
  options: RetryOptions,
  attempt: () => Promise<T>,
  giveUp: (failure: Failure) => Promise<Error> | Error,
): Promise<T> {
  const idempotent = options.idempotent ?? isIdempotent(method);
  let failures = 0;
  let rateLimits = 0;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const failure = classifyFailure(error);
      const limited = failure.reason === 'rate-limited';
      const count = limited ? ++rateLimits : ++failures;
      if (!isRetryable(failure, idempotent) || count > options.maxRetries) throw await giveUp(failure);
      const delayMs = retryDelayMs(failure, count - 1, options.retryBaseMs);
      if (limited && delayMs > MAX_RATE_LIMIT_WAIT_MS) throw await giveUp(tooLongWait(delayMs, failure));
      options.stats.retries += 1;
      options.onEvent?.({
        type: 'retry',
        method,
        path,
        reason: failure.reason as Exclude<Failure['reason'], 'final'>,
        ...(failure.status !== undefined ? { status: failure.status } : {}),
        attempt: count,
        delayMs,
      });
      // After a 429 the scheduler already holds back the whole group for Retry-After.
      if (!limited) await sleep(delayMs);
    }
  }
}

/** A 429 asking for longer than ringform waits: the request ends here, not sent again (it was not performed). */
function tooLongWait(ms: number, failure: Failure): Failure {
  const asked = failure.response?.headers.get('retry-after')?.trim() ?? '';
  return {
    reason: 'final',
    performed: 'no',
    status: 429,
    detail:
      `RingCentral's rate limit asks to wait ${describeWait(ms)} (Retry-After: ${asked.slice(0, 40)}); ` +
      `ringform waits at most ${describeWait(MAX_RATE_LIMIT_WAIT_MS)}, so it stopped. Try again later`,
  };
}

function retryDelayMs(failure: Failure, attempt: number, baseMs: number): number {
  const headers = failure.response?.headers;
  if (failure.reason === 'rate-limited') return retryAfterMs(headers, DEFAULT_RETRY_AFTER_MS);
  const backoff = backoffMs(attempt, baseMs);
  const asked = retryAfterMs(headers, 0);
  return Math.max(backoff, Math.min(asked, MAX_SERVER_RETRY_AFTER_MS));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
