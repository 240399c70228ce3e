/**
 * What RingCentral's call-handling guide allows per rule (call-handling-configurations.md,
 * state-based-call-handling.md), as the emulator enforces it. The emulator keeps its own copy of
 * these tables, written from the guides, so that it checks the client instead of sharing the
 * client's assumptions (it never imports the client's defaults or kinds).
 */

/** Rule kinds as far as dispatching is concerned: the five state rules and custom (interaction) rules. */
export type DispatchingRuleKind = 'work-hours' | 'after-hours' | 'forward-all-calls' | 'dnd' | 'agent' | 'custom';

export type ForwardingSet = 'Ringing' | 'Terminating';

/** "The dispatching type can be applied to a rule as shown in the table below". */
export const ALLOWED_DISPATCHING: Record<DispatchingRuleKind, string[]> = {
  'forward-all-calls': ['Terminate'],
  dnd: ['Terminate'],
  agent: ['RingAtOnce', 'RingInOrder'],
  'work-hours': ['RingAtOnce', 'RingInOrder'],
  'after-hours': ['RingAtOnce', 'RingInOrder', 'Terminate'],
  custom: ['RingAtOnce', 'RingInOrder', 'Terminate'],
};

/** "No Answer" (Ringing) and immediate (Terminating) forwarding per rule. */
export const FORWARDING_SETS: Record<DispatchingRuleKind, ForwardingSet[]> = {
  'forward-all-calls': ['Terminating'],
  dnd: ['Terminating'],
  agent: [],
  'work-hours': ['Ringing'],
  'after-hours': ['Ringing', 'Terminating'],
  custom: ['Ringing', 'Terminating'],
};

/** Rules with greeting settings (welcome, connecting, screening). */
export const HAS_GREETINGS: DispatchingRuleKind[] = ['work-hours', 'after-hours', 'custom'];

/** Rules with ring settings (ring groups, ring-always). */
export const HAS_RINGING: DispatchingRuleKind[] = ['work-hours', 'after-hours', 'agent', 'custom'];

/** The longest ring duration of one RingGroupAction, in seconds (multiples of 5, "each ring lasts approximately 5 seconds"). */
export const MAX_RING_SECONDS = 300;
