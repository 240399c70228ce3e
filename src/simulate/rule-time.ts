import type { QueueRuleModel, RoutingSchedule, SiteRuleModel, UserRuleModel } from '../core/routing.js';
import { complementWeekly } from './schedule-model.js';
import { scheduleCovers, schedulesOverlap } from './schedule-coverage.js';

/**
 * The time condition of a custom rule as one schedule: its own schedule, or the owner's work
 * hours (business hours) `hours` a state (ref) condition stands for, or their complement for
 * after hours. Undefined when the rule has no time condition (it matches at any time).
 */
export function ruleTime(hours: RoutingSchedule, rule: UserRuleModel | SiteRuleModel | QueueRuleModel): RoutingSchedule | undefined {
  if (rule.schedule) return rule.schedule;
  const which = 'state' in rule ? rule.state : 'scheduleRef' in rule ? rule.scheduleRef : undefined;
  if (which === 'work-hours' || which === 'business-hours') return hours;
  if (which === 'after-hours') return complementWeekly(hours);
  return undefined;
}

/** Whether every moment of `inner` is inside `outer` (no time condition: any time). */
export function timeCovers(outer: RoutingSchedule | undefined, inner: RoutingSchedule | undefined): boolean {
  if (!outer) return true;
  return inner !== undefined && scheduleCovers(outer, inner);
}

export function timesOverlap(a: RoutingSchedule | undefined, b: RoutingSchedule | undefined): boolean {
  return !a || !b || schedulesOverlap(a, b);
}
