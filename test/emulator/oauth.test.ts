import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { failure, json, login, sdkFor, startTestEmulator, v1 } from './helpers.js';

/** OAuth: JWT login, refresh, revoke, client authentication, bearer tokens on API calls. */

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

async function tokenRequest(form: Record<string, string>, auth?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (auth !== undefined) headers.Authorization = auth;
  return fetch(`${emu.url}/restapi/oauth/token`, { method: 'POST', headers, body: new URLSearchParams(form) });
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

describe('token endpoint', () => {
  it('logs in with the JWT bearer grant and returns a TokenInfo', async () => {
    const platform = sdkFor(emu).platform();
    const res = await platform.login({ jwt: emu.credentials.jwt });
    const token: any = await res.json();
    expect(token).toMatchObject({
      token_type: 'bearer',
      expires_in: 3600,
      refresh_token_expires_in: 604800,
      owner_id: '63701631004',
    });
    expect(token.access_token).toEqual(expect.any(String));
    expect(token.refresh_token).toEqual(expect.any(String));
    expect(token.scope).toContain('EditExtensions');
    expect(token.session_id).toEqual(expect.any(String));
    expect(await platform.loggedIn()).toBe(true);
  });

  it('refreshes with the refresh_token grant, rotating the refresh token', async () => {
    const platform = await login(emu);
    const before = (await platform.auth().data()).refresh_token;
    await platform.refresh();
    const after = await platform.auth().data();
    expect(after.refresh_token).not.toBe(before);
    expect((await platform.get(v1())).status).toBe(200);
    const reuse = await tokenRequest(
      { grant_type: 'refresh_token', refresh_token: before! },
      basic('demo-client-id', 'demo-client-secret'),
    );
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toMatchObject({ error: 'invalid_grant', errors: [{ errorCode: 'OAU-213' }] });
  });

  it('honours access_token_ttl within 600..3600 and ignores values outside it', async () => {
    const auth = basic('demo-client-id', 'demo-client-secret');
    const short = await json(
      tokenRequest({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: 'demo-jwt', access_token_ttl: '600' }, auth),
    );
    expect(short.expires_in).toBe(600);
    const odd = await json(
      tokenRequest({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: 'demo-jwt', access_token_ttl: '-1' }, auth),
    );
    expect(odd.expires_in).toBe(3600);
  });

  it('refuses a wrong client secret, a wrong JWT and unknown grants', async () => {
    const wrongClient = await tokenRequest(
      { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: 'demo-jwt' },
      basic('demo-client-id', 'nope'),
    );
    expect(wrongClient.status).toBe(400);
    expect(await wrongClient.json()).toMatchObject({ error: 'invalid_client', errors: [{ errorCode: 'OAU-153' }] });
    const wrongJwt = await failure(sdkFor(emu).platform().login({ jwt: 'not-the-jwt' }));
    expect(wrongJwt.status).toBe(400);
    expect(wrongJwt.body).toMatchObject({ error: 'invalid_grant', errors: [{ errorCode: 'OAU-140' }] });
    const grant = await tokenRequest({ grant_type: 'password', username: 'x' }, basic('demo-client-id', 'demo-client-secret'));
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('wants a form body', async () => {
    const res = await fetch(`${emu.url}/restapi/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: basic('demo-client-id', 'demo-client-secret') },
      body: JSON.stringify({ grant_type: 'refresh_token' }),
    });
    expect(res.status).toBe(415);
  });
});

describe('bearer tokens', () => {
  it('answers 401 AGW-401 without an Authorization header and OAU-213 for an unknown token', async () => {
    const none = await fetch(`${emu.url}${v1()}`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      errors: [{ errorCode: 'AGW-401', message: 'Authorization header is not specified' }],
    });
    const bad = await fetch(`${emu.url}${v1()}`, { headers: { Authorization: 'bearer made-up' } });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as any).errors[0].errorCode).toBe('OAU-213');
  });

  it('revokes the session on logout (token in the body or the query)', async () => {
    const platform = await login(emu);
    const { access_token } = await platform.auth().data();
    await platform.logout();
    const after = await fetch(`${emu.url}${v1()}`, { headers: { Authorization: `bearer ${access_token}` } });
    expect(after.status).toBe(401);

    const other = await login(emu);
    const token = (await other.auth().data()).access_token!;
    const revoke = await fetch(`${emu.url}/restapi/oauth/revoke?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { Authorization: basic('demo-client-id', 'demo-client-secret') },
    });
    expect(revoke.status).toBe(200);
    expect((await fetch(`${emu.url}${v1()}`, { headers: { Authorization: `bearer ${token}` } })).status).toBe(401);
  });

  it('lets the SDK recover from a 401 by refreshing and replaying once', async () => {
    const platform = await login(emu);
    emu.addFault({ path: '/extension/~', type: 'status', status: 401 });
    const res = await platform.get(v1());
    expect(res.status).toBe(200);
    const calls = emu.log.map((e) => `${e.method} ${e.path} ${e.status}`);
    expect(calls.slice(-3)).toEqual([`GET ${v1()} 401`, 'POST /restapi/oauth/token 200', `GET ${v1()} 200`]);
  });

  it('never logs token bodies or secrets', async () => {
    const platform = await login(emu);
    await platform.get(v1());
    await platform.logout();
    const tokenEntries = emu.log.filter((e) => e.path.startsWith('/restapi/oauth/'));
    expect(tokenEntries).toHaveLength(2);
    for (const e of tokenEntries) expect(e.body).toBeUndefined();
    expect(JSON.stringify(emu.log)).not.toMatch(/demo-jwt|demo-client-secret|EMU-AT-|EMU-RT-/);
  });
});
