import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiSchema } from '../../src/core/api/api-types.js';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { EXT, NO_LIMITS, expect400, failure, login, startTestEmulator, v1, type Platform } from './helpers.js';

/** IVR menus, IVR prompts and the language dictionary, driven through the SDK. */

type Menu = ApiSchema<'IvrMenuInfo'>;

const A = '/restapi/v1.0/account/~';

describe('IVR menus', () => {
  let emu: RunningEmulator;
  let platform: Platform;
  beforeAll(async () => {
    emu = await startTestEmulator();
    platform = await login(emu);
  });
  afterAll(() => emu.stop());

  const get = async <T = Menu>(url: string): Promise<T> => (await platform.get(url)).json() as Promise<T>;
  const send = async (method: 'post' | 'put', url: string, body: unknown): Promise<Menu> =>
    (await platform[method](url, body)).json() as Promise<Menu>;

  it("serves the demo's Main IVR: a spoken prompt, key 2 to the Support Queue, no input disconnects", async () => {
    const menu = await get(`${A}/ivr-menus/${EXT.ivr}`);
    expect(menu).toMatchObject({ id: EXT.ivr, name: 'Main IVR', extensionNumber: '1500', promptRepeatCount: 3 });
    expect(menu.prompt).toMatchObject({ mode: 'TextToSpeech', language: { id: '1033', localeCode: 'en-US' } });
    expect(menu.actions).toContainEqual(
      expect.objectContaining({
        input: '2',
        action: 'Connect',
        extension: expect.objectContaining({ id: EXT.queue, name: 'Support Queue' }),
      }),
    );
    expect(menu.actions).toContainEqual({ input: 'NoInput', action: 'Disconnect' });
    const prompts = await get<ApiSchema<'IvrPrompts'>>(`${A}/ivr-prompts`);
    expect(prompts.records!.map((p) => p.filename)).toEqual(['Main menu 2026', 'Holiday menu']);
  });

  it('creates a menu as a new IvrMenu extension (defaults filled in) and updates only what a PUT names', async () => {
    const created = await send('post', `${A}/ivr-menus`, {
      name: 'Sales IVR',
      extensionNumber: '2100',
      prompt: { mode: 'TextToSpeech', text: 'Sales. Press 1.' },
      actions: [{ input: '1', action: 'Voicemail', extension: { id: EXT.kim } }],
    });
    expect(created).toMatchObject({ name: 'Sales IVR', extensionNumber: '2100', promptRepeatCount: 3, site: { id: 'main-site' } });
    expect(created.prompt!.language!.localeCode).toBe('en-US');
    const ext = await get<ApiSchema<'GetExtensionInfoResponse'>>(v1(created.id!));
    expect(ext).toMatchObject({ type: 'IvrMenu', extensionNumber: '2100', name: 'Sales IVR' });
    const list = await get<ApiSchema<'IvrMenuList'>>(`${A}/ivr-menus`);
    expect(list.records!.map((r) => r.extensionNumber)).toContain('2100');

    const updated = await send('put', `${A}/ivr-menus/${created.id!}`, { promptRepeatCount: 2, site: { id: EXT.london } });
    expect(updated).toMatchObject({ name: 'Sales IVR', promptRepeatCount: 2, site: { id: EXT.london, name: 'London Office' } });
    expect(updated.prompt!.text).toBe('Sales. Press 1.');
    expect(updated.actions).toHaveLength(1);
    const keys = await send('put', `${A}/ivr-menus/${created.id!}`, { actions: [{ input: 'Star', action: 'ReturnToRoot' }] });
    expect(keys.actions).toEqual([{ input: 'Star', action: 'ReturnToRoot' }]);
    const audio = await send('put', `${A}/ivr-menus/${created.id!}`, { prompt: { mode: 'Audio', audio: { id: '6244139004' } } });
    expect(audio.prompt).toMatchObject({ mode: 'Audio', audio: { id: '6244139004' } });
    expect(audio.prompt!.text).toBeUndefined();
  });

  it('allows a menu to connect to itself, as RingCentral does', async () => {
    const menu = await send('post', `${A}/ivr-menus`, { name: 'Loop', extensionNumber: '2200' });
    const looped = await send('put', `${A}/ivr-menus/${menu.id!}`, {
      actions: [{ input: '1', action: 'Connect', extension: { id: menu.id } }],
    });
    expect(looped.actions![0].extension!.id).toBe(menu.id);
  });

  it('refuses a bad body with every problem at once and writes nothing', async () => {
    const before = await get(`${A}/ivr-menus`);
    const messages = await expect400(
      platform.post(`${A}/ivr-menus`, {
        extensionNumber: '101',
        promptRepeatCount: 4,
        prompt: { mode: 'TextToSpeech', language: { id: '99' } },
        actions: [
          { input: 'Pound', action: 'Repeat' },
          { input: '1', action: 'Connect', extension: { id: '1' } },
          { input: '1', action: 'Transfer', phoneNumber: '555' },
          { input: '3', action: 'Jump' },
        ],
      }),
    );
    for (const part of [
      'extensionNumber',
      'promptRepeatCount',
      'prompt.language.id',
      'actions[0].input',
      'actions[1].extension.id',
      'actions[2].input',
      'actions[2].phoneNumber',
      'actions[3].action',
    ])
      expect(messages).toContain(`[${part}]`);
    expect(await get(`${A}/ivr-menus`)).toEqual(before);
    await expect400(platform.put(`${A}/ivr-menus/${EXT.ivr}`, { prompt: { mode: 'Audio', audio: { id: '1' } } }), 'prompt.audio.id');
    await expect400(
      platform.put(`${A}/ivr-menus/${EXT.ivr}`, { actions: [{ input: '5', action: 'Voicemail', extension: { id: EXT.announcement } }] }),
      'actions[0].extension.id',
    );
  });

  it('has no delete, and a menu that does not exist is 404', async () => {
    expect((await failure(platform.delete(`${A}/ivr-menus/${EXT.ivr}`))).status).toBe(405);
    expect((await failure(platform.get(`${A}/ivr-menus/${EXT.alex}`))).status).toBe(404);
    expect((await failure(platform.put(`${A}/ivr-menus/123`, { name: 'x' }))).status).toBe(404);
  });

  it('lists the languages a prompt may speak', async () => {
    const languages = await get<ApiSchema<'LanguageList'>>('/restapi/v1.0/dictionary/language');
    expect(languages.records!.find((l) => l.localeCode === 'en-GB')).toMatchObject({ id: '2057', name: 'English (United Kingdom)' });
  });
});

describe('IVR menu creation needs EditAccounts', () => {
  let emu: RunningEmulator;
  let platform: Platform;
  beforeAll(async () => {
    emu = await startTestEmulator({ seed: { rateLimits: NO_LIMITS, credentials: { scope: 'EditExtensions ReadAccounts' } } });
    platform = await login(emu);
  });
  afterAll(() => emu.stop());

  it('is refused with 403 CMN-401 without it', async () => {
    const refused = await failure(platform.post(`${A}/ivr-menus`, { name: 'x', extensionNumber: '2300' }));
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]).toMatchObject({ errorCode: 'CMN-401', permissionName: 'EditAccounts' });
  });
});
