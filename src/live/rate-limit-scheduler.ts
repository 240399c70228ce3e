import type { ClientEvent, ThrottlingGroup } from './api-client.js';
import { GroupWindow, UNTIL_RESPONSE, type SendRecord } from './group-window.js';
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
/**
 * Requests in flight at once, over all groups. RingCentral limits requests per window, not
 * connections, and a client as tight as the window allows sends a whole window's budget at once
 * (40 Medium, say) the moment it frees up: a cap below that would stretch every window by a few
 * round trips. The cap only bounds the sockets a burst of several groups opens.
 */
export const DEFAULT_CONCURRENCY = 50;

/** Time, injectable so that tests can drive the scheduler's decisions without waiting. */
export interface SchedulerClock {
  now(): number;
  /** Calls `wake` after `ms`; returns a function that cancels it. */
  timer(wake: () => void, ms: number): () => void;
}

export const realClock: SchedulerClock = {
  now: () => performance.now(),
  timer: (wake, ms) => {
    const handle = setTimeout(wake, Math.ceil(ms));
    return () => clearTimeout(handle);
  },
};

export interface SchedulerOptions {
  concurrency?: number;
  onEvent?: (event: ClientEvent) => void;
  clock?: SchedulerClock;
}

/** A granted send. `finish` must be called exactly once, with the response if there was one. */
export interface SendTicket {
  finish(response?: { status: number; headers: Headers }): void;
  /** `medium 12/40`: the group and its sends in the window, for debug lines. */
  usage(): string;
}

/** What a group's window holds, to carry it to the next process (rate-limit-budget.ts). */
export interface GroupBudget {
  group: ThrottlingGroup;
  limit: number;
  windowMs: number;
  /** How long ago each send still in the window was answered, in ms. */
  answeredAgoMs: number[];
}

interface Waiter {
  grant: (ticket: SendTicket) => void;
  refuse: (reason: Error) => void;
  /** When it asked for its turn (for `waitedMs`). */
  since: number;
}

/**
 * Decides when each request may leave: at most `concurrency` in flight overall, and per
 * usage-plan group no more sends in the sliding window than the group's limit. Callers may
 * fire a whole batch with Promise.all; the scheduler spreads it out.
 *
 * Each group has its own queue, served in order the moment its window allows (a window after
 * the oldest answer, to the millisecond, not a window after a pause), and the groups are served
 * side by side: requests held back by Heavy's 10 a minute never delay a Medium or Light one.
 */
export class RateLimitScheduler {
  private readonly windows = new Map<ThrottlingGroup, GroupWindow>();
  private readonly queues = new Map<ThrottlingGroup, Waiter[]>();
  private readonly concurrency: number;
  private readonly clock: SchedulerClock;
  private inFlight = 0;
  private cancelTimer: (() => void) | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  /** Per group, the end of the last wait announced, so a batch of waiters yields one event. */
  private readonly announced = new Map<ThrottlingGroup, number>();
  /** Per group, the last `X-Rate-Limit-*` headers the server sent (`ringform doctor` shows them). */
  readonly lastHeaders = new Map<ThrottlingGroup, RateLimitHeaders>();
  waitedMs = 0;

  constructor(private readonly options: SchedulerOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    this.clock = options.clock ?? realClock;
  }

  acquire(group: ThrottlingGroup): Promise<SendTicket> {
    return new Promise((grant, refuse) => {
      this.queue(group).push({ grant, refuse, since: this.clock.now() });
      this.pump();
    });
  }

  /**
   * Ends every request still waiting for its turn, with `reason`: the client is being closed
   * (a plan that failed on one owner does not go on reading the others for minutes).
   */
  abandonWaiting(reason: Error): void {
    for (const queue of this.queues.values()) for (const waiter of queue.splice(0)) waiter.refuse(reason);
    this.wakeAt(Number.POSITIVE_INFINITY);
  }

  /** The windows as they stand, for the next process of the same app and user. */
  budget(): GroupBudget[] {
    const now = this.clock.now();
    return [...this.windows].map(([group, w]) => ({
      group,
      limit: w.limit,
      windowMs: w.windowMs,
      answeredAgoMs: w.answered(now).map((at) => Math.max(0, now - at)),
    }));
  }

  /** Takes over an earlier process's windows (its sends still count at the server). */
  restoreBudget(budgets: GroupBudget[]): void {
    const now = this.clock.now();
    for (const b of budgets) {
      const window = this.window(b.group);
      if (b.limit > 0) window.limit = b.limit;
      if (b.windowMs > 0) window.windowMs = b.windowMs;
      window.restore(b.answeredAgoMs.map((ago) => now - ago));
    }
  }

  /**
   * Grants what may go now, group by group in turn (one grant per group per round, so the
   * groups share the in-flight slots), then sleeps until the earliest window frees up. Runs on
   * every request and every response: either can change what may go.
   */
  private pump(): void {
    const now = this.clock.now();
    for (let granted = true; granted && this.inFlight < this.concurrency;) {
      granted = false;
      for (const [group, queue] of this.queues) {
        if (queue.length === 0 || this.inFlight >= this.concurrency) continue;
        const window = this.window(group);
        if (window.waitMs(now) !== 0) continue;
        const waiter = queue.shift()!;
        this.waitedMs += now - waiter.since;
        waiter.grant(this.grant(group, window, now));
        granted = true;
      }
    }
    let next = Number.POSITIVE_INFINITY;
    for (const [group, queue] of this.queues) {
      if (queue.length === 0) continue;
      const window = this.window(group);
      const wait = window.waitMs(now);
      if (wait === 0 || wait === UNTIL_RESPONSE) continue;
      this.announce(group, window, now, wait);
      next = Math.min(next, now + wait);
    }
    this.wakeAt(next);
  }

  private wakeAt(at: number): void {
    if (at === this.timerAt) return;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.timerAt = at;
    if (at === Number.POSITIVE_INFINITY) return;
    this.cancelTimer = this.clock.timer(
      () => {
        this.cancelTimer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.max(0, at - this.clock.now()),
    );
  }

  private grant(group: ThrottlingGroup, window: GroupWindow, now: number): SendTicket {
    this.inFlight += 1;
    const send = window.record(now);
    let finished = false;
    return {
      finish: (response) => {
        if (finished) return;
        finished = true;
        this.inFlight -= 1;
        const at = this.clock.now();
        window.complete(send, at);
        if (response) this.learn(group, response, at, send);
        this.pump();
      },
      usage: () => `${group.toLowerCase()} ${window.usage(this.clock.now())}`,
    };
  }

  private learn(group: ThrottlingGroup, response: { status: number; headers: Headers }, now: number, send: SendRecord): void {
    const headers = readRateLimitHeaders(response.headers);
    // The server's own group name wins over our table's guess, should they ever disagree.
    const target = this.window(headers.group ?? group);
    target.learn(headers, now, target === this.window(group) ? send : undefined);
    if (headers.limit !== undefined || headers.remaining !== undefined) this.lastHeaders.set(headers.group ?? group, headers);
    if (response.status === 429) {
      // Capped: a request asked to wait longer gives up (with-retries), the group does not stall.
      const ms = Math.min(retryAfterMs(response.headers, DEFAULT_RETRY_AFTER_MS), MAX_RATE_LIMIT_WAIT_MS);
      this.window(group).block(now + ms);
      if (target !== this.window(group)) target.block(now + ms);
    }
  }

  private queue(group: ThrottlingGroup): Waiter[] {
    let queue = this.queues.get(group);
    if (!queue) {
      queue = [];
      this.queues.set(group, queue);
    }
    return queue;
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
}
