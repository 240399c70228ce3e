import { fieldsOf, type Fields } from '../core/fields-of.js';
import type {
  DispatchingAction,
  RingAlwaysGroupActionRequest,
  RingGroupActionRequest,
  TerminatingActionRequest,
} from './dispatching-request.js';
import { destinationByApiType, greetingActionByApiType, ringTargetByApiType } from './registry.js';
import type { ApiRingTarget, ApiTerminatingTarget, LiveObject } from './part.js';

/**
 * RingCentral response objects (actions, targets) in their request form: only the fields a
 * request carries, server-added ones (`name`, `uri`, extension names) dropped. Live and desired
 * are both compared in this form. Each target and greeting action is converted by its part.
 *
 * This is where a live dispatching becomes the request types: each field is read from what
 * RingCentral returned and passed on as the request carries it. A part's comparable form is its
 * request form (a target of a type no part owns is projected onto the spec's request schema by
 * the raw part), so its targets are typed as request targets here.
 */
export function ringTargetForm(t: LiveObject): LiveObject {
  return ringTargetByApiType(t?.type).comparable(t);
}

export function terminatingTargetForm(t: LiveObject): LiveObject {
  return destinationByApiType(t?.type).comparable(t);
}

/** A value read from the API, as the loose object the parts read field by field. */
export const liveObject = (v: unknown): LiveObject => v as LiveObject;

const targetsOf = (a: Fields): LiveObject[] => (Array.isArray(a.targets) ? a.targets : []).map(liveObject);

export function ringGroupForm(a: Fields): RingGroupActionRequest {
  const out: RingGroupActionRequest = {
    type: 'RingGroupAction',
    enabled: Boolean(a.enabled),
    duration: a.duration as number,
    targets: targetsOf(a).map(ringTargetForm) as ApiRingTarget[],
  };
  if (a.customStartOffset) out.customStartOffset = a.customStartOffset as number;
  return out;
}

export function ringAlwaysForm(a: Fields): RingAlwaysGroupActionRequest {
  const targets = targetsOf(a).map(ringTargetForm) as RingAlwaysGroupActionRequest['targets'];
  return { type: 'RingAlwaysGroupAction', enabled: Boolean(a.enabled), targets };
}

export function terminatingForm(a: Fields): TerminatingActionRequest {
  const out: TerminatingActionRequest = {
    type: 'TerminatingAction',
    targets: targetsOf(a).map(terminatingTargetForm) as ApiTerminatingTarget[],
  };
  if (a.ringingTargetType !== undefined) out.ringingTargetType = a.ringingTargetType as string;
  if (a.terminatingTargetType !== undefined) out.terminatingTargetType = a.terminatingTargetType as string;
  return out;
}

/** Any action in request form; an action of a type ringform does not model is kept as read. */
export function actionForm(live: unknown): DispatchingAction | LiveObject {
  const a = fieldsOf(live);
  const greeting = greetingActionByApiType(a.type);
  if (greeting) return greeting.comparable(liveObject(live));
  switch (a.type) {
    case 'RingGroupAction':
      return ringGroupForm(a);
    case 'RingAlwaysGroupAction':
      return ringAlwaysForm(a);
    case 'TerminatingAction':
      return terminatingForm(a);
    default:
      return liveObject(live);
  }
}
