import { byJson } from '../core/order.js';
import { actionForm } from './action-form.js';
import { greetingActionByApiType, greetingActionParts } from './registry.js';

/** A dispatching in request form (`CommDispatchingRequest`). */
export interface Dispatching {
  type: string;
  callTypes?: { queueCallsIncluded: boolean };
  actions: any[];
}

/** A dispatching split by role; compile edits parts, `joinDispatching` puts them back in order. */
export interface DispatchingParts {
  type: string;
  callTypes?: { queueCallsIncluded: boolean };
  greetings: Map<string, any>;
  ringGroups: any[];
  ringAlways: any[];
  terminating?: any;
  other: any[];
}

export function splitDispatching(d: any): DispatchingParts {
  const parts: DispatchingParts = {
    type: d?.type,
    greetings: new Map(),
    ringGroups: [],
    ringAlways: [],
    other: [],
  };
  if (d?.callTypes && typeof d.callTypes.queueCallsIncluded === 'boolean') {
    parts.callTypes = { queueCallsIncluded: d.callTypes.queueCallsIncluded };
  }
  for (const raw of d?.actions ?? []) {
    const a = actionForm(raw);
    if (greetingActionByApiType(a.type)) parts.greetings.set(a.type, a);
    else if (a.type === 'RingGroupAction') parts.ringGroups.push(a);
    else if (a.type === 'RingAlwaysGroupAction') parts.ringAlways.push(a);
    else if (a.type === 'TerminatingAction' && !parts.terminating) parts.terminating = a;
    else parts.other.push(a);
  }
  return parts;
}

/** Terminating targets have no meaningful order: sort by type and dispatching set. */
function sortTargets(targets: any[]): any[] {
  const rank = (t: any) => `${t.type}|${t.dispatchingType ?? ''}|${JSON.stringify(t)}`;
  return [...targets].sort((a, b) => rank(a).localeCompare(rank(b)));
}

/**
 * Enabled ring groups keep their order (it is the ring order); disabled groups do not ring,
 * so their position carries no meaning and they are sorted after the enabled ones.
 */
function orderRingGroups(groups: any[]): any[] {
  const enabled = groups.filter((g) => g.enabled);
  const disabled = groups.filter((g) => !g.enabled).sort((a, b) => byJson(a.targets, b.targets));
  return [...enabled, ...disabled];
}

export function joinDispatching(p: DispatchingParts): Dispatching {
  const actions: any[] = [];
  for (const { apiType } of greetingActionParts()) {
    const g = p.greetings.get(apiType);
    if (g) actions.push(g);
  }
  actions.push(...orderRingGroups(p.ringGroups), ...p.ringAlways);
  if (p.terminating) actions.push({ ...p.terminating, targets: sortTargets(p.terminating.targets ?? []) });
  actions.push(...p.other);
  const out: Dispatching = { type: p.type, actions };
  if (p.callTypes) out.callTypes = p.callTypes;
  return out;
}

/** The comparable form of any dispatching, live or desired. */
export function normalizeDispatching(d: any): Dispatching {
  return joinDispatching(splitDispatching(d));
}
