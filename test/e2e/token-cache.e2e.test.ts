import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { readConnectionConfig } from '../../src/live/connection-config.js';
import { createTokenCache } from '../../src/live/token-cache.js';
import { runCli, withEmulator } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * Issue 18 item 7: every command logged in and out, so with RingCentral's 60 s window (Auth: 5
 * per window) the fifth command in a minute waited for the Auth group. The session is now kept,
 * encrypted, in a cache directory (a temporary one here, never the real home).
 */

const USER = `
version: 1
kind: User
extension: "101"
rules:
  work-hours:
    ring: {order: at-once, groups: [{targets: [desktop-apps, mobile-apps], seconds: 25}]}
`;

let emu: RunningEmulator;
let env: Record<string, string>;
let cacheDir: string;
let files: Awaited<ReturnType<typeof tempManifests>>;

const oauth = (path: string) => emu.log.filter((e) => e.path === path).length;
const logins = () => oauth('/restapi/oauth/token');

beforeAll(async () => {
  // RingCentral's real window: 60 s, Auth 5 per window.
  ({ emu, env: env } = await withEmulator({ windowMs: 60_000 }));
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  emu.clearLog();
  cacheDir = await mkdtemp(join(tmpdir(), 'ringform-cache-'));
  env = { ...env, RINGFORM_CACHE_DIR: cacheDir };
  files = await tempManifests();
  await files.write('alex.yaml', USER);
  return async () => {
    await rm(cacheDir, { recursive: true, force: true });
    await files.cleanup();
    await rm(`${files.dir}-export`, { recursive: true, force: true });
  };
});

describe('the session commands share', () => {
  it('five commands in a row with a 60 s window: one login, no Auth wait, nothing revoked', async () => {
    const runs = [
      await runCli(['plan', files.dir], env),
      await runCli(['plan', '--format', 'json', files.dir], env),
      await runCli(['export', '--extension', '101', '--out', `${files.dir}-export`], env),
      await runCli(['plan', '--format', 'markdown', files.dir], env),
      await runCli(['apply', '--yes', files.dir], env),
      await runCli(['plan', '--detailed-exitcode', files.dir], env),
    ];
    expect(
      runs.map((r) => r.code),
      runs.map((r) => r.stderr).join('\n---\n'),
    ).toEqual([0, 0, 0, 0, 0, 0]);
    expect(logins()).toBe(1);
    expect(oauth('/restapi/oauth/revoke')).toBe(0);
    for (const run of runs) expect(run.stderr).not.toMatch(/waiting|rate limit/i);
  });

  it('is one file, readable only by the user, holding no token in the clear, useless without the credentials', async () => {
    await runCli(['plan', files.dir], env);
    // Beside it, the rate-limit windows left for the next command: timings only.
    const all = await readdir(cacheDir);
    const [name, ...others] = all.filter((n) => n.startsWith('session-'));
    expect(others).toEqual([]);
    for (const budget of all.filter((n) => n.startsWith('budget-'))) {
      const text = await readFile(join(cacheDir, budget), 'utf8');
      for (const secret of [env.RINGCENTRAL_JWT, env.RINGCENTRAL_CLIENT_SECRET, 'EMU-AT-', 'EMU-RT-']) expect(text).not.toContain(secret);
      expect((await stat(join(cacheDir, budget))).mode & 0o777).toBe(0o600);
    }
    const file = join(cacheDir, name);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(cacheDir)).mode & 0o777).toBe(0o700);
    const text = await readFile(file, 'utf8');
    expect(text).not.toMatch(/EMU-(AT|RT)-|access_token|refresh_token/);
    expect(text).not.toContain(env.RINGCENTRAL_JWT);
    expect(text).not.toContain(env.RINGCENTRAL_CLIENT_SECRET);
    const config = readConnectionConfig(env);
    expect(await createTokenCache(cacheDir, config).load()).toMatchObject({ access_token: expect.stringMatching(/^EMU-AT-/) });
    // Another JWT or secret finds nothing (and could not open the file if it did).
    expect(await createTokenCache(cacheDir, { ...config, jwt: `${config.jwt}x` }).load()).toBeUndefined();
    expect(await createTokenCache(cacheDir, { ...config, clientSecret: 'other' }).load()).toBeUndefined();
  });

  it('an expired access token is refreshed, not logged in again; a revoked session logs in once', async () => {
    await runCli(['plan', files.dir], env);
    const cache = createTokenCache(cacheDir, readConnectionConfig(env));
    const before = (await cache.load())!;
    await cache.save({ ...before, expire_time: Date.now() - 1000 });
    emu.clearLog();
    expect((await runCli(['plan', files.dir], env)).code).toBe(0);
    const grants = emu.log.filter((e) => e.path === '/restapi/oauth/token').length;
    expect(grants).toBe(1);
    expect(await cache.load()).toMatchObject({ expire_time: expect.any(Number) });
    expect(((await cache.load())!.expire_time as number) > Date.now()).toBe(true);
    // A refresh continues the session (a login would start another) with a new access token.
    expect((await cache.load())!.session_id).toBe(before.session_id);
    expect((await cache.load())!.access_token).not.toBe(before.access_token);

    // Revoked behind our back (another machine ran logout): the next command logs in once, and works.
    const revoke = await fetch(`${env.RINGCENTRAL_SERVER_URL}/restapi/oauth/revoke`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${env.RINGCENTRAL_CLIENT_ID}:${env.RINGCENTRAL_CLIENT_SECRET}`).toString('base64')}`,
      },
      body: new URLSearchParams({ token: String((await cache.load())!.access_token) }).toString(),
    });
    expect(revoke.status).toBe(200);
    emu.clearLog();
    expect((await runCli(['plan', files.dir], env)).code).toBe(0);
    expect(emu.log.filter((e) => e.path === '/restapi/oauth/token')).toHaveLength(2);
  });

  it('ringform logout revokes the session and removes the cache; the next command logs in', async () => {
    await runCli(['plan', files.dir], env);
    const out = await runCli(['logout'], env);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(`Logged out: the cached session was revoked at ${env.RINGCENTRAL_SERVER_URL} and removed from ${cacheDir}.\n`);
    expect(oauth('/restapi/oauth/revoke')).toBe(1);
    // The session is gone; the rate-limit windows stay (the server still counts those requests).
    expect((await readdir(cacheDir)).filter((n) => !n.startsWith('budget-'))).toEqual([]);
    expect((await runCli(['logout'], env)).stdout).toBe(`No cached session for these credentials in ${cacheDir}; nothing to revoke.\n`);
    emu.clearLog();
    await runCli(['plan', files.dir], env);
    expect(logins()).toBe(1);
  });

  it('without a cache directory every command logs in and out, as before', async () => {
    const bare = { ...env, RINGFORM_CACHE_DIR: '', RINGFORM_TOKEN_CACHE: 'off' };
    await runCli(['plan', files.dir], bare);
    await runCli(['plan', files.dir], bare);
    expect(logins()).toBe(2);
    expect(oauth('/restapi/oauth/revoke')).toBe(2);
    expect(await readdir(cacheDir)).toEqual([]);
  });
});
