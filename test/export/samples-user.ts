/**
 * Live snapshots in RingCentral's documented shapes: the sample responses and request bodies
 * of the call-handling guides (state-based-call-handling.md, call-handling-configurations.md
 * "Case 1" and "Case 2", user-interaction-rules.md), as GET returns them (names on targets,
 * states embedded in state rules and State conditions).
 */
import type { ExtensionInfo } from '../../src/core/references.js';
import type { UserSnapshot } from '../../src/kinds/context.js';

export const EXTENSIONS: ExtensionInfo[] = [
  { id: '63701631004', extensionNumber: '101', name: 'Alex Smith', type: 'User' },
  { id: '63707590004', extensionNumber: '102', name: 'Kim Lee', type: 'User' },
  { id: '6370110XXXX', extensionNumber: '103', name: 'Jordan Park', type: 'User' },
  { id: '62952430016', extensionNumber: '1200', name: 'Support Queue', type: 'Department' },
  { id: '62952431016', extensionNumber: '1500', name: 'Main IVR', type: 'IvrMenu' },
  { id: '84854000016', extensionNumber: '2001', name: 'London Office', type: 'Site' },
];
export const ALEX = EXTENSIONS[0];
export const LONDON = EXTENSIONS[5];

const preset = (id: string) => ({ effectiveGreetingType: 'Preset', preset: { id } });
const custom = (id: string, presetId: string) => ({ effectiveGreetingType: 'Custom', preset: { id: presetId }, custom: { id } });
const daily = (startTime: string, endTime: string) => ({
  type: 'Schedule',
  schedule: { triggers: [{ triggerType: 'Daily', startTime, endTime }] },
});
const ALWAYS = daily('00:00:00', '23:59:59');

export const greetingsOff = () => [
  { type: 'PlayWelcomePromptAction', enabled: false, greeting: preset('66048') },
  { type: 'PlayConnectingMessageAction', enabled: false, greeting: preset('66304') },
  { type: 'PlayConnectingPromptAction', enabled: false, greeting: preset('197120') },
  { type: 'ScreeningAction', enabled: false, screening: 'NoCallerId', screeningResult: 'AskToAnswer' },
];
export const mobile = (duration: number, enabled: boolean) => ({
  type: 'RingGroupAction',
  enabled,
  targets: [{ type: 'AllMobileRingTarget', name: 'My mobile apps' }],
  duration,
});
export const desktop = (duration: number, enabled: boolean) => ({
  type: 'RingGroupAction',
  enabled,
  targets: [{ type: 'AllDesktopRingTarget', name: 'My desktop' }],
  duration,
});
export const voicemail = (id = '590080') => ({ type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: { greeting: preset(id) } });
export const announcement = (id: string, dispatchingType: 'Ringing' | 'Terminating') => ({
  type: 'PlayAnnouncementTerminatingTarget',
  name: 'PlayAnnouncement',
  prompt: { greeting: preset(id) },
  dispatchingType,
});

/** call-handling-configurations.md, Case 1: custom welcome, mobile apps 20 s, forward to +12132223456. */
export function workHoursRule() {
  const [, connecting, audio, screening] = greetingsOff();
  return {
    id: 'work-hours',
    displayName: 'Work Hours',
    dispatching: {
      actions: [
        { type: 'PlayWelcomePromptAction', greeting: custom('5072424004', '66048'), enabled: true },
        connecting,
        audio,
        screening,
        mobile(20, true),
        desktop(50, false),
        {
          type: 'TerminatingAction',
          targets: [
            voicemail(),
            announcement('66816', 'Ringing'),
            {
              type: 'PhoneNumberTerminatingTarget',
              name: 'Forward',
              destination: { phoneNumber: '+12132223456' },
              dispatchingType: 'Ringing',
            },
          ],
          ringingTargetType: 'PhoneNumberTerminatingTarget',
          terminatingTargetType: 'VoiceMailTerminatingTarget',
        },
      ],
      type: 'RingAtOnce',
    },
    state: {
      id: 'work-hours',
      enabled: true,
      displayName: 'Work Hours',
      // state-based-call-handling.md, the work-hours PATCH example
      conditions: [
        {
          type: 'Schedule',
          schedule: {
            triggers: [
              {
                triggerType: 'Weekly',
                ranges: {
                  monday: [{ startTime: '09:00:00', endTime: '16:00:00' }],
                  tuesday: [{ startTime: '12:00:00', endTime: '18:00:00' }],
                  wednesday: [{ startTime: '08:00:00', endTime: '16:00:00' }],
                  thursday: [{ startTime: '08:00:00', endTime: '16:00:00' }],
                  friday: [{ startTime: '08:00:00', endTime: '12:00:00' }],
                },
              },
            ],
          },
        },
      ],
    },
  };
}

const coworker = (id: string) => ({
  type: 'RingGroupAction',
  targets: [{ type: 'CoworkerRingTarget', extension: { id } }],
  duration: 40,
  enabled: true,
});

/** call-handling-configurations.md, Case 2: ring two coworkers in order, then voicemail. */
export function afterHoursRule() {
  return {
    id: 'after-hours',
    displayName: 'After Hours',
    dispatching: {
      actions: [
        { type: 'PlayWelcomePromptAction', greeting: custom('5072424004', '66048'), enabled: true },
        coworker('63701631004'),
        coworker('63707590004'),
        mobile(30, false),
        desktop(30, false),
        {
          type: 'TerminatingAction',
          targets: [voicemail(), announcement('66816', 'Ringing'), announcement('66560', 'Terminating')],
          ringingTargetType: 'VoiceMailTerminatingTarget',
          terminatingTargetType: 'PlayAnnouncementTerminatingTarget',
        },
      ],
      type: 'RingInOrder',
    },
    state: { id: 'after-hours', enabled: true, displayName: 'After Hours', conditions: [] },
  };
}

/** state-based-call-handling.md, "Sample response" of the forward-all-calls rule. */
export function forwardAllCallsRule() {
  return {
    id: 'forward-all-calls',
    displayName: 'Forward all calls',
    dispatching: {
      actions: [
        {
          type: 'TerminatingAction',
          targets: [voicemail(), announcement('66560', 'Terminating')],
          terminatingTargetType: 'PlayAnnouncementTerminatingTarget',
        },
      ],
      type: 'Terminate',
    },
    state: { id: 'forward-all-calls', enabled: true, displayName: 'Forward all calls', conditions: [ALWAYS] },
  };
}

export function dndRule() {
  return {
    id: 'dnd',
    displayName: 'Do not disturb',
    dispatching: {
      type: 'Terminate',
      actions: [
        {
          type: 'TerminatingAction',
          targets: [voicemail(), announcement('66560', 'Terminating')],
          ringingTargetType: 'VoiceMailTerminatingTarget',
          terminatingTargetType: 'VoiceMailTerminatingTarget',
        },
      ],
    },
    state: { id: 'dnd', displayName: 'Do not disturb', enabled: false, conditions: [ALWAYS] },
  };
}

/** The "typical agent state" of the guide: follows work-hours (State condition, state embedded). */
export function agentRule() {
  return {
    id: 'agent',
    displayName: 'Agent',
    dispatching: { type: 'RingAtOnce', actions: [mobile(20, true), desktop(20, true)] },
    state: {
      id: 'agent',
      enabled: true,
      displayName: 'Agent',
      conditions: [{ stateId: 'work-hours', type: 'State', state: { id: 'work-hours', displayName: 'Work Hours', conditions: [ALWAYS] } }],
    },
  };
}

/** user-interaction-rules.md: "VIP Calls After-Hours", as the list returns it. */
export function vipRule() {
  const names = ['Kristina Grant', 'Sandra Bell', 'David Peterson', 'Lena Shanon', 'Christine Lee'];
  return {
    id: '400133463175',
    displayName: 'VIP Calls After-Hours',
    enabled: true,
    conditions: [
      { type: 'Interaction', from: names.map((name, i) => ({ phoneNumber: `+1650${String(i + 1).repeat(7)}`, name })), to: [] },
      { type: 'State', state: { id: 'after-hours', enabled: true, displayName: 'After Hours', conditions: [] } },
    ],
    dispatching: {
      actions: [
        mobile(40, true),
        desktop(50, true),
        {
          type: 'TerminatingAction',
          targets: [
            voicemail(),
            announcement('66816', 'Ringing'),
            { type: 'PhoneNumberTerminatingTarget', destination: { phoneNumber: '+14082324343' }, dispatchingType: 'Terminating' },
          ],
          ringingTargetType: 'PlayAnnouncementTerminatingTarget',
          terminatingTargetType: 'PhoneNumberTerminatingTarget',
        },
      ],
      type: 'Terminate',
    },
  };
}

export function userSnapshot() {
  return { stateRules: [workHoursRule(), afterHoursRule(), forwardAllCallsRule(), dndRule(), agentRule()], interactionRules: [vipRule()] };
}

/**
 * The two samples above as RingCentral's defaults complete them (both target types, an
 * announcement target per forwarding set): what a rule created by ringform or the admin
 * portal carries, and what compile needs to see to round-trip.
 */
export function completed<T extends { dispatching: any }>(rule: T): T {
  const term = rule.dispatching.actions.find((a: any) => a.type === 'TerminatingAction');
  term.ringingTargetType ??= 'VoiceMailTerminatingTarget';
  if (!term.targets.some((t: any) => t.type === 'PlayAnnouncementTerminatingTarget' && t.dispatchingType === 'Terminating')) {
    term.targets.push(announcement('66560', 'Terminating'));
  }
  return rule;
}

export function completeUserSnapshot(): UserSnapshot {
  // Sample API objects, written loosely (string literals, fields left out): typed as the snapshot here.
  return {
    stateRules: [workHoursRule(), afterHoursRule(), completed(forwardAllCallsRule()), dndRule(), agentRule()],
    interactionRules: [completed(vipRule())],
  } as unknown as UserSnapshot;
}
