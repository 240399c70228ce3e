import { describe, expect, it } from 'vitest';
import { EXT, expect400, failure, json, v1, v2, useLoggedInEmulator } from './helpers.js';

/**
 * Call queues as call-queues.md and callqueue-answering-rules.md describe them: the list, details
 * (PUT partial), members and bulk-assign, overflow, and the queue's v1 business hours and rules.
 */

const t = useLoggedInEmulator();

/** The fields these tests read from the records RingCentral lists. */
interface Row {
  id: string | number;
  name?: string;
  extensionNumber?: string;
  type: string;
  extension: { id: string };
  index: number;
}

const A = '/restapi/v1.0/account/~';
const support = `${A}/call-queues/${EXT.queue}`;
const rules = `${v1(EXT.queue)}/answering-rule`;
const bhRule = `${rules}/business-hours-rule`;
const weekdays = { monday: [{ from: '09:00', to: '17:00' }], friday: [{ from: '09:00', to: '12:00' }] };

async function memberIds(queue: string = EXT.queue): Promise<string[]> {
  return (await json(t.platform.get(`${A}/call-queues/${queue}/members`))).records.map((m: Row) => String(m.id));
}

describe('the call-queue list and details', () => {
  it('lists both demo queues, and by member', async () => {
    const list = await json(t.platform.get(`${A}/call-queues`));
    expect(list.records.map((q: Row) => [q.id, q.extensionNumber, q.name])).toEqual([
      [EXT.queue, '1200', 'Support Queue'],
      [EXT.salesQueue, '1300', 'Sales Queue'],
    ]);
    const ofPriya = await json(t.platform.get(`${A}/call-queues`, { memberExtensionId: EXT.priya }));
    expect(ofPriya.records.map((q: Row) => q.name)).toEqual(['Sales Queue']);
  });

  it('reads details and updates them partially', async () => {
    const before = await json(t.platform.get(support));
    expect(before).toMatchObject({ id: EXT.queue, name: 'Support Queue', editableMemberStatus: true, alertTimer: 5 });
    const after = await json(t.platform.put(support, { alertTimer: 15, serviceLevelSettings: { slaGoal: 90 } }));
    expect(after).toMatchObject({
      alertTimer: 15,
      editableMemberStatus: true,
      serviceLevelSettings: { slaGoal: 90, slaThresholdSeconds: 30 },
    });
    expect(await expect400(t.platform.put(support, { alertTimer: 7 }), 'alertTimer')).toContain('5, 10, 15, 20, 30');
    expect((await json(t.platform.get(support))).alertTimer).toBe(15);
  });

  it('answers 404 for an extension that is not a call queue', async () => {
    expect((await failure(t.platform.get(`${A}/call-queues/${EXT.alex}`))).status).toBe(404);
    expect((await failure(t.platform.get(`${A}/extension/${EXT.ivr}/overflow-settings`))).status).toBe(404);
  });
});

describe('members', () => {
  it('adds and removes with one bulk-assign, and agents follow membership', async () => {
    expect(await memberIds()).toEqual([EXT.alex, EXT.kim]);
    const res = await t.platform.post(`${support}/bulk-assign`, { addedExtensionIds: [EXT.jordan], removedExtensionIds: [EXT.alex] });
    expect(res.status).toBe(204);
    expect(res.headers.get('x-rate-limit-group')?.toLowerCase()).toBe('heavy');
    expect(await memberIds()).toEqual([EXT.kim, EXT.jordan]);
    const states = async (ext: string) => (await json(t.platform.get(`${v2(ext)}/states`))).records.map((s: Row) => s.id);
    expect(await states(EXT.jordan)).toContain('agent');
    expect(await states(EXT.alex)).not.toContain('agent');
  });

  it('refuses an extension that is not a user, changing nothing', async () => {
    const f = await failure(t.platform.post(`${support}/bulk-assign`, { addedExtensionIds: [EXT.jordan, EXT.ivr] }));
    expect(f.status).toBe(400);
    expect(f.body.errors![0].message).toBe('Extension of type [IvrMenu] cannot be included into call queue');
    await expect400(t.platform.post(`${support}/bulk-assign`, { addedExtensionIds: ['999'] }), 'addedExtensionIds');
    expect(await memberIds()).toEqual([EXT.alex, EXT.kim]);
  });
});

describe('overflow', () => {
  it('starts off, and overflows to other queues in order', async () => {
    const path = `${v1(EXT.queue)}/overflow-settings`;
    expect(await json(t.platform.get(path))).toEqual({ enabled: false, items: [] });
    const put = await json(t.platform.put(path, { enabled: true, items: [{ id: EXT.salesQueue }] }));
    expect(put).toMatchObject({ enabled: true, items: [{ id: EXT.salesQueue, name: 'Sales Queue' }] });
    await expect400(t.platform.put(path, { items: [{ id: EXT.queue }] }), 'items[0].id');
    await expect400(t.platform.put(path, { items: [{ id: EXT.alex }] }), 'items[0].id');
  });
});

describe("the queue's business hours and rules", () => {
  it('starts 24/7 with one rule that rings the members', async () => {
    expect((await json(t.platform.get(`${v1(EXT.queue)}/business-hours`))).schedule).toEqual({ weeklyRanges: {} });
    expect((await json(t.platform.get(rules))).records.map((r: Row) => r.id)).toEqual(['business-hours-rule']);
    const rule = await json(t.platform.get(bhRule));
    expect(rule).toMatchObject({
      type: 'BusinessHours',
      callHandlingAction: 'AgentQueue',
      queue: { transferMode: 'Rotating', wrapUpTime: 15, noAnswerAction: 'WaitPrimaryMembers' },
      voicemail: { enabled: true, recipient: { id: EXT.queue } },
    });
    expect(rule.greetings.map((g: Row) => g.type)).toEqual([
      'Introductory',
      'HoldMusic',
      'ConnectingAudio',
      'InterruptPrompt',
      'Unavailable',
      'Voicemail',
    ]);
  });

  it('has an after-hours rule exactly while business hours are not 24/7', async () => {
    await t.platform.put(`${v1(EXT.queue)}/business-hours`, { schedule: { weeklyRanges: weekdays } });
    const after = await json(t.platform.get(`${rules}/after-hours-rule`));
    expect(after).toMatchObject({ type: 'AfterHours', callHandlingAction: 'TakeMessagesOnly' });
    expect(after.queue).toBeUndefined();
    await t.platform.put(`${rules}/after-hours-rule`, { callHandlingAction: 'PlayAnnouncementOnly' });
    await expect400(t.platform.put(`${rules}/after-hours-rule`, { callHandlingAction: 'AgentQueue' }), 'callHandlingAction');
    await expect400(t.platform.delete(`${rules}/after-hours-rule`), 'ruleId');
    await t.platform.put(`${v1(EXT.queue)}/business-hours`, { schedule: { weeklyRanges: {} } });
    expect((await failure(t.platform.get(`${rules}/after-hours-rule`))).status).toBe(404);
    // The Sales Queue of the demo account keeps weekday hours, so it has both rules.
    expect((await json(t.platform.get(`${v1(EXT.salesQueue)}/answering-rule`))).records.map((r: Row) => r.id)).toEqual([
      'business-hours-rule',
      'after-hours-rule',
    ]);
  });

  it('updates the business-hours rule partially: fixed order, times, destinations', async () => {
    const put = await json(
      t.platform.put(bhRule, {
        queue: {
          transferMode: 'FixedOrder',
          fixedOrderAgents: [
            { extension: { id: EXT.kim }, index: 1 },
            { extension: { id: EXT.alex }, index: 2 },
          ],
          agentTimeout: 20,
          wrapUpTime: 30,
          maxCallersAction: 'TransferToExtension',
          transfer: [{ extension: { id: EXT.ivr }, action: 'MaxCallers' }],
        },
      }),
    );
    expect(put.queue.fixedOrderAgents.map((a: Row) => [a.extension.id, a.index])).toEqual([
      [EXT.kim, 1],
      [EXT.alex, 2],
    ]);
    expect(put.queue).toMatchObject({ wrapUpTime: 30, holdTime: 600, maxCallersAction: 'TransferToExtension' });
    expect(put.queue.transfer).toEqual([
      { extension: expect.objectContaining({ id: EXT.ivr, extensionNumber: '1500' }), action: 'MaxCallers' },
    ]);
    // A member added later rings last; a member removed leaves the order.
    await t.platform.post(`${support}/bulk-assign`, { addedExtensionIds: [EXT.jordan], removedExtensionIds: [EXT.kim] });
    const order = (await json(t.platform.get(bhRule))).queue.fixedOrderAgents.map((a: Row) => a.extension.id);
    expect(order).toEqual([EXT.alex, EXT.jordan]);
  });

  it('refuses what RingCentral refuses: wrap-up beyond 300 s, non-members in order, no target, no answer with simultaneous', async () => {
    await expect400(t.platform.put(bhRule, { queue: { wrapUpTime: 301 } }), 'queue.wrapUpTime');
    await expect400(t.platform.put(bhRule, { queue: { maxCallers: 26 } }), 'queue.maxCallers');
    await expect400(
      t.platform.put(bhRule, { queue: { fixedOrderAgents: [{ extension: { id: EXT.priya }, index: 1 }] } }),
      'queue.fixedOrderAgents[0].extension.id',
    );
    await expect400(
      t.platform.put(bhRule, { queue: { holdTimeExpirationAction: 'TransferToExtension' } }),
      'queue.holdTimeExpirationAction',
    );
    await expect400(
      t.platform.put(bhRule, { queue: { transferMode: 'Simultaneous', noAnswerAction: 'Voicemail' } }),
      'queue.noAnswerAction',
    );
    await expect400(t.platform.put(bhRule, { callHandlingAction: 'TransferToExtension' }), 'callHandlingAction');
    expect((await json(t.platform.get(bhRule))).queue).toMatchObject({ transferMode: 'Rotating', wrapUpTime: 15 });
  });

  it('creates, lists, updates and deletes custom rules', async () => {
    const vip = await json(
      t.platform.post(rules, {
        type: 'Custom',
        name: 'VIP support',
        callers: [{ callerId: '+16501111111' }],
        schedule: { ref: 'BusinessHours' },
        callHandlingAction: 'AgentQueue',
        queue: {
          transferMode: 'Simultaneous',
          holdTime: 120,
          holdTimeExpirationAction: 'TransferToExtension',
          transfer: [{ extension: { id: EXT.sam }, action: 'HoldTimeExpiration' }],
        },
      }),
    );
    expect(vip).toMatchObject({ type: 'Custom', name: 'VIP support', queue: { transferMode: 'Simultaneous', holdTime: 120 } });
    const closure = await json(
      t.platform.post(rules, {
        type: 'Custom',
        name: 'Christmas closure',
        schedule: { ranges: [{ from: '2026-12-24T00:00:00', to: '2026-12-26T23:59:00' }] },
        callHandlingAction: 'TakeMessagesOnly',
        voicemail: { enabled: true, recipient: { id: EXT.alex } },
      }),
    );
    expect(closure.queue).toBeUndefined();
    expect(closure.voicemail.recipient.id).toBe(EXT.alex);
    const simple = await json(t.platform.get(rules));
    expect(simple.records.map((r: Row) => r.name ?? r.id)).toEqual(['business-hours-rule', 'VIP support', 'Christmas closure']);
    expect(simple.records[1].queue).toBeUndefined();
    const detailed = await json(t.platform.get(rules, { view: 'Detailed' }));
    expect(detailed.records[1].queue.transferMode).toBe('Simultaneous');
    await t.platform.put(`${rules}/${vip.id}`, { enabled: false });
    expect((await json(t.platform.get(`${rules}/${vip.id}`))).enabled).toBe(false);
    await expect400(t.platform.post(rules, { type: 'Custom', name: 'No condition', callHandlingAction: 'TakeMessagesOnly' }), 'body');
    expect((await t.platform.delete(`${rules}/${closure.id}`)).status).toBe(204);
  });
});
