import type { RateLimitHeaders } from './rate-limit-headers.js';

/** A send of this group: when it left, and when it was answered (Infinity while in flight). */
export interface SendRecord {
  sent: number;
  at: number;
}

/** "Until a response of this group arrives": there is no time to sleep until. */
export const UNTIL_RESPONSE = Number.POSITIVE_INFINITY;

/**
 * The sliding window of one usage-plan group, as this client sees it.
 *
 * RingCentral counts a request at the moment it arrives, somewhere between our send and the
 * response. A send therefore counts as "in the window" from the moment it leaves until a full
 * window after its response: that is never shorter than the server's view, so the group can
 * be kept busy up to its limit without a single 429. A 429 would be expensive: its penalty
 * restarts with every request made during it.
 */
export class GroupWindow {
  private sends: SendRecord[] = [];
  /** No send before this time (a 429's Retry-After, or the server saying Remaining: 0). */
  private blockedUntil = 0;
  /** The server's last `Remaining`, minus our sends since; undefined when unknown. */
  private serverRemaining: number | undefined;
  /**
   * Whether a send of this group has been answered yet. Until then one send goes at a time: the
   * budget may already be spent by an earlier run of the same app and user (a `plan` just before
   * an `apply`), and only a response's `X-Rate-Limit-Remaining` can say so. A first burst of
   * parallel sends into a spent window would each draw a 429 and restart the penalty.
   */
  private probed = false;

  constructor(
    public limit: number,
    public windowMs: number,
  ) {}

  /**
   * Slack for timer and timestamp granularity at the window's edge: 1% of it, 3..250 ms. The
   * server counts a send when it arrives and our window ends a full window after its answer, so
   * the round trip is already on our side; this only absorbs clocks that tick in whole ms.
   */
  private get marginMs(): number {
    return Math.min(250, Math.max(3, this.windowMs * 0.01));
  }

  /** 0 when a request may go now, a delay in ms, or UNTIL_RESPONSE. */
  waitMs(now: number): number {
    if (this.blockedUntil > now) return this.blockedUntil - now;
    // Kept a window longer than they count: a late response may still be explained by them.
    this.sends = this.sends.filter((s) => s.at + 2 * this.windowMs + this.marginMs > now);
    if (!this.probed && this.inFlight() > 0) return UNTIL_RESPONSE;
    if (this.serverRemaining !== undefined && this.serverRemaining <= 0) {
      // Only our own in-flight sends can have used the rest; their responses will say more.
      if (this.inFlight() > 0) return UNTIL_RESPONSE;
      this.serverRemaining = undefined;
    }
    const counted = this.sends.filter((s) => s.at + this.windowMs + this.marginMs > now);
    if (counted.length < this.limit) return 0;
    // A send may go when enough of the oldest answers have left the window to bring it under
    // the limit (one, unless the limit was lowered or an earlier process's sends were restored).
    const answers = counted.map((s) => s.at).sort((a, b) => a - b);
    const leaves = answers[counted.length - this.limit];
    return leaves === Number.POSITIVE_INFINITY ? UNTIL_RESPONSE : leaves + this.windowMs + this.marginMs - now;
  }

  record(now: number): SendRecord {
    const send = { sent: now, at: Number.POSITIVE_INFINITY };
    this.sends.push(send);
    if (this.serverRemaining !== undefined) this.serverRemaining -= 1;
    return send;
  }

  /** Marks a send as answered (or failed) at `now`. */
  complete(send: SendRecord, now: number): void {
    send.at = now;
    this.probed = true;
  }

  /**
   * Sends an earlier process of the same app and user made, answered at the given times: they
   * still count in the server's window, so the first send here waits for them as for our own.
   */
  restore(answeredAt: number[]): void {
    for (const at of answeredAt) this.sends.push({ sent: at, at });
  }

  /** Answer times of the sends still in the window at `now` (in-flight ones count as answered now). */
  answered(now: number): number[] {
    return this.sends.map((s) => Math.min(s.at, now)).filter((at) => at + this.windowMs + this.marginMs > now);
  }

  /**
   * Learns the server's limit, window and remaining budget from the response to `send` (when it
   * was one of ours).
   */
  learn(headers: RateLimitHeaders, now: number, send?: SendRecord): void {
    if (headers.limit !== undefined && headers.limit > 0) this.limit = headers.limit;
    if (headers.windowMs !== undefined) this.windowMs = headers.windowMs;
    if (headers.remaining === undefined) return;
    // Requests still in flight were probably counted after this one: assume they use budget.
    this.serverRemaining = headers.remaining - this.inFlight();
    if (this.serverRemaining <= 0 && headers.remaining === 0 && this.countedBy(send, now) < this.limit) {
      // RingCentral's advice: when Remaining reaches 0, sleep for the window. When our own sends
      // fill the window, the sliding window above already knows to the millisecond when the
      // oldest leaves it; only a budget used by someone else (another client of the same app
      // and user) is unexplained and needs the full wait.
      this.block(now + this.windowMs + this.marginMs);
    }
  }

  /**
   * No send before `until`. After a 429 that is the end of Retry-After, counted from when the
   * response arrived, so never earlier than the server's clock: any request during the
   * penalty would restart it.
   */
  block(until: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, until);
  }

  /** Sends in the window right now, for debug lines like `medium 12/40`. */
  usage(now: number): string {
    const used = this.sends.filter((s) => s.at + this.windowMs > now).length;
    return `${used}/${this.limit}`;
  }

  /**
   * Our sends the server can have counted when it answered `send`: it counted each on arrival,
   * in the window before `send` arrived, which was after `send` left. Judged at `send`'s own
   * departure, not at `now`: a response read late (a busy event loop) must not make our own
   * sends look like someone else's and cost a whole window.
   */
  private countedBy(send: SendRecord | undefined, now: number): number {
    const from = (send?.sent ?? now) - this.windowMs - this.marginMs;
    return this.sends.filter((s) => s.sent <= now && s.at > from).length;
  }

  private inFlight(): number {
    return this.sends.filter((s) => s.at === Number.POSITIVE_INFINITY).length;
  }
}
