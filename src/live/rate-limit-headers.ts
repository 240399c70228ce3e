import type { ThrottlingGroup } from './api-client.js';

export interface RateLimitHeaders {
  group?: ThrottlingGroup;
  limit?: number;
  remaining?: number;
  windowMs?: number;
}

/** RingCentral's documented fallback when a 429 carries no Retry-After. */
export const DEFAULT_RETRY_AFTER_MS = 30_000;

/**
 * The longest rate-limit wait ringform honours: RingCentral's windows and its penalty are 60 s.
 * A 429 asking for more (`Retry-After: 100000` is 27.8 hours) ends the request with a clear
 * error instead of a silent wait; 5xx waits are capped at the same 60 s.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;

/** `45 s`, `12.5 min`, `27.8 h`. */
export function describeWait(ms: number): string {
  if (ms >= 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  if (ms >= 120_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${Math.ceil(ms / 1000)} s`;
}

const GROUPS: Record<string, ThrottlingGroup> = { light: 'Light', medium: 'Medium', heavy: 'Heavy', auth: 'Auth' };

/**
 * Reads `X-Rate-Limit-*` (Headers.get is case-insensitive). The window is parsed as a float:
 * an emulator may shrink it to fractions of a second to keep test suites fast.
 */
export function readRateLimitHeaders(headers: Headers): RateLimitHeaders {
  const number = (name: string, parse: (s: string) => number) => {
    const raw = headers.get(name);
    if (raw === null || raw.trim() === '') return undefined;
    const value = parse(raw.trim());
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const windowSeconds = number('x-rate-limit-window', Number.parseFloat);
  return {
    group: GROUPS[(headers.get('x-rate-limit-group') ?? '').trim().toLowerCase()],
    limit: number('x-rate-limit-limit', (s) => Number.parseInt(s, 10)),
    remaining: number('x-rate-limit-remaining', (s) => Number.parseInt(s, 10)),
    windowMs: windowSeconds === undefined || windowSeconds === 0 ? undefined : windowSeconds * 1000,
  };
}

/** `Retry-After` in seconds (fractions allowed) or as an HTTP date; `fallbackMs` when absent or unreadable. */
export function retryAfterMs(headers: Headers | undefined, fallbackMs: number): number {
  const raw = headers?.get('retry-after')?.trim();
  if (!raw) return fallbackMs;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? fallbackMs : Math.max(0, date - Date.now());
}
