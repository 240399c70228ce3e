import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { failure, login, sdkFor, v1, v2 } from './helpers.js';

/** Usage-plan rate limits with short windows: headers, 429 with Retry-After, the restarting penalty. */

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rate limits', () => {
  it('reports RingCentral default limits in X-Rate-Limit headers on every response', async () => {
    emu = await startEmulator({ windowMs: 60_000 });
    const platform = await login(emu);
    const medium = await platform.get(`${v2()}/states`);
    expect(medium.headers.get('x-rate-limit-group')).toBe('medium');
    expect(medium.headers.get('x-rate-limit-limit')).toBe('40');
    expect(medium.headers.get('x-rate-limit-remaining')).toBe('39');
    expect(medium.headers.get('x-rate-limit-window')).toBe('60');
    const light = await platform.get(v1());
    expect([light.headers.get('x-rate-limit-group'), light.headers.get('x-rate-limit-limit')]).toEqual(['light', '50']);
    const error = await failure(platform.get(`${v2()}/states/nope`));
    expect(error.headers.get('x-rate-limit-remaining')).toBe('38');
    expect(emu.log.map((e) => e.group)).toEqual(['auth', 'medium', 'light', 'medium']);
  });

  it('answers 429 CMN-301 with Retry-After once the window is full, and restarts the penalty on each request', async () => {
    emu = await startEmulator({ windowMs: 500, seed: { rateLimits: { medium: 3 } } });
    const platform = await login(emu);
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) remaining.push((await platform.get(`${v2()}/states`)).headers.get('x-rate-limit-remaining')!);
    expect(remaining).toEqual(['2', '1', '0']);

    const limited = await failure(platform.get(`${v2()}/states`));
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }] });
    expect(limited.headers.get('retry-after')).toBe('0.5');
    expect(limited.headers.get('x-rate-limit-window')).toBe('0.5');
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');

    // Other groups are counted separately.
    expect((await platform.get(v1())).status).toBe(200);

    // Each request during the penalty restarts it: 300 ms apart, every one is refused.
    for (let i = 0; i < 2; i++) {
      await sleep(300);
      expect((await failure(platform.get(`${v2()}/states`))).status).toBe(429);
    }
    await sleep(650);
    expect((await platform.get(`${v2()}/states`)).status).toBe(200);
    expect(emu.log.filter((e) => e.status === 429)).toHaveLength(3);
  });

  it('limits logins in the Auth group (5 per window by default)', async () => {
    emu = await startEmulator({ windowMs: 60_000 });
    for (let i = 0; i < 5; i++) await login(emu);
    const sixth = await failure(sdkFor(emu).platform().login({ jwt: emu.credentials.jwt }));
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('x-rate-limit-group')).toBe('auth');
    expect(sixth.headers.get('retry-after')).toBe('60');
    emu.reset();
    await login(emu);
  });

  it('lets the SDK wait out Retry-After when it handles rate limits', async () => {
    emu = await startEmulator({ windowMs: 200, seed: { rateLimits: { medium: 1 } } });
    const platform = sdkFor(emu, { handleRateLimit: true }).platform();
    await platform.login({ jwt: emu.credentials.jwt });
    await platform.get(`${v2()}/states`);
    const started = Date.now();
    expect((await platform.get(`${v2()}/states`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(emu.log.map((e) => e.status)).toEqual([200, 200, 429, 200]);
  });
});
