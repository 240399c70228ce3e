import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { EXT, NO_LIMITS, dispatching, expect400, failure, json, login, startTestEmulator, v2, type Platform } from './helpers.js';
import { startEmulator } from '../../src/emulator/start-emulator.js';

/**
 * Devices, forwarding targets and every ring and terminating target type of the spec: accepted
 * with the fields the spec's request schemas require, refused with RingCentral's 400 otherwise,
 * answered in the response shapes (names added).
 */

const SEED = new URL('../fixtures/seeds/every-target-type.json', import.meta.url).pathname;
const SPEC = JSON.parse(readFileSync(new URL('../../spec/ringcentral-api/openapi-subset.json', import.meta.url), 'utf8'));
const enumOf = (name: string): string[] => SPEC.components.schemas[name].enum;

const rule = (id: string, ext = '~') => `${v2(ext)}/voice/state-rules/${id}`;
const group = (targets: object[], duration = 20) => ({ type: 'RingGroupAction', enabled: true, targets, duration });
const terminating = (d: any) => d.actions.find((a: any) => a.type === 'TerminatingAction');

describe('devices and forwarding targets of the demo account', () => {
  let emu: RunningEmulator;
  let platform: Platform;
  beforeAll(async () => {
    emu = await startTestEmulator();
    platform = await login(emu);
  });
  afterAll(() => emu?.stop());
  const targets = (ext: string, query = '') => json(platform.get(`${v2(ext)}/voice/forwarding-targets${query}`));

  it('lists the desk phones of Alex and Jordan and nothing for the others', async () => {
    const alex = await targets('~');
    expect(alex).toEqual({
      records: [
        {
          type: 'DeviceRingTarget',
          name: 'Desk phone',
          device: { id: '805183004', name: 'Desk phone', phoneNumber: '+16505550101' },
          extension: { id: EXT.alex },
        },
      ],
      paging: { page: 1, totalPages: 1, perPage: 100, totalElements: 1, pageStart: 0, pageEnd: 0 },
    });
    expect((await targets(EXT.jordan)).records.map((r: any) => [r.name, r.device.id])).toEqual([['Desk phone', '805184004']]);
    expect((await targets(EXT.kim)).records).toEqual([]);
    expect((await targets('~', '?excludeOwnTargets=true')).records).toEqual([]);
    await expect400(platform.get(`${v2()}/voice/forwarding-targets?excludeOwnTargets=yes`), 'excludeOwnTargets');
    expect((await failure(platform.get(`${v2(EXT.queue)}/voice/forwarding-targets`))).status).toBe(403);
  });

  it('rings a device of the user and refuses a device that is not the user’s', async () => {
    const d = dispatching('work-hours');
    d.actions.splice(4, 0, group([{ type: 'DeviceRingTarget', device: { id: '805183004' } }], 15));
    const answer = await json(platform.patch(rule('work-hours'), { dispatching: d }));
    expect(answer.dispatching.actions[4].targets).toEqual([
      {
        type: 'DeviceRingTarget',
        name: 'Desk phone',
        device: { id: '805183004', name: 'Desk phone', phoneNumber: '+16505550101' },
      },
    ]);
    // Jordan's desk phone is not Alex's: RingCentral's 400 naming the field.
    d.actions[4].targets[0].device.id = '805184004';
    const why = await expect400(platform.patch(rule('work-hours'), { dispatching: d }), 'dispatching.actions[4].targets[0].device.id');
    expect(why).toContain('device 805184004 is not a device of extension 63701631004 (its devices: 805183004 (Desk phone))');
    d.actions[4].targets[0] = { type: 'DeviceRingTarget', device: { id: '805183004' }, extension: { id: EXT.kim } };
    await expect400(platform.patch(rule('work-hours'), { dispatching: d }), 'dispatching.actions[4].targets[0].extension.id');
  });

  it('enforces the fields each target type requires, all problems at once', async () => {
    const d = dispatching('custom');
    d.actions.push(
      group([
        { type: 'DeviceRingTarget' },
        { type: 'HotdeskRingTarget' },
        { type: 'IntegrationRingTarget', integration: { type: 'Skype' } },
        { type: 'ImsPhoneNumberRingTarget', destination: {} },
        { type: 'FmcPhoneNumberRingTarget', destination: { phoneNumber: '650 555 0113' } },
        { type: 'CloudConnectorRingTarget', destination: { integrationId: '1' } },
        { type: 'CloudConnectorRingTarget', name: 'CC', destination: {} },
        { type: 'PagerRingTarget' },
      ]),
    );
    terminating(d).targets.push(
      { type: 'CloudConnectorTerminatingTarget', destination: { integrationId: '1' }, dispatchingType: 'Ringing' },
      { type: 'CloudConnectorTerminatingTarget', name: 'CC', destination: { integrationId: '1' } },
    );
    d.actions.push({ type: 'RingAlwaysGroupAction', enabled: true, targets: [{ type: 'CoworkerRingTarget', extension: { id: EXT.kim } }] });
    const body = {
      enabled: true,
      displayName: 'All wrong',
      conditions: [{ type: 'Interaction', from: [], to: ['+16505550100'] }],
      dispatching: d,
    };
    const f = await failure(platform.post(`${v2(EXT.kim)}/voice/interaction-rules`, body));
    expect(f.status).toBe(400);
    const t = 'dispatching.actions[3].targets';
    const tt = 'dispatching.actions[2].targets';
    expect(f.body.errors!.map((e) => e.parameterName)).toEqual([
      `${tt}[3].name`,
      `${tt}[4].dispatchingType`,
      `${t}[0].device.id`,
      `${t}[1].type`,
      `${t}[2].integration.type`,
      `${t}[3].destination.phoneNumber`,
      `${t}[4].destination.phoneNumber`,
      `${t}[5].name`,
      `${t}[6].destination.integrationId`,
      `${t}[7].type`,
      'dispatching.actions[4].targets[0].type',
    ]);
    expect(f.body.errors!.every((e) => e.errorCode === 'CMN-101')).toBe(true);
  });

  it('keeps ring-always to the apps, once per rule', async () => {
    const always = { type: 'RingAlwaysGroupAction', enabled: true, targets: [{ type: 'AllMobileRingTarget' }] };
    const d = dispatching('work-hours');
    d.actions.push(always, always);
    await expect400(platform.patch(rule('work-hours'), { dispatching: d }), 'dispatching.actions');
    d.actions.pop();
    d.actions[7] = { ...always, targets: [{ type: 'AllMobileRingTarget' }, { type: 'AllMobileRingTarget' }] };
    await expect400(platform.patch(rule('work-hours'), { dispatching: d }), 'dispatching.actions[7].targets');
    d.actions[7] = always;
    const answer = await json(platform.patch(rule('work-hours'), { dispatching: d }));
    expect(answer.dispatching.actions[7]).toEqual({
      type: 'RingAlwaysGroupAction',
      enabled: true,
      targets: [{ type: 'AllMobileRingTarget', name: 'My mobile apps' }],
    });
  });
});

describe('the every-target-type seed (test/fixtures/seeds/every-target-type.json)', () => {
  let emu: RunningEmulator;
  let platform: Platform;
  beforeAll(async () => {
    emu = await startEmulator({ seed: SEED, port: 0 });
    platform = await login(emu);
  });
  afterAll(() => emu?.stop());

  it('holds every ring and terminating target type of the spec, ring-always and devices', async () => {
    const states = (await json(platform.get(`${v2()}/voice/state-rules`))).records;
    const custom = (await json(platform.get(`${v2()}/voice/interaction-rules`))).records;
    const actions = [...states, ...custom].flatMap((r: any) => r.dispatching.actions);
    const targetsOf = (type: string) => actions.filter((a: any) => a.type === type).flatMap((a: any) => a.targets);
    const ringTypes = new Set(targetsOf('RingGroupAction').map((t: any) => t.type));
    const terminatingTypes = new Set(targetsOf('TerminatingAction').map((t: any) => t.type));
    expect([...ringTypes].sort()).toEqual([...enumOf('CommRingTargetTypeResource')].sort());
    expect([...terminatingTypes].sort()).toEqual([...enumOf('CommTerminatingTargetTypeResource')].sort());
    expect(actions.filter((a: any) => a.type === 'RingAlwaysGroupAction')).toHaveLength(3); // work-hours, agent (inherited), VIP
    const listed = (await json(platform.get(`${v2()}/voice/forwarding-targets`))).records;
    expect(listed.map((r: any) => r.type)).toEqual([
      'DeviceRingTarget',
      'DeviceRingTarget',
      'IntegrationRingTarget',
      'IntegrationRingTarget',
      'ImsPhoneNumberRingTarget',
      'FmcPhoneNumberRingTarget',
      'CloudConnectorRingTarget',
      'PhoneNumberRingTarget',
      'CoworkerRingTarget',
      'CoworkerAppsRingTarget',
    ]);
    const own = (await json(platform.get(`${v2()}/voice/forwarding-targets?excludeOwnTargets=true`))).records;
    expect(own.map((r: any) => r.type)).toEqual(['CoworkerRingTarget', 'CoworkerAppsRingTarget']);
  });

  it('answers the targets with the names RingCentral adds', async () => {
    const wh = await json(platform.get(rule('work-hours')));
    const names = wh.dispatching.actions
      .filter((a: any) => a.type === 'RingGroupAction')
      .flatMap((a: any) => a.targets.map((t: any) => `${t.type}: ${t.name ?? '-'}`));
    expect(names).toEqual([
      'DeviceRingTarget: Desk phone',
      'AllMobileRingTarget: My mobile apps',
      'AllDesktopRingTarget: My desktop',
      'HotdeskRingTarget: Hot desk 3F-12',
      'IntegrationRingTarget: Microsoft Teams',
      'ImsPhoneNumberRingTarget: IMS mobile',
      'FmcPhoneNumberRingTarget: Carrier mobile',
      'CoworkerRingTarget: -',
      'PhoneNumberRingTarget: -',
      'CloudConnectorRingTarget: Cloud Connector contact',
    ]);
    // Writing back what was read is accepted unchanged (a client that round-trips loses nothing).
    const again = await json(platform.patch(rule('work-hours'), { dispatching: wh.dispatching }));
    expect(again.dispatching).toEqual(wh.dispatching);
    const vip = (await json(platform.get(`${v2()}/voice/interaction-rules`))).records[0];
    const back = await json(platform.patch(`${v2()}/voice/interaction-rules/${vip.id}`, { dispatching: vip.dispatching }));
    expect(back.dispatching).toEqual(vip.dispatching);
  });

  it('refuses seeds with devices or targets RingCentral could not return', async () => {
    const bad = async (extra: object) => {
      const seed = { rateLimits: NO_LIMITS, extensions: [{ extensionNumber: '104', ...extra }] };
      return startEmulator({ seed, port: 0 }).then(
        (e) => e.stop().then(() => 'started'),
        (e: Error) => e.message,
      );
    };
    expect(await bad({ devices: [{ id: '805183004', name: 'Taken' }] })).toBe(
      'seed: extension 104: devices[0].id 805183004 is already the id of another device',
    );
    expect(await bad({ devices: [{ id: 'x', name: 'Phone' }] })).toContain('devices[0].id must be a string of digits');
    expect(await bad({ forwardingTargets: [{ type: 'DeviceRingTarget' }] })).toContain('devices go in "devices"');
    const teams = { type: 'IntegrationRingTarget', name: 'Teams', integration: { type: 'MsTeamsDirectRouting', phoneNumber: '555' } };
    expect(await bad({ forwardingTargets: [teams] })).toContain('forwardingTargets[0].integration.phoneNumber');
    const queue = { rateLimits: NO_LIMITS, extensions: [{ extensionNumber: '1200', devices: [{ id: '1', name: 'Phone' }] }] };
    expect(await startEmulator({ seed: queue, port: 0 }).catch((e: Error) => e.message)).toBe(
      'seed: extension 1200: only users have devices and forwarding targets',
    );
    expect(await bad({ forwardingTargets: [{ type: 'ImsPhoneNumberRingTarget', destination: { phoneNumber: '5' } }] })).toContain(
      'forwardingTargets[0].destination.phoneNumber',
    );
    // A rule may only ring the user's own devices, in seeds as in the API.
    const stateRules = {
      'work-hours': { dispatching: { type: 'RingAtOnce', actions: [group([{ type: 'DeviceRingTarget', device: { id: '805183004' } }])] } },
    };
    expect(await bad({ stateRules })).toContain('device 805183004 is not a device of extension 63701633004');
  });
});
