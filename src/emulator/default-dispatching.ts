import type { DispatchingRuleKind, ForwardingSet } from './rule-kinds.js';
import type { Json } from './json-value.js';

/**
 * RingCentral's defaults for a new user's state rules, as the guides show them: greetings present
 * but disabled, mobile and desktop apps ringing 20 s, voicemail plus the "No Answer" / "Not
 * Available" announcements as forwarding targets, voicemail as the target of both sets. The
 * emulator's own copy (see rule-kinds.ts for why it does not share the client's).
 */

/** Standard greetings the defaults use (ids from the guides' samples). */
export const DEFAULT_PRESETS = {
  welcome: '66048',
  connectingMessage: '66304',
  connectingAudio: '197120',
  voicemail: '590080',
  announcementRinging: '66816',
  announcementTerminating: '66560',
} as const;

const preset = (id: string): Json => ({ effectiveGreetingType: 'Preset', preset: { id } });

export function defaultGreetingActions(): Json[] {
  return [
    { type: 'PlayWelcomePromptAction', enabled: false, greeting: preset(DEFAULT_PRESETS.welcome) },
    { type: 'PlayConnectingMessageAction', enabled: false, greeting: preset(DEFAULT_PRESETS.connectingMessage) },
    { type: 'PlayConnectingPromptAction', enabled: false, greeting: preset(DEFAULT_PRESETS.connectingAudio) },
    { type: 'ScreeningAction', enabled: false, screening: 'NoCallerId', screeningResult: 'AskToAnswer' },
  ];
}

function ringGroups(enabled: boolean): Json[] {
  const group = (type: string, name: string): Json => ({
    type: 'RingGroupAction',
    enabled,
    targets: [{ type, name }],
    duration: 20,
  });
  return [group('AllMobileRingTarget', 'My mobile apps'), group('AllDesktopRingTarget', 'My desktop')];
}

function terminatingAction(sets: ForwardingSet[]): Json {
  const announcement = (dispatchingType: ForwardingSet): Json => ({
    type: 'PlayAnnouncementTerminatingTarget',
    name: 'PlayAnnouncement',
    prompt: {
      greeting: preset(dispatchingType === 'Ringing' ? DEFAULT_PRESETS.announcementRinging : DEFAULT_PRESETS.announcementTerminating),
    },
    dispatchingType,
  });
  return {
    type: 'TerminatingAction',
    targets: [
      { type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: { greeting: preset(DEFAULT_PRESETS.voicemail) } },
      ...sets.map(announcement),
    ],
    ringingTargetType: 'VoiceMailTerminatingTarget',
    terminatingTargetType: 'VoiceMailTerminatingTarget',
  };
}

/** The dispatching a state rule starts with (and after-hours gets again each time it appears). */
export function defaultStateDispatching(kind: Exclude<DispatchingRuleKind, 'custom'>): Json {
  switch (kind) {
    case 'forward-all-calls':
    case 'dnd':
      return { type: 'Terminate', actions: [terminatingAction(['Terminating'])] };
    case 'agent':
      return { type: 'RingAtOnce', actions: ringGroups(true) };
    case 'work-hours':
      return {
        type: 'RingAtOnce',
        actions: [...defaultGreetingActions(), ...ringGroups(true), terminatingAction(['Ringing'])],
      };
    case 'after-hours':
      return {
        type: 'Terminate',
        actions: [...defaultGreetingActions(), ...ringGroups(false), terminatingAction(['Ringing', 'Terminating'])],
      };
  }
}
