import { describe, expect, it } from 'vitest';
import { EXT, expect400, failure, json, v1, useLoggedInEmulator } from './helpers.js';

/** v1 site call handling: business hours, the default rules and custom answering rules. */

const t = useLoggedInEmulator();

const hours = `${v1(EXT.london)}/business-hours`;
const rules = `${v1(EXT.london)}/answering-rule`;
const weekdays = { monday: [{ from: '09:00', to: '17:00' }], tuesday: [{ from: '09:00', to: '17:00' }] };
const custom = (extra: Record<string, unknown> = {}) => ({
  type: 'Custom',
  name: 'Christmas closure',
  enabled: true,
  schedule: { ranges: [{ from: '2026-12-24T00:00:00', to: '2026-12-26T23:59:00' }] },
  callHandlingAction: 'TransferToExtension',
  transfer: { extension: { id: EXT.announcement } },
  ...extra,
});

describe('business hours', () => {
  it('starts 24/7 with only the business-hours rule, transferring to Main IVR', async () => {
    expect(await json(t.platform.get(hours))).toEqual({
      uri: `${t.emu.url}/restapi/v1.0/account/37439510/extension/${EXT.london}/business-hours`,
      schedule: { weeklyRanges: {} },
    });
    const list = await json(t.platform.get(rules));
    expect(list.records).toEqual([
      {
        uri: `${t.emu.url}/restapi/v1.0/account/37439510/extension/${EXT.london}/answering-rule/business-hours-rule`,
        id: 'business-hours-rule',
        type: 'BusinessHours',
        enabled: true,
      },
    ]);
    const rule = await json(t.platform.get(`${rules}/business-hours-rule`));
    expect(rule).toMatchObject({
      schedule: { ref: 'BusinessHours' },
      callHandlingAction: 'TransferToExtension',
      transfer: { extension: { id: EXT.ivr } },
    });
  });

  it('creates the after-hours rule with business hours and removes it at 24/7', async () => {
    const put = await json(t.platform.put(hours, { schedule: { weeklyRanges: weekdays } }));
    expect(put.schedule.weeklyRanges).toEqual(weekdays);
    const ids = (await json(t.platform.get(rules))).records.map((r: any) => r.id);
    expect(ids).toEqual(['business-hours-rule', 'after-hours-rule']);
    expect(await json(t.platform.get(`${rules}/after-hours-rule`))).toMatchObject({
      type: 'AfterHours',
      schedule: { ref: 'AfterHours' },
    });
    await t.platform.put(hours, { schedule: { weeklyRanges: {} } });
    expect((await json(t.platform.get(rules))).records.map((r: any) => r.id)).toEqual(['business-hours-rule']);
    expect((await failure(t.platform.get(`${rules}/after-hours-rule`))).status).toBe(404);
  });

  it('checks HH:MM times and weekdays', async () => {
    await expect400(t.platform.put(hours, {}), 'schedule');
    await expect400(
      t.platform.put(hours, { schedule: { weeklyRanges: { monday: [{ from: '09:00:00', to: '17:00:00' }] } } }),
      'schedule.weeklyRanges.monday[0]',
    );
    await expect400(t.platform.put(hours, { schedule: { weeklyRanges: { monday: [{ from: '17:00', to: '09:00' }] } } }));
    await expect400(t.platform.put(hours, { schedule: { weeklyRanges: { someday: [] } } }));
  });

  it('serves v1 call handling for sites only', async () => {
    const user = await failure(t.platform.get(`${v1(EXT.alex)}/answering-rule`));
    expect(user.status).toBe(403);
    expect(user.body.errors![0].errorCode).toBe('FEA-001');
  });
});

describe('answering rules', () => {
  it('creates (200), lists Simple and Detailed, updates and deletes a custom rule', async () => {
    const created = await t.platform.post(rules, custom());
    expect(created.status).toBe(200);
    const rule: any = await created.json();
    expect(rule).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      type: 'Custom',
      name: 'Christmas closure',
      transfer: { extension: { id: EXT.announcement } },
    });
    const simple = await json(t.platform.get(rules));
    expect(simple.records[1]).toEqual({
      uri: rule.uri,
      id: rule.id,
      type: 'Custom',
      name: 'Christmas closure',
      enabled: true,
    });
    const detailed = await json(t.platform.get(rules, { view: 'Detailed', type: 'Custom' }));
    expect(detailed.records).toEqual([rule]);
    const updated = await json(
      t.platform.put(`${rules}/${rule.id}`, {
        callers: [{ callerId: '+14132223333' }, { name: 'John Smith' }],
        enabled: false,
      }),
    );
    expect(updated).toMatchObject({
      enabled: false,
      name: 'Christmas closure',
      callers: [{ callerId: '+14132223333' }, { name: 'John Smith' }],
    });
    expect((await json(t.platform.get(rules, { enabledOnly: true }))).records.map((r: any) => r.id)).toEqual(['business-hours-rule']);
    expect((await t.platform.delete(`${rules}/${rule.id}`)).status).toBe(204);
    expect((await failure(t.platform.get(`${rules}/${rule.id}`))).status).toBe(404);
  });

  it('updates where the default rules transfer to, but never deletes them', async () => {
    const put = await json(
      t.platform.put(`${rules}/business-hours-rule`, {
        callHandlingAction: 'TransferToExtension',
        transfer: { extension: { id: EXT.queue } },
      }),
    );
    expect(put.transfer.extension.id).toBe(EXT.queue);
    await expect400(t.platform.delete(`${rules}/business-hours-rule`), 'ruleId');
    await t.platform.put(hours, { schedule: { weeklyRanges: weekdays } });
    await expect400(t.platform.delete(`${rules}/after-hours-rule`), 'ruleId');
    await expect400(t.platform.put(`${rules}/business-hours-rule`, { schedule: { ref: 'AfterHours' } }), 'schedule');
    await expect400(t.platform.put(`${rules}/business-hours-rule`, { type: 'Custom' }), 'type');
  });

  it('takes the rule id in a PUT body only when it is the rule being updated, as for call queues on the same path', async () => {
    const put = await json(t.platform.put(`${rules}/business-hours-rule`, { id: 'business-hours-rule', enabled: true }));
    expect(put.id).toBe('business-hours-rule');
    await expect400(t.platform.put(`${rules}/business-hours-rule`, { id: 'after-hours-rule', enabled: true }), 'id');
  });

  it('requires type Custom and a name on create, TransferToExtension to an existing extension', async () => {
    await expect400(t.platform.post(rules, custom({ type: 'BusinessHours' })), 'type');
    const noName: Record<string, unknown> = custom();
    delete noName.name;
    await expect400(t.platform.post(rules, noName), 'name');
    await expect400(t.platform.post(rules, custom({ callHandlingAction: 'ForwardCalls' })), 'callHandlingAction');
    await expect400(t.platform.post(rules, custom({ transfer: { extension: { id: '1' } } })), 'transfer.extension.id');
    await expect400(t.platform.post(rules, custom({ transfer: undefined })), 'transfer');
  });

  it('checks conditions and schedules of custom rules', async () => {
    await expect400(t.platform.post(rules, custom({ schedule: undefined })), 'body');
    await expect400(t.platform.post(rules, custom({ schedule: { ref: 'AfterHours' } })), 'schedule.ref');
    await expect400(t.platform.post(rules, custom({ schedule: { ref: 'BusinessHours', weeklyRanges: weekdays } })), 'schedule');
    await expect400(t.platform.post(rules, custom({ callers: [{}] })), 'callers[0]');
    await t.platform.post(rules, custom({ schedule: { ref: 'BusinessHours' }, callers: [{ callerId: '14132223333' }] }));
    // A second rule with a name another holds is accepted, as RingCentral does.
    expect((await failure(t.platform.post(rules, custom({ name: '' })))).status).toBe(400);
    expect((await t.platform.post(rules, custom({ schedule: { ref: 'BusinessHours' } }))).ok).toBe(true);
    expect((await failure(t.platform.put(`${rules}/nope`, { enabled: true }))).status).toBe(404);
  });
});
