import type { ApiSchema } from '../../core/api/api-types.js';
import type { Schedule, UserManifest, UserStates } from '../../core/manifest.js';
import { toTriggers } from '../../core/schedule.js';
import type { CompileContext, UserSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { paths } from '../shared/paths.js';
import { liveStates, normalizeStateConditions } from '../shared/state-conditions.js';

/** States a manifest can set; after-hours is derived from work-hours and cannot be updated. */
const MANAGED = ['work-hours', 'forward-all-calls', 'dnd', 'agent'] as const;

function schedulePart(
  schedule: Schedule | 'same-as-work-hours',
): (ApiSchema<'CommStateRefConditionRequest'> | ApiSchema<'CommStateScheduleConditionRequest'>)[] {
  if (schedule === 'same-as-work-hours') return [{ type: 'State', state: { id: 'work-hours' } }];
  return [{ type: 'Schedule', schedule: { triggers: toTriggers(schedule) } }];
}

/** A state as a manifest writes it (`states.<id>`): what each state takes, all optional but work-hours' schedule. */
type StateSpec = { enabled?: boolean; schedule?: Schedule | 'same-as-work-hours' };

/** Only the fields the manifest states are managed (and compared). */
function desiredState(id: (typeof MANAGED)[number], spec: StateSpec): ApiSchema<'CommStateUpdateRequest'> {
  const out: ApiSchema<'CommStateUpdateRequest'> = {};
  if (id === 'work-hours') {
    out.conditions = normalizeStateConditions(schedulePart(spec.schedule!));
    return out;
  }
  if (spec.enabled !== undefined) out.enabled = spec.enabled;
  else if (id === 'forward-all-calls' && typeof spec.schedule === 'object' && 'ranges' in spec.schedule && spec.schedule.ranges)
    out.enabled = true; // RingCentral requires it with a Range
  if (spec.schedule !== undefined) out.conditions = normalizeStateConditions(schedulePart(spec.schedule));
  return out;
}

/**
 * The live state projected onto the fields the manifest manages (only those are compared), in a
 * fixed key order so the plan's patch is stable.
 */
function managedPart(live: Record<string, unknown>, desired: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(['conditions', 'enabled'].filter((key) => key in desired).map((key) => [key, live[key]]));
}

/** User states (`PATCH .../comm-handling/states/{stateId}`): schedules and on/off switches. */
export const userStateKind: ResourceKind<UserSnapshot> = {
  kind: 'user-state',
  owner: 'user',
  collection: false,
  place: 'states',
  label: (name) => `state ${name}`,

  live(snapshot) {
    const out = new Map<string, LiveObject>();
    for (const [id, state] of liveStates(snapshot.stateRules)) {
      out.set(id, { id, comparable: { enabled: Boolean(state.enabled), conditions: normalizeStateConditions(state.conditions) } });
    }
    return out;
  },

  desired(ctx: CompileContext<UserManifest, UserSnapshot>, live) {
    const out = new Map<string, DesiredObject>();
    const states: UserStates = ctx.manifest.states ?? {};
    for (const id of MANAGED) {
      const spec = states[id];
      if (!spec) continue;
      if (!live.has(id)) {
        const why = id === 'agent' ? ' (the agent state exists only for members of a call queue)' : '';
        ctx.report(['states', id], `user ${ctx.owner.extensionNumber} has no ${id} state${why}`);
        continue;
      }
      const comparable = desiredState(id, spec);
      out.set(id, {
        comparable,
        origin: ['states', id],
        liveView: managedPart(live.get(id)!.comparable as Record<string, unknown>, comparable),
      });
    }
    return out;
  },

  request(_action, owner, name, desired) {
    return { method: 'PATCH', path: paths.state(owner.extensionId, name), body: desired };
  },
};
