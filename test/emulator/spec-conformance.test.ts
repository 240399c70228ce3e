import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, EXTRA_OPERATIONS } from '../../src/emulator/routes.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { specAjv } from '../helpers/spec-schemas.js';
import { EXT, NINE_TO_FIVE, dispatching, startTestEmulator, v1, v2 } from './helpers.js';

/**
 * The emulator's responses against the response schemas of RingCentral's spec subset, and its
 * throttling groups against operations.json (the copies in spec/ringcentral-api/, see spec/README.md).
 */

const API_DIR = fileURLToPath(new URL('../../spec/ringcentral-api/', import.meta.url));
const SPEC_FILE = `${API_DIR}openapi-subset.json`;
const OPS_FILE = `${API_DIR}operations.json`;
const EVERY_TARGET_SEED = fileURLToPath(new URL('../fixtures/seeds/every-target-type.json', import.meta.url));

interface Operation {
  method: string;
  path: string;
  operationId: string;
  throttlingGroup: string;
  responses: Record<string, string>;
}

describe('spec conformance', () => {
  let emu: RunningEmulator;
  let token = '';
  let ops: Map<string, Operation>;
  let ajv: Ajv;
  let spec: any;
  const checked = new Set<string>();

  beforeAll(async () => {
    spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8'));
    ops = new Map((JSON.parse(readFileSync(OPS_FILE, 'utf8')) as Operation[]).map((o) => [o.operationId, o]));
    ajv = specAjv();
    emu = await startTestEmulator();
  });
  afterAll(() => emu?.stop());

  function schemaRef(op: Operation, status: number): string {
    const declared = op.responses[String(status)];
    if (declared?.startsWith('responses/')) return `spec#/components/responses/${declared.slice(10)}/content/application~1json/schema`;
    if (declared && spec.components.schemas[declared]) return `spec#/components/schemas/${declared}`;
    // v2 operations declare no error responses; RingCentral's error model applies to them too.
    return `spec#/components/schemas/${status === 400 ? 'ParameterizedErrorResponseModel' : 'ApiErrorResponseModel'}`;
  }

  async function call(operationId: string, method: string, path: string, body?: unknown, form?: Record<string, string>) {
    const headers: Record<string, string> = {};
    let payload: string | undefined;
    if (form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers.Authorization = `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}`;
      payload = new URLSearchParams(form).toString();
    } else {
      headers.Authorization = `bearer ${token}`;
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        payload = JSON.stringify(body);
      }
    }
    const res = await fetch(`${emu.url}${path}`, { method, headers, body: payload });
    const json: any = res.status === 204 ? undefined : await res.json();
    if (json !== undefined) {
      const op = ops.get(operationId)!;
      const validate = ajv.getSchema(schemaRef(op, res.status)) ?? ajv.compile({ $ref: schemaRef(op, res.status) });
      const valid = validate(json);
      expect(valid, `${operationId} ${res.status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(json).slice(0, 400)}`).toBe(true);
    }
    checked.add(operationId);
    return { status: res.status, json };
  }

  it('answers OAuth and v1 reads in the shapes of the spec', async () => {
    const grant = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
    const login = await call('getToken', 'POST', '/restapi/oauth/token', undefined, {
      grant_type: grant,
      assertion: 'demo-jwt',
    });
    token = login.json.access_token;
    expect((await call('getToken', 'POST', '/restapi/oauth/token', undefined, { grant_type: grant, assertion: 'bad' })).status).toBe(400);
    await call('listExtensions', 'GET', '/restapi/v1.0/account/~/extension?perPage=4&page=2');
    for (const id of ['~', EXT.queue, EXT.london]) await call('readExtension', 'GET', v1(id));
    for (const id of ['~', EXT.london]) await call('readExtensionFeatures', 'GET', `${v1(id)}/features`);
    await call('listStandardGreetings', 'GET', '/restapi/v1.0/dictionary/greeting');
    await call('readStandardGreeting', 'GET', '/restapi/v1.0/dictionary/greeting/66048');
    expect((await call('readStandardGreeting', 'GET', '/restapi/v1.0/dictionary/greeting/1')).status).toBe(404);
  });

  it('answers v2 comm-handling in the shapes of the spec', async () => {
    const weekly = [
      {
        type: 'Schedule',
        schedule: {
          triggers: [{ triggerType: 'Weekly', ranges: { monday: [{ startTime: '09:00:00', endTime: '17:00:00' }] } }],
        },
      },
    ];
    await call('updateCicState', 'PATCH', `${v2()}/states/work-hours`, { conditions: weekly });
    const range = [
      {
        type: 'Schedule',
        schedule: { triggers: [{ triggerType: 'Range', ranges: [{ endDateTime: '2099-01-01T00:00:00' }] }] },
      },
    ];
    await call('updateCicState', 'PATCH', `${v2()}/states/forward-all-calls`, { enabled: true, conditions: range });
    await call('listCicStates', 'GET', `${v2()}/states`);
    for (const id of ['work-hours', 'agent', 'dnd']) await call('readCicState', 'GET', `${v2()}/states/${id}`);
    expect((await call('readCicState', 'GET', `${v2()}/states/after-hours`)).status).toBe(400);
    const d = dispatching('after-hours');
    d.actions.push({
      type: 'RingGroupAction',
      enabled: true,
      targets: [
        { type: 'CoworkerRingTarget', extension: { id: EXT.kim } },
        { type: 'PhoneNumberRingTarget', destination: { phoneNumber: '+14081234567' } },
      ],
      duration: 20,
    });
    d.actions.at(-2).targets.push({
      type: 'ExtensionTerminatingTarget',
      extension: { id: EXT.queue },
      dispatchingType: 'Terminating',
    });
    await call('updateVoiceStateBasedRule', 'PATCH', `${v2()}/voice/state-rules/after-hours`, { dispatching: d });
    await call('listVoiceStateBasedRules', 'GET', `${v2()}/voice/state-rules`);
    await call('readVoiceStateBasedRule', 'GET', `${v2()}/voice/state-rules/agent`);
    expect(
      (
        await call('updateVoiceStateBasedRule', 'PATCH', `${v2()}/voice/state-rules/dnd`, {
          dispatching: { type: 'Terminate', actions: [] },
        })
      ).status,
    ).toBe(400);

    const rule = {
      enabled: true,
      displayName: 'VIP',
      conditions: [
        { type: 'Interaction', from: [{ phoneNumber: '+16501111111', name: 'K' }], to: ['+16505550100'] },
        { type: 'State', state: { id: 'after-hours' } },
      ],
      dispatching: dispatching('custom'),
    };
    const created = await call('createVoiceInteractionRule', 'POST', `${v2()}/voice/interaction-rules`, rule);
    const weeklyRule = {
      ...rule,
      displayName: 'Weekly',
      conditions: [{ type: 'Schedule', schedule: { triggers: weekly[0].schedule.triggers } }],
    };
    await call('createVoiceInteractionRule', 'POST', `${v2()}/voice/interaction-rules`, weeklyRule);
    await call('readVoiceInteractionRule', 'GET', `${v2()}/voice/interaction-rules/${created.json.id}`);
    const daily = await call('updateVoiceInteractionRule', 'PATCH', `${v2()}/voice/interaction-rules/${created.json.id}`, {
      conditions: NINE_TO_FIVE,
    });
    expect(daily.status).toBe(400);
    await call('updateVoiceInteractionRule', 'PATCH', `${v2()}/voice/interaction-rules/${created.json.id}`, {
      enabled: false,
    });
    await call('listVoiceInteractionRules', 'GET', `${v2()}/voice/interaction-rules`);
    expect((await call('deleteVoiceInteractionRule', 'DELETE', `${v2()}/voice/interaction-rules/${created.json.id}`)).status).toBe(204);
  });

  it('answers v1 site call handling in the shapes of the spec', async () => {
    const site = v1(EXT.newYork);
    await call('updateUserBusinessHours', 'PUT', `${site}/business-hours`, {
      schedule: { weeklyRanges: { monday: [{ from: '09:00', to: '17:00' }] } },
    });
    expect(
      (
        await call('updateUserBusinessHours', 'PUT', `${site}/business-hours`, {
          schedule: { weeklyRanges: { monday: [{ from: '9', to: '17' }] } },
        })
      ).status,
    ).toBe(400);
    await call('readUserBusinessHours', 'GET', `${site}/business-hours`);
    const custom = {
      type: 'Custom',
      name: 'Holiday',
      callers: [{ callerId: '+14132223333', name: 'John' }],
      calledNumbers: [{ phoneNumber: '+16505550100' }],
      schedule: { weeklyRanges: { friday: [{ from: '12:00', to: '13:00' }] } },
      callHandlingAction: 'TransferToExtension',
      transfer: { extension: { id: EXT.announcement } },
    };
    const created = await call('createAnsweringRule', 'POST', `${site}/answering-rule`, custom);
    for (const view of ['Simple', 'Detailed']) await call('listAnsweringRules', 'GET', `${site}/answering-rule?view=${view}`);
    for (const id of ['business-hours-rule', 'after-hours-rule', created.json.id])
      await call('readAnsweringRule', 'GET', `${site}/answering-rule/${id}`);
    await call('updateAnsweringRule', 'PUT', `${site}/answering-rule/after-hours-rule`, {
      transfer: { extension: { id: EXT.voicemail } },
    });
    expect((await call('readAnsweringRule', 'GET', `${site}/answering-rule/nope`)).status).toBe(404);
    expect((await call('deleteAnsweringRule', 'DELETE', `${site}/answering-rule/${created.json.id}`)).status).toBe(204);
  });

  it('answers devices, forwarding targets and every target type in the shapes of the spec', async () => {
    await call('readForwardingTargets', 'GET', `${v2()}/voice/forwarding-targets`);
    // The account of test/fixtures/seeds/every-target-type.json: every ring and terminating target
    // type of the spec, ring-always groups, devices and the other forwarding targets.
    const demo = { emu, token };
    emu = await startEmulator({ seed: EVERY_TARGET_SEED, port: 0 });
    try {
      const grant = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
      token = (await call('getToken', 'POST', '/restapi/oauth/token', undefined, { grant_type: grant, assertion: 'demo-jwt' })).json
        .access_token;
      for (const query of ['', '?excludeOwnTargets=true', '?perPage=3&page=2'])
        await call('readForwardingTargets', 'GET', `${v2()}/voice/forwarding-targets${query}`);
      const rules = await call('listVoiceStateBasedRules', 'GET', `${v2()}/voice/state-rules`);
      expect(rules.json.records.map((r: any) => r.id)).toEqual(['after-hours', 'work-hours', 'dnd', 'forward-all-calls', 'agent']);
      for (const r of rules.json.records) {
        await call('readVoiceStateBasedRule', 'GET', `${v2()}/voice/state-rules/${r.id}`);
        const back = await call('updateVoiceStateBasedRule', 'PATCH', `${v2()}/voice/state-rules/${r.id}`, { dispatching: r.dispatching });
        expect(back.status).toBe(200);
      }
      const custom = await call('listVoiceInteractionRules', 'GET', `${v2()}/voice/interaction-rules`);
      const vip = custom.json.records[0];
      await call('readVoiceInteractionRule', 'GET', `${v2()}/voice/interaction-rules/${vip.id}`);
      await call('updateVoiceInteractionRule', 'PATCH', `${v2()}/voice/interaction-rules/${vip.id}`, { dispatching: vip.dispatching });
      const bad = {
        ...vip.dispatching,
        actions: [
          ...vip.dispatching.actions,
          { type: 'RingGroupAction', enabled: true, duration: 20, targets: [{ type: 'DeviceRingTarget', device: { id: '805184004' } }] },
        ],
      };
      const refused = await call('updateVoiceInteractionRule', 'PATCH', `${v2()}/voice/interaction-rules/${vip.id}`, { dispatching: bad });
      expect(refused.status).toBe(400);
    } finally {
      await emu.stop();
      ({ emu, token } = demo);
    }
  });

  it('answers company business hours and answering rules in the shapes of the spec', async () => {
    const A = '/restapi/v1.0/account/~';
    await call('readCompanyBusinessHours', 'GET', `${A}/business-hours`);
    await call('updateCompanyBusinessHours', 'PUT', `${A}/business-hours`, {
      schedule: { weeklyRanges: { monday: [{ from: '08:00', to: '18:00' }] } },
    });
    const list = await call('listCompanyAnsweringRules', 'GET', `${A}/answering-rule`);
    expect(list.json.records.map((r: any) => r.id)).toEqual(['business-hours-rule', 'after-hours-rule']);
    // Summaries, as ListCompanyAnsweringRuleInfo has them: the action takes a GET of the rule.
    expect(list.json.records[0].callHandlingAction).toBeUndefined();
    const custom = {
      type: 'Custom',
      name: 'Holiday closure',
      callers: [{ callerId: '+14132223333' }],
      calledNumbers: [{ phoneNumber: '+16505550100' }],
      schedule: { ranges: [{ from: '2026-12-24T00:00:00', to: '2026-12-26T23:59:59' }] },
      callHandlingAction: 'Bypass',
      extension: { id: EXT.announcement },
    };
    const created = await call('createCompanyAnsweringRule', 'POST', `${A}/answering-rule`, custom);
    expect(created.status).toBe(200);
    // RingCentral does not keep names unique; neither does the emulator.
    expect((await call('createCompanyAnsweringRule', 'POST', `${A}/answering-rule`, custom)).status).toBe(200);
    for (const id of ['business-hours-rule', 'after-hours-rule', created.json.id])
      await call('readCompanyAnsweringRule', 'GET', `${A}/answering-rule/${id}`);
    await call('updateCompanyAnsweringRule', 'PUT', `${A}/answering-rule/after-hours-rule`, { callHandlingAction: 'Disconnect' });
    const refused = [
      { ...custom, name: 'A name of thirty-one characters' },
      { ...custom, extension: undefined },
      { ...custom, calledNumbers: [{ phoneNumber: '+14085550199' }] },
      { ...custom, callHandlingAction: 'TransferToExtension' },
    ];
    for (const body of refused) {
      const res = await call('createCompanyAnsweringRule', 'POST', `${A}/answering-rule`, body);
      expect(res.status).toBe(400);
      expect(res.json.errors[0]).toMatchObject({ errorCode: 'CMN-101' });
    }
    expect((await call('deleteCompanyAnsweringRule', 'DELETE', `${A}/answering-rule/after-hours-rule`)).status).toBe(400);
    expect((await call('readCompanyAnsweringRule', 'GET', `${A}/answering-rule/nope`)).status).toBe(404);
    expect((await call('deleteCompanyAnsweringRule', 'DELETE', `${A}/answering-rule/${created.json.id}`)).status).toBe(204);
    await call('updateCompanyBusinessHours', 'PUT', `${A}/business-hours`, { schedule: { weeklyRanges: {} } });
    const after = await call('listCompanyAnsweringRules', 'GET', `${A}/answering-rule?type=AfterHours`);
    expect(after.json.records).toEqual([]);
  });

  it('answers call queues, their members, overflow and rules in the shapes of the spec', async () => {
    const A = '/restapi/v1.0/account/~';
    const q = `${A}/call-queues/${EXT.queue}`;
    await call('listCallQueues', 'GET', `${A}/call-queues`);
    await call('readCallQueueInfo', 'GET', q);
    await call('updateCallQueueInfo', 'PUT', q, { alertTimer: 30, serviceLevelSettings: { slaGoal: 85 } });
    await call('listCallQueueMembers', 'GET', `${q}/members`);
    expect((await call('assignMultipleCallQueueMembers', 'POST', `${q}/bulk-assign`, { addedExtensionIds: [EXT.jordan] })).status).toBe(
      204,
    );
    expect((await call('assignMultipleCallQueueMembers', 'POST', `${q}/bulk-assign`, { addedExtensionIds: [EXT.ivr] })).status).toBe(400);
    await call('getCallQueueOverflowSettings', 'GET', `${v1(EXT.queue)}/overflow-settings`);
    await call('updateCallQueueOverflowSettings', 'PUT', `${v1(EXT.queue)}/overflow-settings`, {
      enabled: true,
      items: [{ id: EXT.salesQueue }],
    });
    const rules = `${v1(EXT.queue)}/answering-rule`;
    await call('updateAnsweringRule', 'PUT', `${rules}/business-hours-rule`, {
      greetings: [{ type: 'Introductory', custom: { id: '5072424004' } }],
      queue: {
        transferMode: 'FixedOrder',
        fixedOrderAgents: [{ extension: { id: EXT.kim }, index: 1 }],
        holdTimeExpirationAction: 'UnconditionalForwarding',
        unconditionalForwarding: [{ phoneNumber: '+14155550100', action: 'HoldTimeExpiration' }],
        maxCallersAction: 'TransferToExtension',
        transfer: [{ extension: { id: EXT.ivr }, action: 'MaxCallers' }],
        holdAudioInterruptionMode: 'Periodically',
        holdAudioInterruptionPeriod: 60,
      },
    });
    await call('updateUserBusinessHours', 'PUT', `${v1(EXT.queue)}/business-hours`, {
      schedule: { weeklyRanges: { monday: [{ from: '09:00', to: '17:00' }] } },
    });
    await call('readUserBusinessHours', 'GET', `${v1(EXT.queue)}/business-hours`);
    await call('updateAnsweringRule', 'PUT', `${rules}/after-hours-rule`, {
      callHandlingAction: 'UnconditionalForwarding',
      unconditionalForwarding: { phoneNumber: '+14155550100' },
    });
    const vip = await call('createAnsweringRule', 'POST', rules, {
      type: 'Custom',
      name: 'VIP',
      callers: [{ callerId: '+16501111111', name: 'Kristina Grant' }],
      schedule: { ref: 'BusinessHours' },
      callHandlingAction: 'AgentQueue',
      queue: { transferMode: 'Simultaneous' },
    });
    await call('createAnsweringRule', 'POST', rules, {
      type: 'Custom',
      name: 'Closure',
      schedule: { ranges: [{ from: '2026-12-24T00:00:00', to: '2026-12-26T23:59:00' }] },
      callHandlingAction: 'TransferToExtension',
      transfer: { extension: { id: EXT.voicemail } },
    });
    for (const view of ['Simple', 'Detailed']) await call('listAnsweringRules', 'GET', `${rules}?view=${view}`);
    for (const id of ['business-hours-rule', 'after-hours-rule', vip.json.id]) await call('readAnsweringRule', 'GET', `${rules}/${id}`);
    expect((await call('deleteAnsweringRule', 'DELETE', `${rules}/${vip.json.id}`)).status).toBe(204);
  });

  it("answers the account phone-number list as RingCentral's API reference describes it", async () => {
    const res = await fetch(`${emu.url}/restapi/v1.0/account/~/phone-number`, { headers: { Authorization: `bearer ${token}` } });
    const json: any = await res.json();
    expect(json.records.map((r: any) => [r.phoneNumber, r.usageType])).toEqual([
      ['+16505550100', 'MainCompanyNumber'],
      ['+16505550110', 'CompanyNumber'],
    ]);
    expect(json.paging.perPage).toBe(100);
    expect(res.headers.get('x-rate-limit-group')?.toLowerCase()).toBe('heavy');
    checked.add('listAccountPhoneNumbers');
  });

  it("answers the account's own record as RingCentral's API reference describes it, with its time zone", async () => {
    const res = await fetch(`${emu.url}/restapi/v1.0/account/~`, { headers: { Authorization: `bearer ${token}` } });
    const json = (await res.json()) as { id: number; mainNumber: string; regionalSettings: { timezone: { name: string } } };
    expect(json).toMatchObject({
      id: 37439510,
      mainNumber: '+16505550100',
      regionalSettings: { timezone: { name: 'America/Los_Angeles' } },
    });
    expect(res.headers.get('x-rate-limit-group')?.toLowerCase()).toBe('light');
    checked.add('readAccountInfo');
  });

  it('answers IVR menus, IVR prompts and the language dictionary in the shapes of the spec', async () => {
    const A = '/restapi/v1.0/account/~';
    const list = await call('readIvrMenuList', 'GET', `${A}/ivr-menus`);
    expect(list.json.records.map((r: any) => r.extensionNumber)).toContain('1500');
    await call('readIVRMenu', 'GET', `${A}/ivr-menus/${EXT.ivr}`);
    expect((await call('readIVRMenu', 'GET', `${A}/ivr-menus/${EXT.queue}`)).status).toBe(404);
    const prompts = await call('listIvrPrompts', 'GET', `${A}/ivr-prompts`);
    const languages = await call('listLanguages', 'GET', '/restapi/v1.0/dictionary/language');
    const french = languages.json.records.find((l: any) => l.localeCode === 'fr-FR');
    const created = await call('createIVRMenu', 'POST', `${A}/ivr-menus`, {
      name: 'Spec IVR',
      extensionNumber: '2901',
      prompt: { mode: 'TextToSpeech', text: 'Bonjour', language: { id: french.id } },
      actions: [
        { input: '1', action: 'Connect', extension: { id: EXT.queue } },
        { input: '2', action: 'Transfer', phoneNumber: '+14155550100' },
        { input: 'NoInput', action: 'Disconnect' },
      ],
    });
    expect(created.status).toBe(200);
    expect(created.json.promptRepeatCount).toBe(3);
    const audio = { mode: 'Audio', audio: { id: prompts.json.records[0].id } };
    const updated = await call('updateIVRMenu', 'PUT', `${A}/ivr-menus/${created.json.id}`, { prompt: audio, promptRepeatCount: 1 });
    expect(updated.json.actions).toHaveLength(3);
    const refused = await call('updateIVRMenu', 'PUT', `${A}/ivr-menus/${created.json.id}`, { promptRepeatCount: 4 });
    expect(refused.status).toBe(400);
    expect((await call('createIVRMenu', 'POST', `${A}/ivr-menus`, { actions: [{ input: 'Pound', action: 'Repeat' }] })).status).toBe(400);
  });

  it('has a validator that does reject what the spec forbids', () => {
    const validate = ajv.compile({ $ref: 'spec#/components/schemas/CommStateBasedRuleResource' });
    const state = { id: 'dnd', displayName: 'Do not disturb', enabled: false, conditions: [] };
    const greeting = { effectiveGreetingType: 'Preset', preset: { id: '590080' } };
    const rule = (target: object) => ({
      id: 'dnd',
      displayName: 'Do not disturb',
      state,
      dispatching: { type: 'Terminate', actions: [{ type: 'TerminatingAction', targets: [target] }] },
    });
    expect(validate(rule({ type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: { greeting } }))).toBe(true);
    // Terminating targets in responses carry a name (CommTerminatingTargetResource requires it).
    expect(validate(rule({ type: 'VoiceMailTerminatingTarget', prompt: { greeting } }))).toBe(false);
    expect(
      validate({
        ...rule({ type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: { greeting } }),
        state: undefined,
      }),
    ).toBe(false);
  });

  it('has a validator that rejects ring targets without what the response schemas require', () => {
    const validate = ajv.compile({ $ref: 'spec#/components/schemas/CommRingGroupActionResource' });
    const device = { type: 'DeviceRingTarget', name: 'Desk phone', device: { id: '805183004' } };
    const action = (target: object) => ({ type: 'RingGroupAction', enabled: true, duration: 20, targets: [target] });
    expect(validate(action(device))).toBe(true);
    expect(validate(action({ ...device, name: undefined }))).toBe(false);
    expect(validate(action({ type: 'HotdeskRingTarget', name: 'Hot desk' }))).toBe(false);
    expect(validate(action({ type: 'IntegrationRingTarget', integration: { type: 'MsTeamsDirectRouting' } }))).toBe(false);
  });

  it('covered every operation the emulator serves', () => {
    const served = API_ROUTES.map((r) => r.operationId).filter((id) => !checked.has(id));
    expect(served).toEqual([]);
  });

  it('serves each operation with the spec path and throttling group of operations.json', () => {
    for (const route of API_ROUTES) {
      if (EXTRA_OPERATIONS[route.operationId]) continue;
      const op = ops.get(route.operationId);
      expect(op, route.operationId).toBeDefined();
      expect([route.method, route.path, route.group]).toEqual([op!.method, op!.path, op!.throttlingGroup]);
    }
    expect(ops.get('getToken')!.throttlingGroup).toBe('Auth');
    expect(ops.get('revokeToken')!.throttlingGroup).toBe('Auth');
  });
});
