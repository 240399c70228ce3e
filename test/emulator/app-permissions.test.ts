import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPermissionOf } from '../../src/emulator/app-permission.js';
import { API_ROUTES, EXTRA_OPERATIONS } from '../../src/emulator/routes.js';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { NO_LIMITS, dispatching, failure, login, startTestEmulator, v2, type Platform } from './helpers.js';

/** The app permissions (TokenInfo `scope`) the emulator grants, states and enforces. */

const OPS = JSON.parse(readFileSync(new URL('../../spec/ringcentral-api/operations.json', import.meta.url), 'utf8')) as {
  method: string;
  path: string;
  appPermission: string | null;
}[];

describe('app permissions of the operations', () => {
  it('match operations.json for every route the emulator serves', () => {
    for (const route of API_ROUTES) {
      // Beyond the spec subset; RingCentral's API reference gives it ReadAccounts.
      if (EXTRA_OPERATIONS[route.operationId]) {
        expect(appPermissionOf(route)).toBe('ReadAccounts');
        continue;
      }
      const op = OPS.find((o) => o.method === route.method && o.path === route.path);
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(appPermissionOf(route) ?? null, `${route.method} ${route.path}`).toBe(op!.appPermission);
    }
  });
});

describe('a token without EditExtensions (seed credentials.scope)', () => {
  let emu: RunningEmulator;
  let platform: Platform;
  beforeAll(async () => {
    emu = await startTestEmulator({ seed: { rateLimits: NO_LIMITS, credentials: { scope: 'ReadAccounts' } } });
    platform = await login(emu);
  });
  afterAll(() => emu.stop());

  it('states its scope in the token answer', async () => {
    expect((await platform.auth().data()).scope).toBe('ReadAccounts');
  });

  it('may read, and a write is refused with 403 CMN-401 naming EditExtensions, changing nothing', async () => {
    const before = await (await platform.get(`${v2()}/voice/state-rules/work-hours`)).json();
    const refused = await failure(
      platform.send({ method: 'PATCH', url: `${v2()}/voice/state-rules/work-hours`, body: { dispatching: dispatching('work-hours') } }),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([
      {
        errorCode: 'CMN-401',
        message: 'In order to call this API endpoint, application needs to have [EditExtensions] permission.',
        permissionName: 'EditExtensions',
      },
    ]);
    expect(refused.body.permissionName).toBe('EditExtensions');
    expect(await (await platform.get(`${v2()}/voice/state-rules/work-hours`)).json()).toEqual(before);
  });
});

describe('the default app', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator();
  });
  afterAll(() => emu.stop());

  it('has ReadAccounts and EditExtensions, and EditAccounts for the company rules', async () => {
    const platform = await login(emu);
    expect((await platform.auth().data()).scope?.split(' ').sort()).toEqual(['EditAccounts', 'EditExtensions', 'ReadAccounts']);
  });

  it('EditAccounts includes both', async () => {
    const wide = await startTestEmulator({ seed: { rateLimits: NO_LIMITS, credentials: { scope: 'EditAccounts' } } });
    try {
      const platform = await login(wide);
      await platform.get(`${v2()}/voice/state-rules/work-hours`);
      const r = await platform.send({ method: 'PATCH', url: `${v2()}/states/dnd`, body: { enabled: true } });
      expect(r.status).toBe(200);
    } finally {
      await wide.stop();
    }
  });
});
