import type { ClientEvent, ThrottlingGroup } from './api-client.js';
import { GroupWindow, UNTIL_RESPONSE } from './group-window.js';
import {
  readRateLimitHeaders,
  retryAfterMs,
  DEFAULT_RETRY_AFTER_MS,
  MAX_RATE_LIMIT_WAIT_MS,
  type RateLimitHeaders,
} from './rate-limit-headers.js';

/** RingCentral's default usage plan, used until a response tells us the app's real limits. */
export const DEFAULT_GROUP_LIMITS: Record<ThrottlingGroup, number> = { Light: 50, Medium: 40, Heavy: 10, Auth: 5 };
export const DEFAULT_WINDOW_MS = 60_000;
export const DEFAULT_CONCURRENCY = 4;

export interface SchedulerOptions {
  concurrency?: number;
  onEvent?: (event: ClientEvent) => void;
}

/** A granted send. `finish` must be called exactly once, with the response if there was one. */
export interface SendTicket {
  finish(response?: { status: number; headers: Headers }): void;
  /** `medium 12/40`: the group and its sends in the window, for debug lines. */
  usage(): string;
}

/**
 * Decides when each request may leave: at most `concurrency` in flight overall, and per
 * usage-plan group no more sends in the sliding window than the group's limit. Callers may
 * fire a whole batch with Promise.all; the scheduler spreads it out.
 */
export class RateLimitScheduler {
  private readonly windows = new Map<ThrottlingGroup, GroupWindow>();
  private readonly concurrency: number;
  private inFlight = 0;
  private wakers: (() => void)[] = [];
  /** Per group, the end of the last wait announced, so a batch of waiters yields one event. */
  private readonly announced = new Map<ThrottlingGroup, number>();
  /** Per group, the last `X-Rate-Limit-*` headers the server sent (`ringform doctor` shows them). */
  readonly lastHeaders = new Map<ThrottlingGroup, RateLimitHeaders>();
  waitedMs = 0;

  constructor(private readonly options: SchedulerOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  }

  async acquire(group: ThrottlingGroup): Promise<SendTicket> {
    const window = this.window(group);
    for (;;) {
      const now = performance.now();
      const wait = window.waitMs(now);
      if (wait === 0 && this.inFlight < this.concurrency) return this.grant(group, window);
      if (wait > 0 && wait !== UNTIL_RESPONSE) {
        this.announce(group, window, now, wait);
        await this.sleepUntilChange(wait);
        this.waitedMs += performance.now() - now;
      } else {
        await this.sleepUntilChange(UNTIL_RESPONSE);
      }
    }
  }

  private grant(group: ThrottlingGroup, window: GroupWindow): SendTicket {
    this.inFlight += 1;
    const send = window.record();
    let finished = false;
    return {
      finish: (response) => {
        if (finished) return;
        finished = true;
        this.inFlight -= 1;
        const now = performance.now();
        window.complete(send, now);
        if (response) this.learn(group, response, now);
        this.wake();
      },
      usage: () => `${group.toLowerCase()} ${window.usage(performance.now())}`,
    };
  }

  private learn(group: ThrottlingGroup, response: { status: number; headers: Headers }, now: number): void {
    const headers = readRateLimitHeaders(response.headers);
    // The server's own group name wins over our table's guess, should they ever disagree.
    const target = this.window(headers.group ?? group);
    target.learn(headers, now);
    if (headers.limit !== undefined || headers.remaining !== undefined) this.lastHeaders.set(headers.group ?? group, headers);
    if (response.status === 429) {
      // Capped: a request asked to wait longer gives up (with-retries), the group does not stall.
      const ms = Math.min(retryAfterMs(response.headers, DEFAULT_RETRY_AFTER_MS), MAX_RATE_LIMIT_WAIT_MS);
      this.window(group).block(now + ms);
      if (target !== this.window(group)) target.block(now + ms);
    }
  }

  private window(group: ThrottlingGroup): GroupWindow {
    let window = this.windows.get(group);
    if (!window) {
      window = new GroupWindow(DEFAULT_GROUP_LIMITS[group], DEFAULT_WINDOW_MS);
      this.windows.set(group, window);
    }
    return window;
  }

  private announce(group: ThrottlingGroup, window: GroupWindow, now: number, wait: number): void {
    const until = now + wait;
    if (until <= (this.announced.get(group) ?? 0) + 1) return;
    this.announced.set(group, until);
    this.options.onEvent?.({ type: 'rate-limit-wait', group, ms: Math.round(wait), limit: window.limit, windowMs: window.windowMs });
  }

  /** Resolves after `ms`, or earlier when any request finishes (limits or slots may have changed). */
  private sleepUntilChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === UNTIL_RESPONSE ? undefined : setTimeout(done, Math.ceil(ms));
      function done() {
        if (timer) clearTimeout(timer);
        resolve();
      }
      this.wakers.push(done);
    });
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }
}
