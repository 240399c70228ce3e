import type { ThrottlingGroup } from './api-client.js';

export interface RateLimitHeaders {
  group?: ThrottlingGroup;
  limit?: number;
  remaining?: number;
  windowMs?: number;
}

/** RingCentral's documented fallback when a 429 carries no Retry-After. */
export const DEFAULT_RETRY_AFTER_MS = 30_000;

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
