import type { RoutingSchedule, SiteRouting, SiteRuleModel, UserRouting, UserRuleModel } from '../core/routing.js';
import { complementWeekly } from './schedule-model.js';

/**
 * The time condition of a custom rule as one schedule: its own schedule, or the work-hours
 * (business-hours) schedule a state (ref) condition stands for, or its complement for after
 * hours. Undefined when the rule has no time condition (it matches at any time).
 */
export function ruleTime(model: UserRouting | SiteRouting, rule: UserRuleModel | SiteRuleModel): RoutingSchedule | undefined {
  if (rule.schedule) return rule.schedule;
  const hours = model.type === 'user' ? model.workHours : model.businessHours;
  const which = 'state' in rule ? rule.state : 'scheduleRef' in rule ? rule.scheduleRef : undefined;
  if (which === 'work-hours' || which === 'business-hours') return hours;
  if (which === 'after-hours') return complementWeekly(hours);
  return undefined;
}
