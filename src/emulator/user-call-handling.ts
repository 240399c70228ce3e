import { defaultStateDispatching } from './default-dispatching.js';
import type { Json } from './json-value.js';
import { ALWAYS_END, ALWAYS_START, isAlwaysTriggers } from './check-triggers.js';

/**
 * One user's state-based call handling (v2 comm-handling): the states with their schedules, the
 * state rules with their dispatching, and the interaction (custom) rules. The after-hours state
 * and rule exist exactly while work-hours is not 24/7; agent exists only for call-queue members.
 */

export type StateId = 'after-hours' | 'work-hours' | 'dnd' | 'forward-all-calls' | 'agent';

/** The order of the spec's CommStateId enum, used for lists. */
export const STATE_IDS: StateId[] = ['after-hours', 'work-hours', 'dnd', 'forward-all-calls', 'agent'];

export const STATE_DISPLAY_NAMES: Record<StateId, string> = {
  'after-hours': 'After Hours',
  'work-hours': 'Work Hours',
  dnd: 'Do not disturb',
  'forward-all-calls': 'Forward all calls',
  agent: 'Agent',
};

export interface StoredState {
  enabled: boolean;
  /** Request-form conditions (a State condition holds only `{type, state: {id}}`). */
  conditions: Json[];
}

export interface StoredInteractionRule {
  id: string;
  displayName: string;
  enabled: boolean;
  conditions: Json[];
  dispatching: Json;
}

export function alwaysCondition(): Json {
  return {
    type: 'Schedule',
    schedule: { triggers: [{ triggerType: 'Daily', startTime: ALWAYS_START, endTime: ALWAYS_END }] },
  };
}

export class UserCallHandling {
  readonly states = new Map<StateId, StoredState>();
  readonly rules = new Map<StateId, Json>();
  readonly interactionRules: StoredInteractionRule[] = [];

  /** RingCentral's defaults for a new user (state-based-call-handling.md). */
  constructor(
    isAgent: boolean,
    /** The user's extension id: device and integration targets of its rules must be its own. */
    readonly extensionId: string,
  ) {
    this.states.set('work-hours', { enabled: true, conditions: [alwaysCondition()] });
    this.states.set('dnd', { enabled: false, conditions: [alwaysCondition()] });
    this.states.set('forward-all-calls', { enabled: false, conditions: [alwaysCondition()] });
    for (const id of ['work-hours', 'dnd', 'forward-all-calls'] as const) this.rules.set(id, defaultStateDispatching(id));
    this.syncAgent(isAgent);
  }

  /** A member of a call queue has the agent state (RingCentral's default: follow work-hours); others have none. */
  syncAgent(isAgent: boolean): void {
    if (!isAgent) {
      this.states.delete('agent');
      this.rules.delete('agent');
    } else if (!this.states.has('agent')) {
      this.states.set('agent', { enabled: true, conditions: [{ type: 'State', state: { id: 'work-hours' } }] });
      this.rules.set('agent', defaultStateDispatching('agent'));
    }
  }

  has(id: StateId): boolean {
    return this.states.has(id);
  }

  /** True while work-hours covers the whole week, i.e. there are no after-hours. */
  get workHoursAlways(): boolean {
    const condition = this.states.get('work-hours')!.conditions[0];
    const schedule = condition?.schedule as Json | undefined;
    return isAlwaysTriggers(schedule?.triggers);
  }

  /** Creates (with RingCentral's default after-hours rule) or removes after-hours to follow work-hours. */
  syncAfterHours(): void {
    if (this.workHoursAlways) {
      this.states.delete('after-hours');
      this.rules.delete('after-hours');
    } else if (!this.states.has('after-hours')) {
      this.states.set('after-hours', { enabled: true, conditions: [] });
      this.rules.set('after-hours', defaultStateDispatching('after-hours'));
    }
  }

  interactionRule(id: string): StoredInteractionRule | undefined {
    return this.interactionRules.find((r) => r.id === id);
  }
}
