import type { ApiSchema } from '../core/api/api-types.js';

/**
 * A dispatching as a state-rule PATCH or a custom-rule POST/PATCH writes it, action by action,
 * in the spec's request types. Compile returns these, so a body of the wrong shape is a type
 * error instead of a 400 from RingCentral. Comparable live forms use the same types: the
 * planner compares request to request (actions and targets the spec does not list are kept as
 * read, see splitDispatching).
 */
export type DispatchingRequest = Omit<ApiSchema<'CommDispatchingRequest'>, 'actions'> & { actions: DispatchingAction[] };

/** `RingAtOnce`, `RingInOrder`, `Terminate`, `Custom`. */
export type DispatchingType = ApiSchema<'CommDispatchingTypeResource'>;

/** A greeting action: welcome, connecting message, connecting audio, screening. */
export type GreetingActionRequest =
  | ApiSchema<'CommPlayWelcomePromptActionRequest'>
  | ApiSchema<'CommPlayConnectingMessageActionRequest'>
  | ApiSchema<'CommPlayConnectingPromptActionRequest'>
  | ApiSchema<'CommScreeningActionRequest'>;

/** The API type of a greeting action. */
export type GreetingActionType = GreetingActionRequest['type'];

/**
 * A ring group. `customStartOffset` is optional as the spec has it (only `Custom` dispatching
 * uses it); the generated type makes it required because the spec gives it a default.
 */
export type RingGroupActionRequest = Omit<ApiSchema<'CommRingGroupActionRequest'>, 'customStartOffset'> & {
  customStartOffset?: number;
};

/** The user's apps that ring alongside every group. */
export type RingAlwaysGroupActionRequest = ApiSchema<'CommRingAlwaysGroupActionRequest'>;

/** Where the forwarding sets end: voicemail, announcements, forwards. */
export type TerminatingActionRequest = ApiSchema<'CommTerminatingActionRequest'>;

export type DispatchingAction = GreetingActionRequest | RingGroupActionRequest | RingAlwaysGroupActionRequest | TerminatingActionRequest;

type TerminatingTarget = TerminatingActionRequest['targets'][number];

/** The forwarding set a terminating target belongs to; the shared voicemail target has none. */
export function setOf(t: TerminatingTarget): ApiSchema<'CommTerminatingTargetDispatchingTypeResource'> | undefined {
  return 'dispatchingType' in t ? t.dispatchingType : undefined;
}
