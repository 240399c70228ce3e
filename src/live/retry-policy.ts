import type { RetryReason } from './api-client.js';
import { RequestTimeoutError, networkErrorCode } from './paced-fetch.js';

export const DEFAULT_MAX_RETRIES = 4;
export const DEFAULT_RETRY_BASE_MS = 500;
const MAX_BACKOFF_MS = 15_000;

/**
 * What went wrong with one attempt, and whether the server may have acted on it.
 * `performed`: 'no' (safe to repeat any method), 'maybe' (only idempotent methods may repeat),
 * 'yes' (a definite answer such as 400 or 404: repeating would not help).
 */
export interface Failure {
  reason: RetryReason | 'final';
  performed: 'no' | 'maybe' | 'yes';
  status?: number;
  response?: Response;
  detail: string;
}

/** Connection failures that happen before a request is written: nothing reached the server. */
const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
/** The connection broke after (part of) the request may have been written. */
const BROKEN = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);

export function classifyFailure(error: unknown): Failure {
  const response = error && typeof error === 'object' ? (error as { response?: Response }).response : undefined;
  if (response && typeof response.status === 'number') {
    const status = response.status;
    if (status === 429) return { reason: 'rate-limited', performed: 'no', status, response, detail: '' };
    if (status >= 500) return { reason: 'server-error', performed: 'maybe', status, response, detail: '' };
    return { reason: 'final', performed: 'yes', status, response, detail: '' };
  }
  if (error instanceof RequestTimeoutError) {
    return { reason: 'timeout', performed: 'maybe', detail: `no response within ${error.timeoutMs} ms` };
  }
  const code = networkErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const detail = `connection error: ${code ?? message}`;
  if (code && NOT_SENT.has(code)) return { reason: 'connection', performed: 'no', detail };
  if ((code && BROKEN.has(code)) || /fetch failed|socket hang up|other side closed/i.test(message)) {
    return { reason: 'connection', performed: 'maybe', detail };
  }
  // DNS failures (ENOTFOUND), TLS errors and local failures (an expired refresh token) will not
  // heal by waiting, and none of them reached the API.
  return { reason: 'final', performed: 'no', detail: code ? detail : message };
}

/**
 * 429 and never-sent requests are safe to repeat for every method. A failure that may have
 * been performed is repeated only for idempotent methods: a repeated POST could create a
 * second rule, so POST surfaces as "outcome unknown" and the caller reads back instead.
 */
export function isRetryable(failure: Failure, idempotent: boolean): boolean {
  if (failure.reason === 'final') return false;
  return failure.performed === 'no' || idempotent;
}

/** GET, PUT, PATCH (RingCentral's PATCH replaces what it names) and DELETE repeat harmlessly. */
export function isIdempotent(method: string): boolean {
  return method.toUpperCase() !== 'POST';
}

/** Exponential backoff with "equal jitter": half fixed, half random, so parallel clients spread out. */
export function backoffMs(attempt: number, baseMs: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
