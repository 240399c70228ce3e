import type { ApiSchema } from './api/api-types.js';
import type { GreetingActionRole } from './references.js';

/**
 * RingCentral's documented defaults for call handling. The compile step uses them as the base
 * for objects that do not exist live yet (a new custom rule, an after-hours rule that appears in
 * the same apply that sets work-hours). Voicemail and announcement ids are the standard presets
 * the guides use; the greeting actions' presets are the account's own (its standard-greeting
 * dictionary by type and usage, `GreetingDefaults`), since the guides name no fixed ids for them.
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

/** The account's default preset per greeting action, from its standard-greeting dictionary. */
export type GreetingDefaults = Record<GreetingActionRole, string>;

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

/** The disabled greeting actions of a new rule; one the account has no preset for is left out. */
export function defaultGreetingActions(presets: Partial<GreetingDefaults> = PRESET) {
  const actions: Record<GreetingActionRole, string> = {
    welcome: 'PlayWelcomePromptAction',
    connectingMessage: 'PlayConnectingMessageAction',
    connectingAudio: 'PlayConnectingPromptAction',
  };
  return [
    ...Object.entries(actions).flatMap(([role, type]) => {
      const id = presets[role as GreetingActionRole];
      return id ? [{ type, enabled: false, greeting: preset(id) }] : [];
    }),
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
export const ALLOWED_DISPATCHING: Record<DispatchingRuleKind, ApiSchema<'CommDispatchingTypeResource'>[]> = {
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

/**
 * RingCentral's default dispatching of each state rule for a new user. `presets` are the
 * account's greeting-action defaults; without them the emulator's demo ids stand in (simulation
 * of a rule nobody has read).
 */
export function defaultStateDispatching(kind: DispatchingRuleKind, presets: Partial<GreetingDefaults> = PRESET) {
  switch (kind) {
    case 'forward-all-calls':
    case 'dnd':
      return { type: 'Terminate', actions: [defaultTerminatingAction(['Terminating'])] };
    case 'agent':
      return { type: 'RingAtOnce', actions: defaultRingGroups(true) };
    case 'work-hours':
      return {
        type: 'RingAtOnce',
        actions: [...defaultGreetingActions(presets), ...defaultRingGroups(true), defaultTerminatingAction(['Ringing'])],
      };
    case 'after-hours':
      return {
        type: 'Terminate',
        actions: [...defaultGreetingActions(presets), ...defaultRingGroups(false), defaultTerminatingAction(['Ringing', 'Terminating'])],
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
