import { describe, expect, it } from 'vitest';
import { exportUser } from '../../src/export/export-user.js';
import { ExtensionRefs } from '../../src/export/extension-refs.js';
import { lines, roundTrip } from './round-trip.js';
import { ALEX, EXTENSIONS, completeUserSnapshot, voicemail } from './samples-user.js';

/**
 * Each case changes one thing of the complete sample user into something manifest v1 cannot
 * express, and checks that it is reported (never dropped silently) and left out of the file in
 * a way that keeps plan empty.
 */
const refs = new ExtensionRefs(EXTENSIONS);
const rule = (snapshot: any, id: string) => snapshot.stateRules.find((r: any) => r.id === id);
const actions = (snapshot: any, id: string) => rule(snapshot, id).dispatching.actions as any[];
const term = (snapshot: any, id: string) => actions(snapshot, id).find((a) => a.type === 'TerminatingAction');

function exportWith(change: (s: any) => void) {
  const snapshot: any = completeUserSnapshot();
  change(snapshot);
  const { manifest, findings } = exportUser(ALEX, snapshot, refs);
  expect(roundTrip(ALEX, manifest, snapshot)).toEqual([]);
  return { manifest: manifest as any, findings: lines(findings) };
}

const KEPT = 'it is left out of the file, so plan leaves it as it is live';
const UNMANAGED = 'the rule is left out of the file; plan lists it as unmanaged and leaves it alone';

describe('findings: what manifest v1 cannot express is reported and left to live', () => {
  it('greetings compile would not reproduce: a custom without its preset, a preset with a stray custom id', () => {
    const { manifest, findings } = exportWith((s) => {
      delete actions(s, 'work-hours')[0].greeting.preset;
      actions(s, 'work-hours')[2] = {
        type: 'PlayConnectingPromptAction',
        enabled: true,
        greeting: { effectiveGreetingType: 'Preset', preset: { id: '197120' }, custom: { id: '77' } },
      };
    });
    expect(manifest.rules['work-hours'].greeting).toEqual({ connectingMessage: 'off', screening: 'off' });
    expect(findings).toEqual([
      `state rule work-hours: the welcome greeting (the custom greeting 5072424004 without the preset RingCentral keeps beside it) cannot be expressed in manifest v1; ${KEPT}`,
      `state rule work-hours: the connectingAudio greeting (the custom greeting 77 stored beside the preset 197120 in use) cannot be expressed in manifest v1; ${KEPT}`,
    ]);
  });

  it('a greeting kept configured behind off is written as {off: <greeting>}, with nothing to report (issue 22 item 24)', () => {
    const { manifest, findings } = exportWith((s) => {
      actions(s, 'work-hours')[0].enabled = false;
    });
    expect(manifest.rules['work-hours'].greeting.welcome).toEqual({ off: { custom: '5072424004' } });
    expect(findings).toEqual([]);
  });

  it('a greeting kept behind off that no manifest form holds is written as off and reported', () => {
    const { manifest, findings } = exportWith((s) => {
      actions(s, 'work-hours')[0].enabled = false;
      delete actions(s, 'work-hours')[0].greeting.preset;
    });
    expect(manifest.rules['work-hours'].greeting.welcome).toBe('off');
    expect(findings).toEqual([
      'state rule work-hours: the welcome greeting kept configured while it is off (the custom greeting 5072424004 without the preset RingCentral keeps beside it) cannot be expressed in manifest v1; the file says off and the greeting stays as it is live',
    ]);
  });

  it('forwarding targets of a set beside the one in use (the guide\'s "No Answer" sample)', () => {
    const { manifest, findings } = exportWith((s) => {
      const t = term(s, 'work-hours');
      t.ringingTargetType = 'VoiceMailTerminatingTarget';
      t.targets.push({ type: 'ExtensionTerminatingTarget', extension: { id: '6370110XXXX' }, dispatchingType: 'Ringing' });
    });
    expect(manifest.rules['work-hours'].ifNoAnswer).toBeUndefined();
    expect(findings).toEqual([
      `state rule work-hours: ifNoAnswer: the forwarding targets forward to extension id 6370110XXXX, forward to +12132223456 kept configured beside the one in use cannot be expressed in manifest v1; ${KEPT}`,
    ]);
  });

  it('callTypes on a state rule, and a non-default greeting no forwarding set uses', () => {
    const { findings } = exportWith((s) => {
      rule(s, 'work-hours').dispatching.callTypes = { queueCallsIncluded: true };
      term(s, 'work-hours').targets[0] = voicemail('5072424005');
    });
    expect(findings).toEqual([
      'state rule work-hours: the voicemail greeting of a rule that does not send calls to voicemail cannot be expressed in manifest v1; it stays as it is live',
      'state rule work-hours: queueCallsIncluded on a state rule cannot be expressed in manifest v1; it stays as it is live',
    ]);
  });

  it('schedules: an overnight work-hours range, a date range on a forward-all-calls that is off', () => {
    const { manifest, findings } = exportWith((s) => {
      rule(s, 'work-hours').state.conditions = [
        { type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '22:00:00', endTime: '06:00:00' }] } },
      ];
      rule(s, 'forward-all-calls').state = {
        id: 'forward-all-calls',
        enabled: false,
        conditions: [
          {
            type: 'Schedule',
            schedule: {
              triggers: [{ triggerType: 'Range', ranges: [{ startDateTime: '2025-01-06T11:00:00', endDateTime: '2025-01-07T11:00:00' }] }],
            },
          },
        ],
      };
    });
    expect(manifest.states['work-hours']).toBeUndefined();
    expect(manifest.states['forward-all-calls']).toEqual({ enabled: false });
    expect(findings).toEqual([
      `state work-hours: the daily schedule 22:00:00-06:00:00 cannot be expressed in manifest v1; ${KEPT}`,
      'state forward-all-calls: a date range schedule while forward-all-calls is off cannot be expressed in manifest v1; the schedule is left out of the file and stays as it is live',
    ]);
  });
});

describe('findings on custom rules', () => {
  const custom = (s: any) => s.interactionRules[0];

  it('conditions compile cannot reproduce leave the whole rule unmanaged', () => {
    const { manifest, findings } = exportWith((s) => {
      custom(s).conditions = [
        { type: 'Interaction', from: [], to: [] },
        {
          type: 'Schedule',
          schedule: { triggers: [{ triggerType: 'Weekly', ranges: { monday: [{ startTime: '12:00:00', endTime: '13:00:00' }] } }] },
        },
      ];
    });
    expect(manifest.customRules).toBeUndefined();
    expect(findings).toEqual([
      `custom rule "VIP Calls After-Hours": its conditions (an Interaction condition with no callers and no called numbers) cannot be expressed in manifest v1; ${UNMANAGED}`,
    ]);
  });

  it('a second rule of the same name, and state: after-hours while work-hours is 24/7', () => {
    const { manifest, findings } = exportWith((s) => {
      s.interactionRules.push({ ...structuredClone(custom(s)), id: '500000000000' });
      rule(s, 'work-hours').state.conditions = [
        { type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '00:00:00', endTime: '23:59:59' }] } },
      ];
      s.stateRules = s.stateRules.filter((r: any) => r.id !== 'after-hours');
    });
    expect(manifest.customRules).toBeUndefined();
    expect(findings).toEqual([
      `custom rule "VIP Calls After-Hours": "state: after-hours" while work-hours is 24/7 (it can never match) cannot be expressed in manifest v1; ${UNMANAGED}`,
      `custom rule "VIP Calls After-Hours" (id 500000000000): a second custom rule with the same name cannot be expressed in manifest v1; ${UNMANAGED}`,
    ]);
  });

  it('coworkers kept in the ring groups of a rule that forwards at once', () => {
    const { manifest, findings } = exportWith((s) => {
      custom(s).dispatching.actions.unshift({
        type: 'RingGroupAction',
        enabled: true,
        duration: 30,
        targets: [{ type: 'CoworkerRingTarget', extension: { id: '63707590004' } }],
      });
    });
    expect(manifest.customRules[0].immediately).toEqual({ forwardTo: { phone: '+14082324343' } });
    expect(findings).toEqual([
      'custom rule "VIP Calls After-Hours": ring groups of coworkers, numbers or devices kept configured while the rule does not ring cannot be expressed in manifest v1; they are left out of the file and stay as they are live',
    ]);
  });
});

describe('every part of a rule is written: nothing is reported as left out', () => {
  const custom = (s: any) => s.interactionRules[0];
  it('a RingAlwaysGroupAction is ring.always', () => {
    const { manifest, findings } = exportWith((s) =>
      actions(s, 'work-hours').push({
        type: 'RingAlwaysGroupAction',
        enabled: true,
        targets: [{ type: 'AllMobileRingTarget', name: 'My mobile apps' }],
      }),
    );
    expect(manifest.rules['work-hours'].ring.always).toEqual(['mobile-apps']);
    expect(findings).toEqual([]);
  });

  it('a disabled RingAlwaysGroupAction is ring.always: []', () => {
    const { manifest, findings } = exportWith((s) =>
      actions(s, 'work-hours').push({ type: 'RingAlwaysGroupAction', enabled: false, targets: [{ type: 'AllDesktopRingTarget' }] }),
    );
    expect(manifest.rules['work-hours'].ring.always).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('device, hotdesk and integration ring targets: device by id when the devices are not known, the others raw', () => {
    const { manifest, findings } = exportWith((s) => {
      actions(s, 'work-hours')[4].targets.push({ type: 'DeviceRingTarget', name: 'Desk phone', device: { id: '8001' } });
      actions(s, 'after-hours')[1].targets = [{ type: 'HotdeskRingTarget', name: 'Hot desk' }];
    });
    expect(manifest.rules['work-hours'].ring.groups[0].targets).toContainEqual({ device: { id: '8001' } });
    expect(manifest.rules['after-hours'].ring.groups[0].targets).toEqual([{ raw: { type: 'HotdeskRingTarget' } }]);
    expect(manifest.rules['after-hours'].immediately).toBeDefined();
    expect(findings).toEqual([]);
  });

  it('a device by its name when the user has exactly one device of that name', () => {
    const { manifest } = exportWith((s) => {
      s.devices = [
        { id: '8001', name: ' Desk phone ' },
        { id: '8002', name: 'Softphone' },
        { id: '8003', name: 'softphone' },
      ];
      actions(s, 'work-hours')[4].targets.push(
        { type: 'DeviceRingTarget', device: { id: '8001' } },
        { type: 'DeviceRingTarget', device: { id: '8002' } },
      );
    });
    expect(manifest.rules['work-hours'].ring.groups[0].targets).toEqual(
      expect.arrayContaining([{ device: 'Desk phone' }, { device: { id: '8002' } }]),
    );
  });

  it('a ringing custom rule with an integration target is written with raw', () => {
    const { manifest, findings } = exportWith((s) => {
      custom(s).dispatching.type = 'RingAtOnce';
      custom(s).dispatching.actions[0].targets.push({
        type: 'IntegrationRingTarget',
        name: 'Teams',
        integration: { type: 'MsTeamsDirectRouting' },
      });
    });
    expect(manifest.customRules[0].ring.groups[0].targets).toContainEqual({
      raw: { type: 'IntegrationRingTarget', integration: { type: 'MsTeamsDirectRouting' } },
    });
    expect(findings).toEqual([]);
  });

  it('a Cloud Connector destination is written with raw, keeping the name the API requires', () => {
    const { manifest, findings } = exportWith((s) => {
      const t = term(s, 'after-hours');
      t.targets.push({
        type: 'CloudConnectorTerminatingTarget',
        name: 'Front desk',
        uri: 'https://x',
        destination: { integrationId: '1111111' },
        dispatchingType: 'Terminating',
      });
      t.terminatingTargetType = 'CloudConnectorTerminatingTarget';
    });
    expect(manifest.rules['after-hours'].immediately).toEqual({
      raw: { type: 'CloudConnectorTerminatingTarget', name: 'Front desk', destination: { integrationId: '1111111' } },
    });
    expect(findings).toEqual([]);
  });
});
