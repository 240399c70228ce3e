import { describe, expect, it } from 'vitest';
import { defaultStateDispatching } from '../../src/core/defaults.js';
import { routeCall } from '../../src/simulate/route-call.js';
import { siteModelFromLive, userModelFromLive } from '../../src/simulate/live-to-model.js';
import { EXTENSIONS } from '../helpers/fake-context.js';
import type { SiteSnapshot, UserSnapshot } from '../../src/kinds/context.js';

const weekly = (ranges: object) => [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Weekly', ranges }] } }];

describe('live configuration → routing model', () => {
  it('reads states from the state-rules list and rules from their dispatching', () => {
    const model = userModelFromLive(
      {
        stateRules: [
          {
            id: 'work-hours',
            dispatching: defaultStateDispatching('work-hours'),
            state: { id: 'work-hours', enabled: true, conditions: weekly({ monday: [{ startTime: '09:00:00', endTime: '17:00:00' }] }) },
          },
          {
            id: 'after-hours',
            dispatching: defaultStateDispatching('after-hours'),
            state: { id: 'after-hours', enabled: true, conditions: [] },
          },
          {
            id: 'forward-all-calls',
            dispatching: defaultStateDispatching('forward-all-calls'),
            state: { id: 'forward-all-calls', enabled: false, conditions: [] },
          },
          { id: 'dnd', dispatching: defaultStateDispatching('dnd'), state: { id: 'dnd', enabled: false } },
        ],
        interactionRules: [
          {
            id: '1',
            displayName: 'VIP',
            enabled: true,
            conditions: [
              { type: 'Interaction', from: [{ phoneNumber: '+16501111111', name: 'Kristina Grant' }], to: [] },
              { type: 'State', state: { id: 'after-hours', displayName: 'After Hours', conditions: [] } },
            ],
            dispatching: {
              type: 'RingInOrder',
              callTypes: { queueCallsIncluded: true },
              actions: [
                {
                  type: 'RingGroupAction',
                  enabled: true,
                  duration: 30,
                  targets: [{ type: 'CoworkerRingTarget', extension: { id: '63707590004' } }],
                },
                {
                  type: 'TerminatingAction',
                  targets: [{ type: 'ExtensionTerminatingTarget', extension: { id: '62952431016' }, dispatchingType: 'Ringing' }],
                  ringingTargetType: 'ExtensionTerminatingTarget',
                  terminatingTargetType: 'VoiceMailTerminatingTarget',
                },
              ],
            },
          },
        ],
      } as unknown as UserSnapshot,
      { label: '101 (Alex Smith)', extensions: EXTENSIONS },
    );
    expect(model.agent).toEqual({ enabled: false, stated: false, schedule: 'same-as-work-hours' });
    expect(model.customRules[0]).toMatchObject({
      name: 'VIP',
      queueCalls: true,
      state: 'after-hours',
      callers: [{ number: '+16501111111' }],
    });
    const vip = routeCall(model, { from: '+16501111111', at: '2026-06-01T18:00' });
    expect(vip.handledBy).toEqual({ kind: 'custom-rule', name: 'VIP', priority: 8 });
    expect(vip.ring).toEqual([{ targets: [{ coworker: '102' }], seconds: 30 }]);
    expect(vip.endsAt).toEqual({ type: 'forward', target: '1500', targetType: 'extension' });
    expect(routeCall(model, { from: '+12025550123', at: '2026-06-01T10:00' }).handledBy.name).toBe('work-hours');
  });

  it('reads site business hours and detailed answering rules (v1) in their listed order', () => {
    const model = siteModelFromLive(
      {
        businessHours: { schedule: { weeklyRanges: { monday: [{ from: '09:00', to: '17:00' }] } } },
        answeringRules: [
          { id: 'business-hours-rule', type: 'BusinessHours', transfer: { extension: { id: '62952431016' } } },
          { id: 'after-hours-rule', type: 'AfterHours', transfer: { extension: { id: '62952432016' } } },
          {
            id: '9',
            type: 'Custom',
            name: 'Partner',
            enabled: true,
            callers: [{ name: 'John Smith' }],
            schedule: { ref: 'AfterHours' },
            transfer: { extension: { id: '63701631004' } },
          },
          {
            id: '8',
            type: 'Custom',
            name: 'Holidays',
            enabled: true,
            schedule: { ranges: [{ from: '2026-12-24T00:00:00', to: '2026-12-26T23:59:59' }] },
            transfer: { extension: { id: '62952432016' } },
          },
        ],
      } as unknown as SiteSnapshot,
      { label: '2001 (London Office)', extensions: EXTENSIONS },
    );
    const at = (when: string, callerName?: string) =>
      routeCall(model, { from: '+12025550123', at: when, ...(callerName ? { callerName } : {}) });
    expect(at('2026-06-01T10:00').endsAt.target).toBe('1500');
    expect(at('2026-06-01T18:00').endsAt.target).toBe('1600');
    expect(at('2026-06-01T18:00', 'John Smith').handledBy.name).toBe('Partner');
    expect(at('2026-12-26T23:59:59').handledBy.name).toBe('Holidays');
  });
});
