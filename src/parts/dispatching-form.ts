import type { ApiSchema } from '../core/api/api-types.js';
import { fieldsOf } from '../core/fields-of.js';
import { byJson } from '../core/order.js';
import { actionForm, liveObject, ringAlwaysForm, ringGroupForm, terminatingForm } from './action-form.js';
import type {
  DispatchingAction,
  DispatchingRequest,
  DispatchingType,
  GreetingActionRequest,
  RingAlwaysGroupActionRequest,
  RingGroupActionRequest,
  TerminatingActionRequest,
} from './dispatching-request.js';
import type { ApiTerminatingTarget, LiveObject } from './part.js';
import { greetingActionByApiType, greetingActionParts } from './registry.js';

/** A dispatching in request form (`CommDispatchingRequest`). */
export type Dispatching = DispatchingRequest;

/** A dispatching split by role; compile edits parts, `joinDispatching` puts them back in order. */
export interface DispatchingParts {
  type: DispatchingType;
  callTypes?: ApiSchema<'CommCallTypesResource'>;
  /** By API type. */
  greetings: Map<string, GreetingActionRequest>;
  ringGroups: RingGroupActionRequest[];
  ringAlways: RingAlwaysGroupActionRequest[];
  terminating?: TerminatingActionRequest;
  /** Actions of a type ringform does not model (and a second TerminatingAction): kept as read. */
  other: LiveObject[];
}

/** A live (or default, or desired) dispatching → its parts, each action in request form. */
export function splitDispatching(live: unknown): DispatchingParts {
  const d = fieldsOf(live);
  const parts: DispatchingParts = {
    // The live type as read: a type the spec does not list is reported by export and kept by compile.
    type: d.type as DispatchingType,
    greetings: new Map(),
    ringGroups: [],
    ringAlways: [],
    other: [],
  };
  const callTypes = fieldsOf(d.callTypes);
  if (typeof callTypes.queueCallsIncluded === 'boolean') {
    parts.callTypes = { queueCallsIncluded: callTypes.queueCallsIncluded };
  }
  for (const raw of Array.isArray(d.actions) ? d.actions : []) {
    const a = fieldsOf(raw);
    const greeting = greetingActionByApiType(a.type);
    if (greeting) parts.greetings.set(greeting.apiType, greeting.comparable(liveObject(raw)));
    else if (a.type === 'RingGroupAction') parts.ringGroups.push(ringGroupForm(a));
    else if (a.type === 'RingAlwaysGroupAction') parts.ringAlways.push(ringAlwaysForm(a));
    else if (a.type === 'TerminatingAction' && !parts.terminating) parts.terminating = terminatingForm(a);
    else parts.other.push(actionForm(raw) as LiveObject);
  }
  return parts;
}

/** Terminating targets have no meaningful order: sort by type and dispatching set. */
function sortTargets(targets: ApiTerminatingTarget[]): ApiTerminatingTarget[] {
  const rank = (t: ApiTerminatingTarget) => `${t.type}|${'dispatchingType' in t ? (t.dispatchingType ?? '') : ''}|${JSON.stringify(t)}`;
  return [...targets].sort((a, b) => rank(a).localeCompare(rank(b)));
}

/**
 * Enabled ring groups keep their order (it is the ring order); disabled groups do not ring,
 * so their position carries no meaning and they are sorted after the enabled ones.
 */
function orderRingGroups(groups: RingGroupActionRequest[]): RingGroupActionRequest[] {
  const enabled = groups.filter((g) => g.enabled);
  const disabled = groups.filter((g) => !g.enabled).sort((a, b) => byJson(a.targets, b.targets));
  return [...enabled, ...disabled];
}

export function joinDispatching(p: DispatchingParts): Dispatching {
  const actions: DispatchingAction[] = [];
  for (const { apiType } of greetingActionParts()) {
    const g = p.greetings.get(apiType);
    if (g) actions.push(g);
  }
  actions.push(...orderRingGroups(p.ringGroups), ...p.ringAlways);
  if (p.terminating) actions.push({ ...p.terminating, targets: sortTargets(p.terminating.targets ?? []) });
  // Actions ringform does not model go back as RingCentral returned them.
  actions.push(...(p.other as DispatchingAction[]));
  const out: Dispatching = { type: p.type, actions };
  if (p.callTypes) out.callTypes = p.callTypes;
  return out;
}

/** The comparable form of any dispatching, live or desired. */
export function normalizeDispatching(d: unknown): Dispatching {
  return joinDispatching(splitDispatching(d));
}
