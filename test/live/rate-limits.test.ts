import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTo } from './helpers/connect-to.js';
import { startTestServer, type Handler, type TestServer } from './helpers/test-server.js';

const rulesOf = (ext: number) => `/restapi/v2/accounts/~/extensions/${ext}/comm-handling/voice/interaction-rules`;
const EXTENSION = '/restapi/v1.0/account/~/extension/7'; // Light group

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

/**
 * RingCentral's sliding window: at most `limit` requests per `windowMs`, counted on arrival,
 * answered with the usage headers. Lowercase header names: clients must not depend on case.
 */
function slidingWindow(limit: number, windowMs: number, spentBefore: number[] = []) {
  const arrivals: number[] = [...spentBefore];
  const state = { rejected: 0 };
  const handler: Handler = (req) => {
    const recent = arrivals.filter((t) => t > req.at - windowMs);
    const usage = {
      'x-rate-limit-group': 'medium',
      'x-rate-limit-limit': String(limit),
      'x-rate-limit-window': String(windowMs / 1000),
    };
    if (recent.length >= limit) {
      state.rejected += 1;
      return { status: 429, headers: { ...usage, 'x-rate-limit-remaining': '0', 'retry-after': String(windowMs / 1000) } };
    }
    arrivals.push(req.at);
    return { body: { records: [] }, headers: { ...usage, 'x-rate-limit-remaining': String(limit - recent.length - 1) } };
  };
  return { handler, state };
}

describe('rate limits', () => {
  it('after a 429, sends nothing of that group until Retry-After has passed; other groups go on', async () => {
    server.on('GET', rulesOf(1), [{ status: 429, headers: { 'Retry-After': '0.4' } }, { body: { records: [] } }]);
    server.on('GET', rulesOf(2), { body: { records: [] } });
    server.on('GET', rulesOf(3), { body: { records: [] } });
    server.on('GET', EXTENSION, { body: { id: 7 } });
    const { client, events } = await connectTo(server, { concurrency: 1 });

    await Promise.all([client.get(rulesOf(1)), client.get(rulesOf(2)), client.get(rulesOf(3)), client.get(EXTENSION)]);

    const limited = server.requests.find((r) => r.status === 429)!;
    const medium = server.requests.filter((r) => r.path.includes('/comm-handling/') && r !== limited);
    expect(medium).toHaveLength(3);
    for (const r of medium) expect(r.at - limited.at).toBeGreaterThanOrEqual(400);
    expect(server.calls('GET', EXTENSION)[0].at - limited.at).toBeLessThan(400);
    expect(events).toContainEqual({ type: 'rate-limit-wait', group: 'Medium', ms: expect.any(Number), limit: 40, windowMs: 60_000 });
    expect(events.find((e) => e.type === 'retry')).toMatchObject({ reason: 'rate-limited', status: 429, delayMs: 400 });
    expect(client.stats()).toMatchObject({ rateLimited: 1, retries: 1 });
  });

  it('paces a Promise.all batch to the learned limit without a single 429', async () => {
    const window = slidingWindow(5, 300);
    for (let ext = 1; ext <= 20; ext++) server.on('GET', rulesOf(ext), window.handler);
    const { client, events } = await connectTo(server);

    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => client.get(rulesOf(i + 1))));
    const elapsed = performance.now() - started;

    expect(results).toHaveLength(20);
    expect(window.state.rejected).toBe(0);
    // 20 requests at 5 per window need at least three full windows after the first.
    expect(elapsed).toBeGreaterThanOrEqual(900);
    const stats = client.stats();
    expect(stats).toMatchObject({ requests: 21, byGroup: { Auth: 1, Medium: 20 }, rateLimited: 0, retries: 0 });
    expect(stats.waitedMs).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'rate-limit-wait' && e.group === 'Medium')).toBe(true);
  });

  it('probes a window an earlier run may have spent with one send before a batch (no 429 between plan and apply)', async () => {
    // An earlier process of the same app and user left one request of the window's budget.
    const now = performance.now();
    const window = slidingWindow(5, 300, [now, now, now, now]);
    for (let ext = 1; ext <= 4; ext++) server.on('GET', rulesOf(ext), window.handler);
    const { client } = await connectTo(server);
    await Promise.all(Array.from({ length: 4 }, (_, i) => client.get(rulesOf(i + 1))));
    expect(window.state.rejected).toBe(0);
    expect(client.stats().rateLimited).toBe(0);
  });

  it('waits a whole window when the server says Remaining: 0 (the budget is shared with other clients)', async () => {
    const headers = { 'X-Rate-Limit-Limit': '40', 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Window': '0.25' };
    server.on('GET', rulesOf(1), { body: {}, headers });
    server.on('GET', rulesOf(2), { body: {}, headers });
    const { client } = await connectTo(server);
    await client.get(rulesOf(1));
    await client.get(rulesOf(2));
    const [first] = server.calls('GET', rulesOf(1));
    const [second] = server.calls('GET', rulesOf(2));
    expect(second.at - first.at).toBeGreaterThanOrEqual(250);
  });

  it('never holds more than `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow: Handler = async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight -= 1;
      return { body: {} };
    };
    for (let ext = 1; ext <= 8; ext++) server.on('GET', rulesOf(ext), slow);
    const { client } = await connectTo(server, { concurrency: 3 });
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.get(rulesOf(i + 1))));
    expect(peak).toBe(3);
  });
});

describe('rate limits across commands', () => {
  it('a command started right after one that spent the window draws no 429: it starts from the windows the other left', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createBudgetStore } = await import('../../src/live/rate-limit-budget.js');
    const { SECRETS } = await import('./helpers/connect-to.js');
    const dir = await mkdtemp(join(tmpdir(), 'ringform-budget-'));
    try {
      const budgetStore = createBudgetStore(dir, { serverUrl: server.url, ...SECRETS });
      const window = slidingWindow(5, 400);
      for (let ext = 1; ext <= 6; ext++) server.on('GET', rulesOf(ext), window.handler);
      // The first command spends the whole window and exits.
      const first = await connectTo(server, { budgetStore });
      await Promise.all(Array.from({ length: 5 }, (_, i) => first.client.get(rulesOf(i + 1))));
      await first.client.close();
      // The next one starts at once, as an administrator's next command does.
      const next = await connectTo(server, { budgetStore });
      await next.client.get(rulesOf(6));
      expect(window.state.rejected).toBe(0);
      expect(next.client.stats().rateLimited).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
