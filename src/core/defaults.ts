/**
 * RingCentral's documented defaults for call handling. The compile step uses them as the base
 * for objects that do not exist live yet (a new custom rule, an after-hours rule that appears in
 * the same apply that sets work-hours), and the emulator seeds new extensions with them.
 * Greeting ids are the standard presets the guides use.
 */

export const PRESET = {
  welcome: '66048',
  connectingMessage: '66304',
  connectingAudio: '197120',
  voicemail: '590080',
  announcementRinging: '66816',
  announcementTerminating: '66560',
} as const;

const preset = (id: string) => ({ effectiveGreetingType: 'Preset', preset: { id } });

export const DEFAULT_RING_SECONDS = 20;

export function defaultRingGroups(enabled: boolean) {
  return [
    {
      type: 'RingGroupAction',
      enabled,
      targets: [{ type: 'AllMobileRingTarget', name: 'My mobile apps' }],
      duration: DEFAULT_RING_SECONDS,
    },
    {
      type: 'RingGroupAction',
      enabled,
      targets: [{ type: 'AllDesktopRingTarget', name: 'My desktop' }],
      duration: DEFAULT_RING_SECONDS,
    },
  ];
}

export function defaultGreetingActions() {
  return [
    { type: 'PlayWelcomePromptAction', enabled: false, greeting: preset(PRESET.welcome) },
    { type: 'PlayConnectingMessageAction', enabled: false, greeting: preset(PRESET.connectingMessage) },
    { type: 'PlayConnectingPromptAction', enabled: false, greeting: preset(PRESET.connectingAudio) },
    { type: 'ScreeningAction', enabled: false, screening: 'NoCallerId', screeningResult: 'AskToAnswer' },
  ];
}

/** The TerminatingAction with the mandatory voicemail and announcement targets of both sets. */
export function defaultTerminatingAction(sets: ('Ringing' | 'Terminating')[]) {
  return {
    type: 'TerminatingAction',
    targets: [
      { type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: { greeting: preset(PRESET.voicemail) } },
      ...sets.map((dispatchingType) => ({
        type: 'PlayAnnouncementTerminatingTarget',
        name: 'PlayAnnouncement',
        prompt: {
          greeting: preset(dispatchingType === 'Ringing' ? PRESET.announcementRinging : PRESET.announcementTerminating),
        },
        dispatchingType,
      })),
    ],
    ringingTargetType: 'VoiceMailTerminatingTarget',
    terminatingTargetType: 'VoiceMailTerminatingTarget',
  };
}

/** Rule kinds as far as dispatching is concerned: the five state rules and custom rules. */
export type DispatchingRuleKind = 'work-hours' | 'after-hours' | 'forward-all-calls' | 'dnd' | 'agent' | 'custom';

/** Which dispatching types RingCentral accepts per rule (call-handling-configurations.md). */
export const ALLOWED_DISPATCHING: Record<DispatchingRuleKind, string[]> = {
  'forward-all-calls': ['Terminate'],
  dnd: ['Terminate'],
  agent: ['RingAtOnce', 'RingInOrder'],
  'work-hours': ['RingAtOnce', 'RingInOrder'],
  'after-hours': ['RingAtOnce', 'RingInOrder', 'Terminate'],
  custom: ['RingAtOnce', 'RingInOrder', 'Terminate'],
};

/** Which forwarding sets (dispatchingType of terminating targets) each rule has. */
export const FORWARDING_SETS: Record<DispatchingRuleKind, ('Ringing' | 'Terminating')[]> = {
  'forward-all-calls': ['Terminating'],
  dnd: ['Terminating'],
  agent: [],
  'work-hours': ['Ringing'],
  'after-hours': ['Ringing', 'Terminating'],
  custom: ['Ringing', 'Terminating'],
};

/** RingCentral's default dispatching of each state rule for a new user. */
export function defaultStateDispatching(kind: DispatchingRuleKind) {
  switch (kind) {
    case 'forward-all-calls':
    case 'dnd':
      return { type: 'Terminate', actions: [defaultTerminatingAction(['Terminating'])] };
    case 'agent':
      return { type: 'RingAtOnce', actions: defaultRingGroups(true) };
    case 'work-hours':
      return {
        type: 'RingAtOnce',
        actions: [...defaultGreetingActions(), ...defaultRingGroups(true), defaultTerminatingAction(['Ringing'])],
      };
    case 'after-hours':
      return {
        type: 'Terminate',
        actions: [...defaultGreetingActions(), ...defaultRingGroups(false), defaultTerminatingAction(['Ringing', 'Terminating'])],
      };
    case 'custom':
      return {
        type: 'RingAtOnce',
        actions: [...defaultRingGroups(true), defaultTerminatingAction(['Ringing', 'Terminating'])],
      };
  }
}

/** The API's maximum ring duration of one RingGroupAction, in seconds (multiples of 5). */
export const MAX_RING_SECONDS = 300;
