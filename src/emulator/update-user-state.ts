import { Problems, invalidParameter } from './api-error.js';
import { at, isObject, type Json } from './json-value.js';
import type { StateId, UserCallHandling } from './user-call-handling.js';
import { checkSingleTrigger, type TriggerType } from './check-triggers.js';

/**
 * PATCH of one state (CommStateUpdateRequest) under the guide's rules: forward-all-calls takes
 * Daily or Range (Range only while enabled), work-hours Daily or Weekly and is always enabled,
 * dnd is on/off only, agent takes a schedule or follows work-hours. `conditions` holds exactly
 * one condition and replaces the previous one. after-hours is derived and cannot be patched.
 */

const TRIGGERS: Partial<Record<StateId, TriggerType[]>> = {
  'forward-all-calls': ['Daily', 'Range'],
  'work-hours': ['Daily', 'Weekly'],
  agent: ['Daily', 'Weekly'],
};

export function updateUserState(user: UserCallHandling, id: StateId, body: unknown, nowLocal: string): void {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  const state = user.states.get(id)!;
  if (body.enabled !== undefined && typeof body.enabled !== 'boolean') p.add('enabled', 'must be a boolean');
  if (id === 'work-hours' && body.enabled === false) p.add('enabled', 'work-hours is always enabled');
  const conditions = body.conditions === undefined ? undefined : checkConditions(p, id, body.conditions, nowLocal);
  const enabled = (body.enabled as boolean | undefined) ?? state.enabled;
  if (id === 'forward-all-calls' && enabled !== true && usesRange(conditions)) {
    p.add('enabled', 'must be true when forward-all-calls is scheduled for a Range');
  }
  p.throwIfAny();
  state.enabled = enabled;
  if (conditions) state.conditions = conditions;
  if (id === 'work-hours') user.syncAfterHours();
}

function checkConditions(p: Problems, id: StateId, v: unknown, nowLocal: string): Json[] | undefined {
  if (id === 'dnd') return void p.add('conditions', 'dnd has no schedule; it is only switched on or off with enabled');
  if (!Array.isArray(v) || v.length !== 1) return void p.add('conditions', 'must contain exactly one condition');
  const c = v[0];
  const path = 'conditions[0]';
  if (!isObject(c)) return void p.add(path, 'must be a condition object');
  if (c.type === 'State') {
    if (id !== 'agent') return void p.add(at(path, 'type'), 'only the agent state can follow another state');
    const ref = isObject(c.state) ? c.state.id : undefined;
    if (ref !== 'work-hours') return void p.add(at(at(path, 'state'), 'id'), 'the agent state can only follow work-hours');
    return [{ type: 'State', state: { id: 'work-hours' } }];
  }
  if (c.type !== 'Schedule') return void p.add(at(path, 'type'), 'must be Schedule' + (id === 'agent' ? ' or State' : ''));
  const schedule = isObject(c.schedule) ? c.schedule : {};
  const triggers = checkSingleTrigger(p, at(at(path, 'schedule'), 'triggers'), schedule.triggers, TRIGGERS[id]!, nowLocal);
  return triggers && [{ type: 'Schedule', schedule: { triggers } }];
}

function usesRange(conditions: Json[] | undefined): boolean {
  const schedule = conditions?.[0]?.schedule as Json | undefined;
  const triggers = schedule?.triggers as Json[] | undefined;
  return triggers?.[0]?.triggerType === 'Range';
}
