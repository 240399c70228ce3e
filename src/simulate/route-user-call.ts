import type { RoutingCall, RoutingOutcome, UserRouting, UserRuleModel } from '../core/routing.js';
import { outcomeOfAction } from './action-outcome.js';
import type { LocalMoment } from '../core/local-time.js';
import { calledNumbersMatch, callersMatch, rulePriority } from './rule-conditions.js';
import { scheduleMatches } from './schedule-model.js';

const QUEUE_SKIPS = 'the queue offers the call to its next agent';

function inWorkHours(model: UserRouting, m: LocalMoment): boolean {
  return scheduleMatches(model.workHours, m);
}

function ruleMatches(model: UserRouting, rule: UserRuleModel, call: RoutingCall, m: LocalMoment): boolean {
  if (!rule.enabled || (call.queue && !rule.queueCalls)) return false;
  if (!callersMatch(rule.callers, call, false) || !calledNumbersMatch(rule.calledNumbers, call)) return false;
  if (rule.schedule && !scheduleMatches(rule.schedule, m)) return false;
  if (rule.state && (rule.state === 'work-hours') !== inWorkHours(model, m)) return false;
  return rulePriority(rule) !== undefined;
}

/** The matching rule of highest priority; on a tie the first listed, with a note saying so. */
function pickCustomRule(model: UserRouting, call: RoutingCall, m: LocalMoment): RoutingOutcome | undefined {
  const matching = model.customRules.filter((r) => ruleMatches(model, r, call, m));
  if (matching.length === 0) return undefined;
  const best = Math.max(...matching.map((r) => rulePriority(r)!));
  const [winner, ...tied] = matching.filter((r) => rulePriority(r) === best);
  const notes = tied.map(
    (r) =>
      `custom rule "${r.name}" matches too, with the same priority (${best}); RingCentral does not document which wins, the first listed is assumed`,
  );
  return outcomeOfAction(winner.action, { kind: 'custom-rule', name: winner.name, priority: best }, notes);
}

function skippedByQueue(state: 'forward-all-calls' | 'dnd' | 'agent', why: string): RoutingOutcome {
  return {
    handledBy: { kind: 'state', name: state },
    greetings: [],
    ring: [],
    ringOrder: 'at-once',
    endsAt: { type: 'answered-only', target: 'queue' },
    notes: [`${why}, so this user takes no queue calls now`],
  };
}

/** Queue calls that no custom rule takes go to the agent state, on its own schedule. */
function routeToAgent(model: UserRouting, m: LocalMoment): RoutingOutcome {
  const { agent } = model;
  if (!agent.enabled) return skippedByQueue('agent', 'the agent state is off');
  const schedule = agent.schedule === 'same-as-work-hours' ? model.workHours : agent.schedule;
  if (!scheduleMatches(schedule, m)) return skippedByQueue('agent', 'outside the agent schedule');
  const out = outcomeOfAction({ ...model.rules.agent, mode: 'ring' }, { kind: 'state', name: 'agent' });
  out.endsAt = { type: 'answered-only', target: 'queue' };
  out.notes.push(`the agent rule has no "no answer" destination: unanswered, ${QUEUE_SKIPS}`);
  if (agent.schedule === 'same-as-work-hours') out.notes.push('the agent state follows work hours');
  return out;
}

function forwardAllActive(model: UserRouting, m: LocalMoment): boolean {
  return model.forwardAll.enabled && scheduleMatches(model.forwardAll.schedule, m);
}

/**
 * RingCentral's user hierarchy (state-based-call-handling.md, user-interaction-rules.md):
 * forward-all-calls, then do-not-disturb, then custom rules by priority, then work hours or
 * after hours. Queue calls skip a user in forward-all-calls or dnd, reach only custom rules that
 * include queue calls, and otherwise go to the agent state.
 */
export function routeUserCall(model: UserRouting, call: RoutingCall, m: LocalMoment): RoutingOutcome {
  if (forwardAllActive(model, m)) {
    if (call.queue) return skippedByQueue('forward-all-calls', 'forward-all-calls is active');
    return outcomeOfAction({ ...model.rules['forward-all-calls'], mode: 'terminate' }, { kind: 'state', name: 'forward-all-calls' });
  }
  if (model.dnd.enabled) {
    if (call.queue) return skippedByQueue('dnd', 'do-not-disturb is on');
    return outcomeOfAction({ ...model.rules.dnd, mode: 'terminate' }, { kind: 'state', name: 'dnd' });
  }
  const custom = pickCustomRule(model, call, m);
  if (custom) return custom;
  if (call.queue) return routeToAgent(model, m);
  const state = inWorkHours(model, m) ? 'work-hours' : 'after-hours';
  const action = state === 'work-hours' ? { ...model.rules['work-hours'], mode: 'ring' as const } : model.rules['after-hours'];
  return outcomeOfAction(action, { kind: 'state', name: state });
}
