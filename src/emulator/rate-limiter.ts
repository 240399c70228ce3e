/**
 * RingCentral's usage-plan rate limits: a sliding window per (app, user) per group, and once the
 * limit is hit a penalty interval as long as the window that restarts with every request made
 * during it (rate-limits.md), which is how real clients end up in a 429 loop.
 */

export type ThrottlingGroup = 'Light' | 'Medium' | 'Heavy' | 'Auth';

export const DEFAULT_LIMITS: Record<ThrottlingGroup, number> = { Light: 50, Medium: 40, Heavy: 10, Auth: 5 };
export const DEFAULT_WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  group: ThrottlingGroup;
  limit: number;
  remaining: number;
  windowMs: number;
  /** Set when refused: how long until the penalty ends (it is restarted by this request). */
  retryAfterMs?: number;
}

interface Bucket {
  times: number[];
  penaltyUntil: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly windowMs: number,
    private readonly limits: Record<ThrottlingGroup, number>,
  ) {}

  take(key: string, group: ThrottlingGroup, now: number): RateDecision {
    const id = `${key}\u0000${group}`;
    const bucket = this.buckets.get(id) ?? { times: [], penaltyUntil: 0 };
    this.buckets.set(id, bucket);
    const limit = this.limits[group];
    const base = { group, limit, windowMs: this.windowMs };
    if (now < bucket.penaltyUntil) return this.penalize(bucket, now, base);
    bucket.times = bucket.times.filter((t) => t > now - this.windowMs);
    if (bucket.times.length >= limit) return this.penalize(bucket, now, base);
    bucket.times.push(now);
    return { ...base, allowed: true, remaining: limit - bucket.times.length };
  }

  private penalize(bucket: Bucket, now: number, base: Omit<RateDecision, 'allowed' | 'remaining'>): RateDecision {
    bucket.penaltyUntil = now + this.windowMs;
    return { ...base, allowed: false, remaining: 0, retryAfterMs: this.windowMs };
  }

  limitOf(group: ThrottlingGroup): number {
    return this.limits[group];
  }

  reset(): void {
    this.buckets.clear();
  }
}

/** Seconds for headers: whole seconds when the duration is whole, else a decimal such as 0.25. */
export function headerSeconds(ms: number): string {
  return ms % 1000 === 0 ? String(ms / 1000) : String(Math.round(ms) / 1000);
}

export function rateHeaders(d: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Rate-Limit-Group': d.group.toLowerCase(),
    'X-Rate-Limit-Limit': String(d.limit),
    'X-Rate-Limit-Remaining': String(d.remaining),
    'X-Rate-Limit-Window': headerSeconds(d.windowMs),
  };
  if (d.retryAfterMs !== undefined) headers['Retry-After'] = headerSeconds(d.retryAfterMs);
  return headers;
}
