import { describe, expect, it } from 'vitest';
import { GroupWindow, UNTIL_RESPONSE } from '../../src/live/group-window.js';
import { RateLimitScheduler, type SchedulerClock, type SendTicket } from '../../src/live/rate-limit-scheduler.js';

/**
 * The scheduler's decisions on a clock the test moves: which request may leave when. No real
 * time passes, so nothing here depends on how busy the machine is.
 */
class FakeClock implements SchedulerClock {
  t = 0;
  private timers: { at: number; wake: () => void }[] = [];
  now = () => this.t;
  timer = (wake: () => void, ms: number) => {
    const entry = { at: this.t + ms, wake };
    this.timers.push(entry);
    return () => void (this.timers = this.timers.filter((e) => e !== entry));
  };
  /** Moves time to `to`, firing the timers due on the way, in order. */
  async advance(to: number): Promise<void> {
    for (;;) {
      const due = this.timers.filter((e) => e.at <= to).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((e) => e !== due);
      this.t = Math.max(this.t, due.at);
      due.wake();
      await settle();
    }
    this.t = to;
    await settle();
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** `X-Rate-Limit-*` of a response of the Medium group. */
function usage(limit: number, windowSeconds: number, remaining: number, status = 200) {
  return {
    status,
    headers: new Headers({
      'x-rate-limit-group': 'medium',
      'x-rate-limit-limit': String(limit),
      'x-rate-limit-window': String(windowSeconds),
      'x-rate-limit-remaining': String(remaining),
    }),
  };
}

/** Requests acquired, each with the time it was granted once it was. */
function requests(scheduler: RateLimitScheduler, clock: FakeClock, group: 'Medium' | 'Heavy' | 'Light', n: number) {
  return Array.from({ length: n }, () => {
    const r: { ticket?: SendTicket; at?: number; refused?: Error } = {};
    scheduler.acquire(group).then(
      (ticket) => Object.assign(r, { ticket, at: clock.t }),
      (error: Error) => void (r.refused = error),
    );
    return r;
  });
}

describe('the sliding window of one group', () => {
  it('a Remaining: 0 that our own sends explain costs no extra window, even when its response is read late', () => {
    // Limit 3 per 1 s. Two sends answered at 10 ms; a third sent at 1000 ms, when the server
    // still counts the first two (they arrived after 0 ms). A busy event loop reads its answer,
    // Remaining: 0, only at 1030 ms, when the first two have left our window.
    const w = new GroupWindow(3, 1000);
    const a = w.record(0);
    w.complete(a, 10);
    const b = w.record(0);
    w.complete(b, 10);
    const c = w.record(1000);
    w.complete(c, 1030);
    w.learn({ limit: 3, windowMs: 1000, remaining: 0 }, 1030, c);
    // Our own three sends fill the server's window: the next may go as soon as the oldest
    // answer is a window old (1010 ms plus the margin), which it already is.
    expect(w.waitMs(1030)).toBe(0);
  });

  it('a Remaining: 0 that our sends cannot explain (another client spent it) waits a whole window', () => {
    const w = new GroupWindow(3, 1000);
    const a = w.record(0);
    w.complete(a, 10);
    w.learn({ limit: 3, windowMs: 1000, remaining: 0 }, 10, a);
    expect(w.waitMs(10)).toBeGreaterThanOrEqual(1000);
  });

  it('restored sends of an earlier process count: the first send waits for the oldest of them to leave', () => {
    const w = new GroupWindow(2, 1000);
    w.restore([100, 400]);
    expect(w.waitMs(500)).toBeGreaterThan(600);
    expect(w.waitMs(500)).toBeLessThan(UNTIL_RESPONSE);
    expect(w.waitMs(1200)).toBe(0);
  });
});

describe('the rate-limit scheduler', () => {
  it("sends a window's whole budget at once once the window is known, not a few at a time", async () => {
    const clock = new FakeClock();
    const scheduler = new RateLimitScheduler({ clock });
    const [probe] = requests(scheduler, clock, 'Medium', 1);
    await settle();
    probe.ticket!.finish(usage(40, 1, 39));
    const batch = requests(scheduler, clock, 'Medium', 45);
    await settle();
    // 39 left in the window: all of them go now; the rest when the probe's answer is a window old.
    expect(batch.filter((r) => r.ticket).length).toBe(39);
    await clock.advance(500);
    for (const r of batch.slice(0, 39)) r.ticket!.finish(usage(40, 1, 0));
    await clock.advance(999);
    expect(batch.filter((r) => r.ticket).length).toBe(39);
    await clock.advance(1020);
    expect(batch.filter((r) => r.ticket).length).toBe(40);
  });

  it('serves each group from its own queue: Heavy requests held by their window never hold back Medium ones', async () => {
    const clock = new FakeClock();
    const scheduler = new RateLimitScheduler({ clock, concurrency: 2 });
    scheduler.restoreBudget([{ group: 'Heavy', limit: 10, windowMs: 1000, answeredAgoMs: Array(10).fill(0) }]);
    const heavy = requests(scheduler, clock, 'Heavy', 5);
    const medium = requests(scheduler, clock, 'Medium', 1);
    await settle();
    expect(heavy.some((r) => r.ticket)).toBe(false);
    expect(medium[0].ticket).toBeDefined();
  });

  it("starts from the windows an earlier process left (no 429 at a new command's first request)", async () => {
    const clock = new FakeClock();
    const earlier = new RateLimitScheduler({ clock });
    const [probe] = requests(earlier, clock, 'Medium', 1);
    await settle();
    probe.ticket!.finish(usage(3, 1, 2));
    const rest = requests(earlier, clock, 'Medium', 2);
    await settle();
    await clock.advance(100);
    for (const r of rest) r.ticket!.finish(usage(3, 1, 0));
    const left = earlier.budget();

    const next = new RateLimitScheduler({ clock });
    next.restoreBudget(left);
    const [first] = requests(next, clock, 'Medium', 1);
    await clock.advance(900);
    expect(first.ticket).toBeUndefined();
    await clock.advance(1020);
    expect(first.ticket).toBeDefined();
  });

  it('refuses the requests still waiting when the client is closed', async () => {
    const clock = new FakeClock();
    const scheduler = new RateLimitScheduler({ clock });
    scheduler.restoreBudget([{ group: 'Heavy', limit: 1, windowMs: 60_000, answeredAgoMs: [0] }]);
    const [waiting] = requests(scheduler, clock, 'Heavy', 1);
    await settle();
    scheduler.abandonWaiting(new Error('closed'));
    await settle();
    expect(waiting.refused?.message).toBe('closed');
  });
});
