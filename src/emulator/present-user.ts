import { clone, type Json } from './json-value.js';
import { STATE_DISPLAY_NAMES, type StateId, type StoredInteractionRule, type UserCallHandling } from './user-call-handling.js';

/**
 * Stored call handling → API responses (CommStateResource, CommStateBasedRuleResource,
 * CommInteractionRuleResource): display names added and state references expanded the way
 * RingCentral returns them.
 */

export function presentState(user: UserCallHandling, id: StateId): Json {
  const state = user.states.get(id)!;
  return {
    id,
    displayName: STATE_DISPLAY_NAMES[id],
    enabled: state.enabled,
    conditions: state.conditions.map((c) => presentStateCondition(user, c)),
  };
}

/**
 * The agent state's "follow work-hours" condition, as the guide shows it: with a `stateId`
 * (not in the spec's schema, but in RingCentral's sample) and the referenced schedule embedded.
 */
function presentStateCondition(user: UserCallHandling, c: Json): Json {
  if (c.type !== 'State') return clone(c);
  const ref = (c.state as Json).id as StateId;
  return {
    type: 'State',
    stateId: ref,
    state: {
      id: ref,
      displayName: STATE_DISPLAY_NAMES[ref],
      conditions: clone(user.states.get(ref)?.conditions ?? []),
    },
  };
}

export function presentStateRule(user: UserCallHandling, id: StateId): Json {
  return {
    id,
    displayName: STATE_DISPLAY_NAMES[id],
    dispatching: id === 'agent' ? agentDispatching(user) : clone(user.rules.get(id)!),
    state: presentState(user, id),
  };
}

const RING_ACTIONS = ['RingGroupAction', 'RingAlwaysGroupAction'];

/**
 * While the agent state follows work-hours (a State condition), it "inherits the schedule
 * conditions and the ring settings" of work-hours (state-based-call-handling.md): its rule shows
 * the work-hours ring type and ring groups. With a schedule of its own, its own rule.
 */
function agentDispatching(user: UserCallHandling): Json {
  const own = clone(user.rules.get('agent')!);
  const follows = user.states.get('agent')?.conditions.some((c) => c.type === 'State');
  const workHours = user.rules.get('work-hours');
  if (!follows || !workHours) return own;
  const type = workHours.type === 'RingInOrder' ? 'RingInOrder' : 'RingAtOnce';
  const actions = (workHours.actions as Json[]).filter((a) => RING_ACTIONS.includes(a.type as string));
  return { ...own, type, actions: clone(actions) };
}

/** Interaction rules embed the full referenced state (CommStateResource) in State conditions. */
export function presentInteractionRule(user: UserCallHandling, rule: StoredInteractionRule): Json {
  const conditions = rule.conditions.map((c) => {
    if (c.type !== 'State') return clone(c);
    const ref = (c.state as Json).id as StateId;
    const state = user.has(ref)
      ? presentState(user, ref)
      : { id: ref, displayName: STATE_DISPLAY_NAMES[ref], enabled: true, conditions: [] };
    return { type: 'State', state };
  });
  return {
    id: rule.id,
    displayName: rule.displayName,
    enabled: rule.enabled,
    conditions,
    dispatching: clone(rule.dispatching),
  };
}
