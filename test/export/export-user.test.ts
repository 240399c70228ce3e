import { describe, expect, it } from 'vitest';
import { exportUser } from '../../src/export/export-user.js';
import { ExtensionRefs } from '../../src/export/extension-refs.js';
import { roundTrip } from './round-trip.js';
import { ALEX, EXTENSIONS, completeUserSnapshot, dndRule, userSnapshot, workHoursRule } from './samples-user.js';

const refs = new ExtensionRefs(EXTENSIONS);
const exportAlex = (snapshot: any = completeUserSnapshot()) => {
  const out = exportUser(ALEX, snapshot, refs);
  return { ...out, roundTrip: roundTrip(ALEX, out.manifest, snapshot) };
};

describe("exportUser on the guides' sample responses", () => {
  it('writes states, every state rule and custom rules in manifest v1 form', () => {
    const { manifest } = exportAlex();
    expect(manifest.extension).toBe('101');
    expect(manifest.states).toEqual({
      'work-hours': {
        schedule: {
          weekly: {
            monday: ['09:00-16:00'],
            tuesday: ['12:00-18:00'],
            wednesday: ['08:00-16:00'],
            thursday: ['08:00-16:00'],
            friday: ['08:00-12:00'],
          },
        },
      },
      'forward-all-calls': { enabled: true, schedule: 'always' },
      dnd: { enabled: false },
      agent: { schedule: 'same-as-work-hours' },
    });
    expect(manifest.rules?.['work-hours']).toEqual({
      greeting: { welcome: { custom: '5072424004' }, connectingMessage: 'off', connectingAudio: 'off', screening: 'off' },
      ring: { order: 'at-once', groups: [{ targets: ['mobile-apps'], seconds: 20 }] },
      ifNoAnswer: { forwardTo: { phone: '+12132223456' } },
    });
    expect(manifest.rules?.['after-hours']).toEqual({
      greeting: { welcome: { custom: '5072424004' } },
      ring: {
        order: 'in-order',
        groups: [
          { targets: [{ coworker: '101' }], seconds: 40 },
          { targets: [{ coworker: '102' }], seconds: 40 },
        ],
      },
      ifNoAnswer: { voicemail: { greeting: { preset: '590080' } } },
      immediately: { announcement: { greeting: { preset: '66560' } } },
    });
    // The agent follows work-hours (same-as-work-hours): its ring settings are work-hours', so
    // no copy of them is written that the next work-hours change would make stale (issue 18).
    expect(manifest.rules?.agent).toBeUndefined();
    expect(manifest.customRules).toEqual([
      {
        name: 'VIP Calls After-Hours',
        enabled: true,
        when: {
          callers: [
            { number: '+16501111111', name: 'Kristina Grant' },
            { number: '+16502222222', name: 'Sandra Bell' },
            { number: '+16503333333', name: 'David Peterson' },
            { number: '+16504444444', name: 'Lena Shanon' },
            { number: '+16505555555', name: 'Christine Lee' },
          ],
          state: 'after-hours',
        },
        ifNoAnswer: { announcement: { greeting: { preset: '66816' } } },
        immediately: { forwardTo: { phone: '+14082324343' } },
      },
    ]);
    expect(manifest.prune).toBe(false);
    expect(Object.keys(manifest)).toEqual(['version', 'kind', 'extension', 'states', 'rules', 'customRules', 'prune']);
  });

  it('plan on the export reports no change (in memory, against the same snapshot)', () => {
    expect(exportAlex().roundTrip).toEqual([]);
  });

  it('writes forward-all-calls and dnd', () => {
    const { manifest, findings } = exportAlex();
    expect(manifest.rules?.['forward-all-calls']).toEqual({ immediately: { announcement: { greeting: { preset: '66560' } } } });
    expect(manifest.rules?.dnd).toEqual({ immediately: { voicemail: { greeting: { preset: '590080' } } } });
    expect(findings).toEqual([]);
  });

  it('writes the guide samples that lack parts compile always adds, and they round-trip', () => {
    // The guide's forward-all-calls response has no ringingTargetType and its VIP rule no
    // immediate announcement: the planner compares live completed like compile, so both can be
    // written as they are.
    const { manifest, findings, roundTrip } = exportAlex(userSnapshot());
    expect(manifest.rules?.['forward-all-calls']).toEqual({ immediately: { announcement: { greeting: { preset: '66560' } } } });
    expect(manifest.customRules?.map((r) => r.name)).toEqual(['VIP Calls After-Hours']);
    expect(findings).toEqual([]);
    expect(roundTrip).toEqual([]);
  });

  it("writes the agent rule's ring settings when the agent has a schedule of its own", () => {
    const snapshot = completeUserSnapshot() as any;
    const agent = snapshot.stateRules.find((r: any) => r.id === 'agent');
    agent.state.conditions = [
      { type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '09:00:00', endTime: '12:00:00' }] } },
    ];
    const { manifest, roundTrip } = exportAlex(snapshot);
    expect(manifest.states?.agent).toEqual({ schedule: { daily: '09:00-12:00' } });
    expect(manifest.rules?.agent).toEqual({
      ring: {
        order: 'at-once',
        groups: [
          { targets: ['mobile-apps'], seconds: 20 },
          { targets: ['desktop-apps'], seconds: 20 },
        ],
      },
    });
    expect(roundTrip).toEqual([]);
  });

  it('writes no after-hours rule and no agent state when they do not exist', () => {
    const wh = workHoursRule();
    wh.state.conditions = [
      { type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '00:00:00', endTime: '23:59:59' }] } },
    ] as any;
    const { manifest, roundTrip } = exportAlex({ stateRules: [wh, dndRule()], interactionRules: [] });
    expect(manifest.states).toEqual({ 'work-hours': { schedule: 'always' }, dnd: { enabled: false } });
    expect(Object.keys(manifest.rules ?? {})).toEqual(['work-hours', 'dnd']);
    expect(roundTrip).toEqual([]);
  });
});
