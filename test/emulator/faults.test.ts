import { describe, expect, it } from 'vitest';
import { NINE_TO_FIVE, failure, json, v1, v2, useLoggedInEmulator } from './helpers.js';

/** Fault injection (programmatic and through the admin API) and the request log. */

const t = useLoggedInEmulator();

const states = `${v2()}/states`;

async function networkError(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (e) {
    expect((e as { response?: unknown }).response ?? undefined).toBeUndefined();
    return e as Error;
  }
  throw new Error('expected a network error');
}

describe('fault types', () => {
  it('answers an injected 503 (count times, then normally) and an injected 500', async () => {
    t.emu.addFault({ path: '/comm-handling/states', type: 'status', status: 503, count: 2 });
    for (let i = 0; i < 2; i++) {
      const f = await failure(t.platform.get(states));
      expect(f.status).toBe(503);
      expect(f.body.errors![0].errorCode).toBe('CMN-201');
    }
    expect((await t.platform.get(states)).status).toBe(200);
    t.emu.addFault({ method: 'GET', type: 'status', status: 500 });
    expect((await failure(t.platform.get(v1()))).body.errors![0].errorCode).toBe('CMN-500');
    expect(t.emu.log.slice(-4).map((e) => e.status)).toEqual([503, 503, 200, 500]);
  });

  it('injects a 429 with Retry-After', async () => {
    t.emu.addFault({ path: /states$/, type: 'rate-limit' });
    const f = await failure(t.platform.get(states));
    expect(f.status).toBe(429);
    expect(f.body.errors![0].errorCode).toBe('CMN-301');
    expect(f.headers.get('retry-after')).toBe('60');
    expect(f.headers.get('x-rate-limit-group')).toBe('medium');
  });

  it('delays a request', async () => {
    t.emu.addFault({ type: 'delay', delayMs: 150 });
    const started = Date.now();
    expect((await t.platform.get(states)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('resets the connection without answering', async () => {
    t.emu.addFault({ method: 'GET', path: 'comm-handling', type: 'reset' });
    await networkError(t.platform.get(states));
    expect(t.emu.log.at(-1)).toMatchObject({ method: 'GET', path: states, status: 0 });
    expect((await t.platform.get(states)).status).toBe(200);
  });

  it('applies a write whose response is lost', async () => {
    t.emu.addFault({ method: 'PATCH', path: '/states/work-hours', type: 'lost-response' });
    await networkError(t.platform.patch(`${states}/work-hours`, { conditions: NINE_TO_FIVE }));
    expect(t.emu.log.at(-1)).toMatchObject({ method: 'PATCH', status: 200, body: { conditions: NINE_TO_FIVE } });
    const now = await json(t.platform.get(`${states}/work-hours`));
    expect(now.conditions).toEqual(NINE_TO_FIVE);
  });

  it('matches faults by method and path; a path string also works as a regular expression', async () => {
    t.emu.addFault({ method: 'POST', path: 'states', type: 'status', status: 503 });
    expect((await t.platform.get(states)).status).toBe(200);
    t.emu.clearFaults();
    t.emu.addFault({ path: 'extension/\\d+$', type: 'status', status: 503 });
    expect((await t.platform.get(v1())).status).toBe(200);
    expect((await failure(t.platform.get(v1('63701632004')))).status).toBe(503);
  });

  it('refuses malformed faults', () => {
    expect(() => t.emu.addFault({ type: 'explode' as never })).toThrow(/fault type/);
    expect(() => t.emu.addFault({ type: 'delay' })).toThrow(/delayMs/);
  });
});

describe('admin API', () => {
  const admin = (path: string, init?: RequestInit) => fetch(`${t.emu.url}/__emulator/${path}`, init);

  it('arms, lists and clears faults over HTTP', async () => {
    const armed = await admin('faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'GET', path: '/states$', type: 'status', status: 503, count: -1 }),
    });
    expect(armed.status).toBe(201);
    expect(await (await admin('faults')).json()).toEqual([
      { method: 'GET', path: '/states$', type: 'status', status: 503, count: -1, remaining: null },
    ]);
    for (let i = 0; i < 3; i++) expect((await failure(t.platform.get(states))).status).toBe(503);
    expect((await admin('faults', { method: 'DELETE' })).status).toBe(204);
    expect((await t.platform.get(states)).status).toBe(200);
    expect(
      (await admin('faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"nope"}' })).status,
    ).toBe(400);
  });

  it('serves and clears the log, shows the state, resets', async () => {
    await t.platform.patch(`${states}/dnd`, { enabled: true });
    const log: any = await (await admin('log')).json();
    expect(log).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `${states}/dnd`,
        status: 200,
        group: 'medium',
        body: { enabled: true },
        query: {},
      }),
    ]);
    expect(log[0].time).toEqual(expect.any(Number));
    const state: any = await (await admin('state')).json();
    expect(state.users['63701631004'].states.dnd.enabled).toBe(true);
    expect(state.sites['84854000016'].rules[0].id).toBe('business-hours-rule');
    expect((await admin('log', { method: 'DELETE' })).status).toBe(204);
    expect(t.emu.log).toEqual([]);
    expect((await admin('reset', { method: 'POST' })).status).toBe(204);
    expect((await json(t.platform.get(`${states}/dnd`))).enabled).toBe(false);
    expect(t.emu.log.map((e) => e.path)).toEqual([`${states}/dnd`]);
  });

  it('reports the URL and credentials, and 404s unknown admin paths', async () => {
    expect(await (await admin('info')).json()).toMatchObject({
      url: t.emu.url,
      accountId: '37439510',
      credentials: t.emu.credentials,
    });
    expect((await admin('nothing')).status).toBe(404);
  });
});

describe('request log', () => {
  it('records method, path, exploded query, status, group, body and time', async () => {
    t.emu.clearLog();
    await t.platform.get('/restapi/v1.0/account/~/extension', { type: ['User', 'Site'], perPage: 10 });
    await failure(t.platform.get('/restapi/v1.0/nowhere'));
    expect(t.emu.log).toEqual([
      {
        method: 'GET',
        path: '/restapi/v1.0/account/~/extension',
        query: { type: ['User', 'Site'], perPage: '10' },
        status: 200,
        group: 'medium',
        time: expect.any(Number),
      },
      { method: 'GET', path: '/restapi/v1.0/nowhere', query: {}, status: 404, group: '', time: expect.any(Number) },
    ]);
  });
});
