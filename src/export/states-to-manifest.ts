import type { ApiSchema } from '../core/api/api-types.js';
import { fieldsOf } from '../core/fields-of.js';
import type { Schedule, ScheduleForm, UserStates } from '../core/manifest.js';
import { liveStates, normalizeStateConditions } from '../kinds/shared/state-conditions.js';
import { KEPT_LIVE, type FindingSink } from './export-findings.js';
import { fail, type Converted } from './extension-refs.js';
import { triggersToSchedule } from './schedule-to-manifest.js';

/** Which schedule forms each state takes (manifest-v1.md, following the API). */
const FORMS: Record<'work-hours' | 'forward-all-calls' | 'agent', ScheduleForm[]> = {
  'work-hours': ['always', 'daily', 'weekly'],
  'forward-all-calls': ['always', 'daily', 'ranges'],
  agent: ['always', 'daily', 'weekly'],
};

/** The one condition of a state → its schedule (`same-as-work-hours` where the API says so). */
function stateSchedule(state: ApiSchema<'CommStateResource'>, id: 'work-hours' | 'forward-all-calls'): Converted<Schedule>;
function stateSchedule(state: ApiSchema<'CommStateResource'>, id: 'agent'): Converted<Schedule | 'same-as-work-hours'>;
function stateSchedule(state: ApiSchema<'CommStateResource'>, id: keyof typeof FORMS): Converted<Schedule | 'same-as-work-hours'> {
  const conditions = normalizeStateConditions(state?.conditions);
  if (conditions.length !== 1) return fail(`a schedule of ${conditions.length} conditions`);
  const c = conditions[0];
  if (c.type === 'State') {
    return id === 'agent' && c.state?.id === 'work-hours'
      ? { ok: true, value: 'same-as-work-hours' }
      : fail(`a schedule that follows the ${String(c.state?.id)} state`);
  }
  if (c.type === 'Schedule') return triggersToSchedule(c.schedule?.triggers, FORMS[id]);
  // A type the spec does not list, kept as read.
  return fail(`a condition of type ${String(fieldsOf(c).type)}`);
}

/**
 * The live states (embedded in the state-rules list) → `states`. after-hours is derived from
 * work-hours and has nothing to write. Every state that exists is written: work-hours with its
 * schedule, forward-all-calls and dnd with their switch, agent with its schedule.
 */
export function statesToManifest(stateRules: ApiSchema<'CommStateBasedRuleResource'>[], sink: FindingSink): UserStates | undefined {
  const live = liveStates(stateRules);
  const out: UserStates = {};
  const work = live.get('work-hours');
  if (work) {
    const schedule = stateSchedule(work, 'work-hours');
    if (schedule.ok) out['work-hours'] = { schedule: schedule.value };
    else sink.at('state work-hours').cannot(schedule.why, KEPT_LIVE);
  }
  const fac = live.get('forward-all-calls');
  if (fac) out['forward-all-calls'] = forwardAllCalls(fac, sink);
  const dnd = live.get('dnd');
  if (dnd) out.dnd = { enabled: Boolean(dnd.enabled) };
  const agent = live.get('agent');
  if (agent) {
    const written: NonNullable<UserStates['agent']> = {};
    if (!agent.enabled) written.enabled = false;
    const schedule = stateSchedule(agent, 'agent');
    if (schedule.ok) written.schedule = schedule.value;
    else sink.at('state agent').cannot(`the schedule (${schedule.why})`, KEPT_LIVE);
    if (Object.keys(written).length > 0) out.agent = written;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function forwardAllCalls(state: ApiSchema<'CommStateResource'>, sink: FindingSink): NonNullable<UserStates['forward-all-calls']> {
  const enabled = Boolean(state.enabled);
  const schedule = stateSchedule(state, 'forward-all-calls');
  const scope = sink.at('state forward-all-calls');
  if (!schedule.ok) {
    scope.cannot(`the schedule (${schedule.why})`, KEPT_LIVE);
    return { enabled };
  }
  if (!enabled && typeof schedule.value === 'object' && 'ranges' in schedule.value) {
    // Validation requires enabled: true beside ranges (RingCentral's rule for setting them).
    scope.cannot('a date range schedule while forward-all-calls is off', 'the schedule is left out of the file and stays as it is live');
    return { enabled };
  }
  return { enabled, schedule: schedule.value };
}
