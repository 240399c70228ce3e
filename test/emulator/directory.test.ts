import { describe, expect, it } from 'vitest';
import { PRESET } from '../../src/core/defaults.js';
import { EXT, expect400, failure, json, v1, v2, useLoggedInEmulator } from './helpers.js';

/** v1 extensions (list, read, features) and the standard greetings dictionary of the demo account. */

const t = useLoggedInEmulator(false);

describe('extension list', () => {
  it('lists the demo account with integer ids, uri, contact and site', async () => {
    const list = await json(t.platform.get('/restapi/v1.0/account/~/extension'));
    expect(list.records.map((r: any) => r.extensionNumber)).toEqual([
      '101',
      '102',
      '103',
      '104',
      '105',
      '1200',
      '1300',
      '1500',
      '1600',
      '1700',
      '2001',
      '3001',
    ]);
    const alex = list.records[0];
    expect(alex).toMatchObject({
      id: 63701631004,
      extensionNumber: '101',
      name: 'Alex Smith',
      type: 'User',
      status: 'Enabled',
      contact: { email: 'alex@acme.com' },
      site: { id: 'main-site' },
    });
    expect(alex.uri).toBe(`${t.emu.url}/restapi/v1.0/account/37439510/extension/63701631004`);
    expect(list.records.find((r: any) => r.extensionNumber === '2001').site).toMatchObject({
      id: EXT.london,
      name: 'London Office',
    });
    expect(list.paging).toEqual({ page: 1, totalPages: 1, perPage: 100, totalElements: 12, pageStart: 0, pageEnd: 11 });
  });

  it('filters by exploded type and status, and pages with navigation', async () => {
    const sites = await json(t.platform.get('/restapi/v1.0/account/~/extension', { type: ['Site', 'IvrMenu'] }));
    expect(sites.records.map((r: any) => r.name)).toEqual(['Main IVR', 'London Office', 'New York Office']);
    const page2 = await json(
      t.platform.get('/restapi/v1.0/account/37439510/extension', {
        type: 'User',
        status: 'Enabled',
        page: 2,
        perPage: 2,
      }),
    );
    expect(page2.records.map((r: any) => r.extensionNumber)).toEqual(['103', '104']);
    expect(page2.paging).toMatchObject({
      page: 2,
      perPage: 2,
      totalPages: 3,
      totalElements: 5,
      pageStart: 2,
      pageEnd: 3,
    });
    expect(Object.keys(page2.navigation)).toEqual(['firstPage', 'nextPage', 'previousPage', 'lastPage']);
    expect(page2.navigation.nextPage.uri).toContain('page=3');
    const big = await json(t.platform.get('/restapi/v1.0/account/~/extension', { perPage: 5000 }));
    expect(big.paging.perPage).toBe(1000);
  });

  it('refuses unknown filter values and bad paging', async () => {
    await expect400(t.platform.get('/restapi/v1.0/account/~/extension', { type: 'Robot' }), 'type');
    await expect400(t.platform.get('/restapi/v1.0/account/~/extension', { page: 0 }), 'page');
  });

  it('answers 404 CMN-102 for another account or an unknown extension', async () => {
    const account = await failure(t.platform.get('/restapi/v1.0/account/999/extension'));
    expect(account.status).toBe(404);
    expect(account.body.errors![0]).toMatchObject({ errorCode: 'CMN-102', parameterName: 'accountId' });
    const ext = await failure(t.platform.get(v1('12345')));
    expect(ext.status).toBe(404);
    expect(ext.body.errors![0].parameterName).toBe('extensionId');
  });
});

describe('extension read and features', () => {
  it('reads ~ as the JWT owner, with regional settings and call queues', async () => {
    const me = await json(t.platform.get(v1()));
    expect(me).toMatchObject({
      id: 63701631004,
      extensionNumber: '101',
      regionalSettings: { timezone: { name: 'America/Los_Angeles' } },
    });
    expect(me.departments).toEqual([expect.objectContaining({ id: EXT.queue, extensionNumber: '1200' })]);
    const sam = await json(t.platform.get(v1(EXT.sam)));
    expect(sam.regionalSettings.timezone.name).toBe('Europe/London');
    expect(sam.departments).toEqual([expect.objectContaining({ id: EXT.salesQueue, extensionNumber: '1300' })]);
    expect((await json(t.platform.get(v1(EXT.jordan)))).departments).toBeUndefined();
  });

  it('reports NewCallHandlingAndForwarding with isNewBackendAvailable for users', async () => {
    const features = await json(t.platform.get(`${v1()}/features`, { featureId: 'NewCallHandlingAndForwarding' }));
    expect(features.records).toEqual([
      {
        id: 'NewCallHandlingAndForwarding',
        available: true,
        params: [{ name: 'isNewBackendAvailable', value: 'true' }],
      },
    ]);
    const site = await json(t.platform.get(`${v1(EXT.london)}/features`));
    expect(site.records[0]).toMatchObject({ available: false, reason: { code: 'ExtensionTypeLimitation' } });
    const none = await json(t.platform.get(`${v1()}/features`, { featureId: 'SMS' }));
    expect(none.records).toEqual([]);
  });

  it('refuses comm-handling for extensions that are not users (FEA-001)', async () => {
    const f = await failure(t.platform.get(`${v2(EXT.london)}/states`));
    expect(f.status).toBe(403);
    expect(f.body.errors![0].errorCode).toBe('FEA-001');
  });
});

describe('standard greetings dictionary', () => {
  it('holds the presets of core/defaults with their types, plus named alternatives', async () => {
    const all = await json(t.platform.get('/restapi/v1.0/dictionary/greeting', { perPage: 1000 }));
    const byId = new Map(all.records.map((g: any) => [g.id, g]));
    const expected: [string, string][] = [
      [PRESET.welcome, 'Introductory'],
      [PRESET.connectingMessage, 'ConnectingMessage'],
      [PRESET.connectingAudio, 'ConnectingAudio'],
      [PRESET.voicemail, 'Voicemail'],
      [PRESET.announcementRinging, 'Announcement'],
      [PRESET.announcementTerminating, 'Announcement'],
    ];
    for (const [id, type] of expected) expect(byId.get(id)).toMatchObject({ id, type, usageType: 'UserExtensionAnsweringRule' });
    expect((byId.get(PRESET.welcome) as any).name).toBe('Default');
    expect((byId.get(PRESET.connectingAudio) as any).name).toBe('Acoustic');
  });

  it('filters by type and usageType and reads one greeting', async () => {
    const audio = await json(
      t.platform.get('/restapi/v1.0/dictionary/greeting', {
        type: 'ConnectingAudio',
        usageType: 'UserExtensionAnsweringRule',
      }),
    );
    expect(audio.records.map((g: any) => g.name)).toEqual(expect.arrayContaining(['Acoustic', 'Classical', 'Jazz']));
    const announcements = await json(t.platform.get('/restapi/v1.0/dictionary/greeting', { type: 'Announcement' }));
    expect(announcements.records.map((g: any) => g.name)).toEqual(expect.arrayContaining(['Closed', 'Holiday']));
    const one = await json(t.platform.get(`/restapi/v1.0/dictionary/greeting/${PRESET.voicemail}`));
    expect(one).toMatchObject({
      id: PRESET.voicemail,
      type: 'Voicemail',
      uri: `${t.emu.url}/restapi/v1.0/dictionary/greeting/590080`,
    });
    expect((await failure(t.platform.get('/restapi/v1.0/dictionary/greeting/1'))).status).toBe(404);
    await expect400(t.platform.get('/restapi/v1.0/dictionary/greeting', { type: 'Loud' }), 'type');
  });
});
