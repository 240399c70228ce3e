import { describe, expect, it } from 'vitest';
import { EXT, NINE_TO_FIVE, dispatching, expect400, failure, json, v2, useLoggedInEmulator } from './helpers.js';

/** v2 interaction (custom) rules: CRUD and the condition rules of user-interaction-rules.md. */

const t = useLoggedInEmulator();

const rules = `${v2()}/voice/interaction-rules`;
const vip = [
  { phoneNumber: '+16501111111', name: 'Kristina Grant' },
  { phoneNumber: '+16502222222', name: 'Sandra Bell' },
];

function ruleBody(extra: Record<string, unknown> = {}) {
  return {
    enabled: true,
    displayName: 'VIP Calls',
    conditions: [{ type: 'Interaction', from: vip, to: [] }],
    dispatching: dispatching('custom'),
    ...extra,
  };
}

describe('CRUD', () => {
  it('creates (201), lists full records, reads, patches and deletes (204)', async () => {
    const created = await t.platform.post(rules, ruleBody());
    expect(created.status).toBe(201);
    const rule: any = await created.json();
    expect(rule).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      displayName: 'VIP Calls',
      enabled: true,
      conditions: [{ type: 'Interaction', from: vip, to: [] }],
    });
    expect(rule.dispatching.type).toBe('RingAtOnce');
    // Greeting actions the request left out are created disabled (call-handling-configurations.md).
    expect(rule.dispatching.actions.slice(0, 4).map((a: any) => [a.type, a.enabled])).toEqual([
      ['PlayWelcomePromptAction', false],
      ['PlayConnectingMessageAction', false],
      ['PlayConnectingPromptAction', false],
      ['ScreeningAction', false],
    ]);

    const list = await json(t.platform.get(rules));
    expect(list.records).toEqual([rule]);
    expect(list.paging).toMatchObject({ totalElements: 1 });
    expect(await json(t.platform.get(`${rules}/${rule.id}`))).toEqual(rule);

    const patched = await json(t.platform.patch(`${rules}/${rule.id}`, { enabled: false }));
    expect(patched).toEqual({ ...rule, enabled: false });
    expect((await json(t.platform.get(rules, { enabled: 'true' }))).records).toEqual([]);

    expect((await t.platform.delete(`${rules}/${rule.id}`)).status).toBe(204);
    expect((await failure(t.platform.get(`${rules}/${rule.id}`))).status).toBe(404);
    expect((await failure(t.platform.delete(`${rules}/${rule.id}`))).status).toBe(404);
  });

  it('updates with PATCH only', async () => {
    const rule = await json(t.platform.post(rules, ruleBody()));
    const put = await failure(t.platform.put(`${rules}/${rule.id}`, ruleBody()));
    expect(put.status).toBe(405);
  });

  it('creates the guide example: VIP callers after hours, forwarded to a phone number', async () => {
    await t.platform.patch(`${v2()}/states/work-hours`, { conditions: NINE_TO_FIVE });
    const d = dispatching('custom');
    d.type = 'Terminate';
    const term = d.actions[2];
    term.targets[2] = {
      type: 'PhoneNumberTerminatingTarget',
      destination: { phoneNumber: '+14082324343' },
      dispatchingType: 'Terminating',
    };
    term.ringingTargetType = 'PlayAnnouncementTerminatingTarget';
    term.terminatingTargetType = 'PhoneNumberTerminatingTarget';
    const rule = await json(
      t.platform.post(
        rules,
        ruleBody({
          displayName: 'VIP Calls After-Hours',
          conditions: [
            { type: 'Interaction', from: vip, to: [] },
            { type: 'State', state: { id: 'after-hours' } },
          ],
          dispatching: d,
        }),
      ),
    );
    expect(rule.conditions[1]).toEqual({
      type: 'State',
      state: { id: 'after-hours', displayName: 'After Hours', enabled: true, conditions: [] },
    });
  });
});

describe('validation', () => {
  it('requires enabled, displayName, conditions and dispatching on create', async () => {
    for (const key of ['enabled', 'displayName', 'conditions', 'dispatching']) {
      const body: Record<string, unknown> = ruleBody();
      delete body[key];
      await expect400(t.platform.post(rules, body), key);
    }
    await expect400(t.platform.post(rules, ruleBody({ conditions: [] })), 'conditions');
  });

  it('wants a State condition beside an Interaction condition with numbers', async () => {
    const state = { type: 'State', state: { id: 'work-hours' } };
    await expect400(t.platform.post(rules, ruleBody({ conditions: [state] })), 'conditions');
    await expect400(t.platform.post(rules, ruleBody({ conditions: [state, { type: 'Interaction', from: [], to: [] }] })), 'conditions');
    const ok = await json(
      t.platform.post(rules, ruleBody({ conditions: [state, { type: 'Interaction', from: [], to: ['+16505550100'] }] })),
    );
    expect(ok.conditions[0].state).toMatchObject({ id: 'work-hours', displayName: 'Work Hours', enabled: true });
  });

  it('refuses after-hours while work-hours is 24/7', async () => {
    const conditions = [
      { type: 'Interaction', from: vip, to: [] },
      { type: 'State', state: { id: 'after-hours' } },
    ];
    await expect400(t.platform.post(rules, ruleBody({ conditions })), 'conditions[1].state.id');
  });

  it('checks Interaction conditions: from and to required, names and E.164 numbers', async () => {
    await expect400(t.platform.post(rules, ruleBody({ conditions: [{ type: 'Interaction', from: vip }] })), 'conditions[0].to');
    await expect400(t.platform.post(rules, ruleBody({ conditions: [{ type: 'Interaction', to: [] }] })), 'conditions[0].from');
    await expect400(
      t.platform.post(rules, ruleBody({ conditions: [{ type: 'Interaction', from: [{ phoneNumber: '+16501111111' }], to: [] }] })),
      'conditions[0].from[0].name',
    );
    await expect400(
      t.platform.post(rules, ruleBody({ conditions: [{ type: 'Interaction', from: [{ phoneNumber: '6501111111', name: 'x' }], to: [] }] })),
      'conditions[0].from[0].phoneNumber',
    );
    await expect400(
      t.platform.post(rules, ruleBody({ conditions: [{ type: 'Interaction', from: [], to: ['+1'] }] })),
      'conditions[0].to[0]',
    );
  });

  it('takes Weekly and Range schedules', async () => {
    const weekly = {
      type: 'Schedule',
      schedule: {
        triggers: [{ triggerType: 'Weekly', ranges: { monday: [{ startTime: '12:00:00', endTime: '13:00:00' }] } }],
      },
    };
    const range = {
      type: 'Schedule',
      schedule: {
        triggers: [
          {
            triggerType: 'Range',
            ranges: [{ startDateTime: '2026-12-24T00:00:00', endDateTime: '2026-12-26T23:59:59' }],
          },
        ],
      },
    };
    await t.platform.post(rules, ruleBody({ displayName: 'Lunch', conditions: [weekly] }));
    await t.platform.post(rules, ruleBody({ displayName: 'Christmas', conditions: [range] }));
    await expect400(
      t.platform.post(rules, ruleBody({ displayName: 'Daily', conditions: NINE_TO_FIVE })),
      'conditions[0].schedule.triggers[0].triggerType',
    );
  });

  it('accepts a second rule with the same name (RingCentral does not keep names unique) and checks dispatching like a custom rule', async () => {
    const first = await json(t.platform.post(rules, ruleBody()));
    const second = await json(t.platform.post(rules, ruleBody()));
    expect(second.id).not.toBe(first.id);
    expect(second.displayName).toBe(first.displayName);
    const d = dispatching('custom');
    d.actions = d.actions.filter((a: any) => a.type !== 'RingGroupAction');
    await expect400(t.platform.post(rules, ruleBody({ displayName: 'Other', dispatching: d })), 'dispatching.actions');
  });

  it('validates PATCH fields against the stored rule', async () => {
    const rule = await json(t.platform.post(rules, ruleBody()));
    await t.platform.post(rules, ruleBody({ displayName: 'Second' }));
    // Renaming onto a name another rule holds is allowed, as RingCentral allows it.
    expect((await json(t.platform.patch(`${rules}/${rule.id}`, { displayName: 'Second' }))).displayName).toBe('Second');
    await expect400(t.platform.patch(`${rules}/${rule.id}`, { displayName: '' }), 'displayName');
    await expect400(
      t.platform.patch(`${rules}/${rule.id}`, { conditions: [{ type: 'State', state: { id: 'work-hours' } }] }),
      'conditions',
    );
    expect((await failure(t.platform.patch(`${rules}/123`, { enabled: true }))).status).toBe(404);
  });

  it('works on other users by id', async () => {
    const other = `${v2(EXT.jordan)}/voice/interaction-rules`;
    await t.platform.post(other, ruleBody());
    expect((await json(t.platform.get(other))).records).toHaveLength(1);
    expect((await json(t.platform.get(rules))).records).toHaveLength(0);
  });
});
