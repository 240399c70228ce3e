import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/problem.js';
import { startEmulator, type EmulatorSeed, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { EXT, NINE_TO_FIVE, NO_LIMITS, dispatching, failure, json, login, v1, v2 } from './helpers.js';

/** Seeds: the demo account by default, seeds that extend it, generated users, empty accounts. */

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

async function start(seed: EmulatorSeed | string) {
  emu = await startEmulator({ seed });
  return { emu, platform: await login(emu) };
}

describe('seeds', () => {
  it('serves the demo account without a seed', async () => {
    emu = await startEmulator();
    expect(emu.credentials).toEqual({
      clientId: 'demo-client-id',
      clientSecret: 'demo-client-secret',
      jwt: 'demo-jwt',
    });
    const platform = await login(emu);
    expect((await json(platform.get(v1()))).extensionNumber).toBe('101');
  });

  it('extends the demo account: changed and added extensions with initial call handling', async () => {
    const seed: EmulatorSeed = {
      rateLimits: NO_LIMITS,
      extensions: [
        { id: EXT.sam, extensionNumber: '105', name: 'Sam Rivera', type: 'User', newCallHandling: false },
        {
          id: '63701635004',
          extensionNumber: '106',
          name: 'Lee Chen',
          type: 'User',
          email: 'lee@acme.com',
          site: '2001',
          states: { 'work-hours': { conditions: NINE_TO_FIVE }, dnd: { enabled: true } },
          stateRules: { 'after-hours': { dispatching: dispatching('after-hours') } },
          interactionRules: [
            {
              enabled: true,
              displayName: 'Boss',
              conditions: [{ type: 'Interaction', from: [{ phoneNumber: '+16501111111', name: 'Boss' }], to: [] }],
              dispatching: dispatching('custom'),
            },
          ],
        },
        {
          id: EXT.london,
          extensionNumber: '2001',
          name: 'London Office',
          type: 'Site',
          transferTo: '102',
          businessHours: { schedule: { weeklyRanges: { monday: [{ from: '09:00', to: '17:00' }] } } },
          answeringRules: [
            {
              type: 'Custom',
              name: 'VIP',
              callers: [{ callerId: '+14132223333' }],
              callHandlingAction: 'TransferToExtension',
              transfer: { extension: { id: EXT.queue } },
            },
          ],
        },
      ],
      customGreetings: [{ id: '5072424099', type: 'Announcement', extension: '106' }],
    };
    const { platform } = await start(seed);
    const features = await json(platform.get(`${v1(EXT.sam)}/features`));
    expect(features.records[0].params).toEqual([{ name: 'isNewBackendAvailable', value: 'false' }]);
    const refused = await failure(platform.get(`${v2(EXT.sam)}/states`));
    expect([refused.status, refused.body.errors![0].errorCode]).toEqual([403, 'FEA-001']);

    const lee = await json(platform.get(`${v2('63701635004')}/states`));
    expect(lee.records.map((s: any) => [s.id, s.enabled])).toEqual([
      ['after-hours', true],
      ['work-hours', true],
      ['dnd', true],
      ['forward-all-calls', false],
    ]);
    expect((await json(platform.get(`${v2('63701635004')}/voice/interaction-rules`))).records[0].displayName).toBe('Boss');
    expect((await json(platform.get(v1('63701635004')))).site).toMatchObject({ id: EXT.london });

    const rules = await json(platform.get(`${v1(EXT.london)}/answering-rule`, { view: 'Detailed' }));
    expect(rules.records.map((r: any) => [r.id.replace(/^\d+$/, 'custom'), r.transfer.extension.id])).toEqual([
      ['business-hours-rule', EXT.kim],
      ['after-hours-rule', EXT.kim],
      ['custom', EXT.queue],
    ]);
    const d = dispatching('dnd');
    d.actions[0].targets[1].prompt.greeting = {
      effectiveGreetingType: 'Custom',
      preset: { id: '66560' },
      custom: { id: '5072424099' },
    };
    expect((await platform.patch(`${v2('63701635004')}/voice/state-rules/dnd`, { dispatching: d })).status).toBe(200);
  });

  it('generates a thousand users, optionally as queue members', async () => {
    const { platform } = await start({
      rateLimits: NO_LIMITS,
      generateUsers: { count: 1000, startNumber: 5000, queue: '1200' },
    });
    const users = await json(platform.get('/restapi/v1.0/account/~/extension', { type: 'User', perPage: 1000, page: 2 }));
    expect(users.paging).toMatchObject({ totalElements: 1005, totalPages: 2 });
    expect(users.records.map((u: any) => u.extensionNumber)).toEqual(['5995', '5996', '5997', '5998', '5999']);
    const last = users.records.at(-1);
    expect(last).toMatchObject({ name: 'User 5999', contact: { email: 'user5999@example.com' } });
    const states = await json(platform.get(`${v2(String(last.id))}/states`));
    expect(states.records.map((s: any) => s.id)).toContain('agent');
  });

  it('reads a seed file, and builds an empty account from scratch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringform-seed-'));
    const file = join(dir, 'seed.json');
    writeFileSync(
      file,
      JSON.stringify({
        base: 'empty',
        account: { id: '1000' },
        credentials: { clientId: 'id', clientSecret: 'secret', jwt: 'jwt' },
        extensions: [{ id: '11', extensionNumber: '11', name: 'Only User', type: 'User' }],
      }),
    );
    const { platform } = await start(file);
    const list = await json(platform.get('/restapi/v1.0/account/1000/extension'));
    expect(list.records.map((e: any) => e.name)).toEqual(['Only User']);
    expect(emu!.credentials.jwt).toBe('jwt');
  });

  it('refuses broken seeds with a message that says where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringform-seed-'));
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    await expect(startEmulator({ seed: join(dir, 'bad.json') })).rejects.toThrow(UserError);
    await expect(startEmulator({ seed: join(dir, 'missing.json') })).rejects.toThrow(/cannot read seed file/);
    await expect(startEmulator({ seed: { base: 'empty', extensions: [] } })).rejects.toThrow(/account.id/);
    await expect(
      startEmulator({
        seed: {
          extensions: [{ id: EXT.jordan, extensionNumber: '103', name: 'J', type: 'User', states: { dnd: { conditions: [] } } }],
        },
      }),
    ).rejects.toThrow(/extension 103 states\.dnd: Parameter \[conditions\]/);
    await expect(
      startEmulator({ seed: { extensions: [{ id: '1', extensionNumber: '9', name: 'x', type: 'User', site: '77' }] } }),
    ).rejects.toThrow(/extension 77 does not exist/);
  });
});
