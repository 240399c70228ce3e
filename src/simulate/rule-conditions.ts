import type { CallerMatch, RoutingCall, UserRuleModel } from '../core/routing.js';
import { e164OrAsWritten, sameLabel } from './ext-ref-label.js';

const PRIORITY: Record<string, number> = { SCN: 10, '-CN': 9, 'SC-': 8, 'S-N': 7, '-C-': 6, '--N': 5, 'S--': 4 };

/**
 * RingCentral's priority of a user custom rule (user-interaction-rules.md): a schedule or a
 * state condition is the schedule column; an empty callers or called-numbers list is no
 * condition. Undefined for a rule without conditions (validation rejects it).
 */
export function rulePriority(rule: Pick<UserRuleModel, 'schedule' | 'state' | 'callers' | 'calledNumbers'>): number | undefined {
  const s = rule.schedule !== undefined || rule.state !== undefined ? 'S' : '-';
  const c = rule.callers.length > 0 ? 'C' : '-';
  const n = rule.calledNumbers.length > 0 ? 'N' : '-';
  return PRIORITY[`${s}${c}${n}`];
}

/** No callers listed matches every caller; otherwise the number (or, for sites, the name) must match. */
export function callersMatch(callers: CallerMatch[], call: RoutingCall, byName: boolean): boolean {
  if (callers.length === 0) return true;
  const from = e164OrAsWritten(call.from);
  return callers.some(
    (c) =>
      (c.number !== undefined && c.number === from) ||
      (byName && c.name !== undefined && call.callerName !== undefined && sameLabel(c.name, call.callerName)),
  );
}

/** A rule with called numbers never matches a call whose called number is unknown. */
export function calledNumbersMatch(calledNumbers: string[], call: RoutingCall): boolean {
  if (calledNumbers.length === 0) return true;
  if (call.to === undefined) return false;
  const to = e164OrAsWritten(call.to);
  return calledNumbers.includes(to);
}
