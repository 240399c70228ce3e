import { describe, expect, it } from 'vitest';
import { ALWAYS, EXT, NINE_TO_FIVE, expect400, failure, json, schedule, v2, useLoggedInEmulator } from './helpers.js';

/** v2 states: defaults, the schedule rules of each state, after-hours following work-hours, agent. */

const t = useLoggedInEmulator();

const state = (id: string, ext = '~') => `${v2(ext)}/states/${id}`;
const stateIds = async (ext = '~') => (await json(t.platform.get(`${v2(ext)}/states`))).records.map((s: any) => s.id);

describe('defaults', () => {
  it('starts users with work-hours 24/7, forward-all-calls and dnd off, agent only for queue members', async () => {
    const list = await json(t.platform.get(`${v2()}/states`));
    expect(list.records.map((s: any) => s.id)).toEqual(['work-hours', 'dnd', 'forward-all-calls', 'agent']);
    expect(list.paging).toMatchObject({ page: 1, perPage: 100, totalElements: 4 });
    expect(list.records[0]).toEqual({ id: 'work-hours', displayName: 'Work Hours', enabled: true, conditions: ALWAYS });
    expect(list.records[2]).toEqual({
      id: 'forward-all-calls',
      displayName: 'Forward all calls',
      enabled: false,
      conditions: ALWAYS,
    });
    expect(await stateIds(EXT.kim)).toContain('agent');
    expect(await stateIds(EXT.jordan)).toEqual(['work-hours', 'dnd', 'forward-all-calls']);
    expect((await failure(t.platform.get(state('agent', EXT.jordan)))).status).toBe(404);
  });

  it('shows the agent state following work-hours, with the referenced schedule embedded', async () => {
    await t.platform.patch(state('work-hours'), { conditions: NINE_TO_FIVE });
    const agent = await json(t.platform.get(state('agent')));
    expect(agent).toEqual({
      id: 'agent',
      displayName: 'Agent',
      enabled: true,
      conditions: [
        {
          type: 'State',
          stateId: 'work-hours',
          state: { id: 'work-hours', displayName: 'Work Hours', conditions: NINE_TO_FIVE },
        },
      ],
    });
  });

  it('takes the stateId enum of the spec: no after-hours (even for GET), no unknown ids', async () => {
    await t.platform.patch(state('work-hours'), { conditions: NINE_TO_FIVE });
    await expect400(t.platform.get(state('after-hours')), 'stateId');
    await expect400(t.platform.patch(state('after-hours'), { enabled: true }), 'stateId');
    await expect400(t.platform.get(state('busy')), 'stateId');
  });
});

describe('work-hours and after-hours', () => {
  it('creates after-hours (state and rule) when work-hours stops being 24/7 and removes it again', async () => {
    const weekly = schedule({
      triggerType: 'Weekly',
      ranges: {
        monday: [{ startTime: '09:00:00', endTime: '16:00:00' }],
        friday: [{ startTime: '08:00:00', endTime: '12:00:00' }],
      },
    });
    const patched = await json(t.platform.patch(state('work-hours'), { conditions: weekly }));
    expect(patched).toEqual({ id: 'work-hours', displayName: 'Work Hours', enabled: true, conditions: weekly });
    expect(await stateIds()).toEqual(['after-hours', 'work-hours', 'dnd', 'forward-all-calls', 'agent']);
    const afterHours = (await json(t.platform.get(`${v2()}/states`))).records[0];
    expect(afterHours).toEqual({ id: 'after-hours', displayName: 'After Hours', enabled: true, conditions: [] });
    const rule = await json(t.platform.get(`${v2()}/voice/state-rules/after-hours`));
    expect(rule.dispatching.type).toBe('Terminate');

    const all7 = Object.fromEntries(
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [
        d,
        [{ startTime: '00:00:00', endTime: '23:59:59' }],
      ]),
    );
    await t.platform.patch(state('work-hours'), { conditions: schedule({ triggerType: 'Weekly', ranges: all7 }) });
    expect(await stateIds()).not.toContain('after-hours');
    expect((await failure(t.platform.get(`${v2()}/voice/state-rules/after-hours`))).status).toBe(404);
  });

  it('keeps work-hours enabled and to Daily or Weekly schedules', async () => {
    await expect400(t.platform.patch(state('work-hours'), { enabled: false }), 'enabled');
    await expect400(
      t.platform.patch(state('work-hours'), {
        conditions: schedule({
          triggerType: 'Range',
          ranges: [{ startDateTime: '2026-01-01T00:00:00', endDateTime: '2026-01-02T00:00:00' }],
        }),
      }),
      'conditions[0].schedule.triggers[0].triggerType',
    );
  });

  it('checks times and ranges', async () => {
    await expect400(
      t.platform.patch(state('work-hours'), {
        conditions: schedule({ triggerType: 'Daily', startTime: '9:00', endTime: '17:00:00' }),
      }),
    );
    await expect400(
      t.platform.patch(state('work-hours'), {
        conditions: schedule({ triggerType: 'Daily', startTime: '17:00:00', endTime: '09:00:00' }),
      }),
    );
    const overlap = {
      monday: [
        { startTime: '09:00:00', endTime: '12:00:00' },
        { startTime: '11:00:00', endTime: '13:00:00' },
      ],
    };
    await expect400(t.platform.patch(state('work-hours'), { conditions: schedule({ triggerType: 'Weekly', ranges: overlap }) }));
    await expect400(t.platform.patch(state('work-hours'), { conditions: schedule({ triggerType: 'Weekly', ranges: { funday: [] } }) }));
  });

  it('wants exactly one condition', async () => {
    await expect400(t.platform.patch(state('work-hours'), { conditions: [] }), 'conditions');
    await expect400(t.platform.patch(state('work-hours'), { conditions: [...NINE_TO_FIVE, ...NINE_TO_FIVE] }), 'conditions');
    const twoTriggers = [
      {
        type: 'Schedule',
        schedule: { triggers: [NINE_TO_FIVE[0].schedule.triggers[0], NINE_TO_FIVE[0].schedule.triggers[0]] },
      },
    ];
    await expect400(t.platform.patch(state('work-hours'), { conditions: twoTriggers }));
  });
});

describe('forward-all-calls', () => {
  const range = schedule({
    triggerType: 'Range',
    ranges: [{ startDateTime: '2026-12-20T00:00:00', endDateTime: '2027-01-02T23:59:59' }],
  });

  it('takes a Range together with enabled: true, or when already enabled', async () => {
    await expect400(t.platform.patch(state('forward-all-calls'), { conditions: range }), 'enabled');
    await expect400(t.platform.patch(state('forward-all-calls'), { enabled: false, conditions: range }), 'enabled');
    const on = await json(t.platform.patch(state('forward-all-calls'), { enabled: true, conditions: range }));
    expect(on).toMatchObject({ enabled: true, conditions: range });
    const again = await json(t.platform.patch(state('forward-all-calls'), { conditions: range }));
    expect(again.enabled).toBe(true);
    const off = await json(t.platform.patch(state('forward-all-calls'), { enabled: false }));
    expect(off).toMatchObject({ enabled: false, conditions: range });
  });

  it('takes Daily but not Weekly, and fills a missing range start', async () => {
    await t.platform.patch(state('forward-all-calls'), { conditions: NINE_TO_FIVE });
    await expect400(
      t.platform.patch(state('forward-all-calls'), {
        conditions: schedule({
          triggerType: 'Weekly',
          ranges: { monday: [{ startTime: '09:00:00', endTime: '10:00:00' }] },
        }),
      }),
    );
    const open = await json(
      t.platform.patch(state('forward-all-calls'), {
        enabled: true,
        conditions: schedule({ triggerType: 'Range', ranges: [{ endDateTime: '2099-01-01T00:00:00' }] }),
      }),
    );
    expect(open.conditions[0].schedule.triggers[0].ranges[0].startDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    await expect400(
      t.platform.patch(state('forward-all-calls'), {
        enabled: true,
        conditions: schedule({
          triggerType: 'Range',
          ranges: [{ startDateTime: '2026-01-02T00:00:00', endDateTime: '2026-01-01T00:00:00' }],
        }),
      }),
    );
  });
});

describe('dnd and agent', () => {
  it('switches dnd on and off only', async () => {
    expect((await json(t.platform.patch(state('dnd'), { enabled: true }))).enabled).toBe(true);
    await expect400(t.platform.patch(state('dnd'), { conditions: NINE_TO_FIVE }), 'conditions');
    await expect400(t.platform.patch(state('dnd'), { enabled: 'yes' }), 'enabled');
  });

  it('lets agent take its own schedule and follow work-hours again', async () => {
    const own = schedule({
      triggerType: 'Weekly',
      ranges: { thursday: [{ startTime: '18:00:00', endTime: '23:59:59' }] },
    });
    expect((await json(t.platform.patch(state('agent'), { conditions: own }))).conditions).toEqual(own);
    const back = await json(t.platform.patch(state('agent'), { conditions: [{ type: 'State', state: { id: 'work-hours' } }] }));
    expect(back.conditions[0]).toMatchObject({ type: 'State', state: { id: 'work-hours' } });
    await expect400(t.platform.patch(state('agent'), { conditions: [{ type: 'State', state: { id: 'dnd' } }] }));
    await expect400(t.platform.patch(state('work-hours'), { conditions: [{ type: 'State', state: { id: 'work-hours' } }] }));
  });
});
