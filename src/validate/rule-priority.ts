import { hasItems, type Obj } from './walk.js';

/**
 * RingCentral's priority of user custom rules (user-interaction-rules.md), by which conditions
 * are set. A `schedule` or a `state` condition counts as the schedule column; an empty list is
 * no condition. Undefined when no condition is set (that rule is an error of its own).
 */
export function rulePriority(when: Obj): number | undefined {
  const schedule = when.schedule !== undefined || when.state !== undefined;
  const callers = hasItems(when.callers);
  const called = hasItems(when.calledNumbers);
  const key = `${schedule ? 'S' : '-'}${callers ? 'C' : '-'}${called ? 'N' : '-'}`;
  return PRIORITY[key];
}

const PRIORITY: Record<string, number> = {
  SCN: 10,
  '-CN': 9,
  'SC-': 8,
  'S-N': 7,
  '-C-': 6,
  '--N': 5,
  'S--': 4,
};

/** The conditions a priority stands for, for messages. */
export function describePriority(when: Obj): string {
  const parts: string[] = [];
  if (when.schedule !== undefined) parts.push('schedule');
  if (when.state !== undefined) parts.push('state');
  if (hasItems(when.callers)) parts.push('callers');
  if (hasItems(when.calledNumbers)) parts.push('calledNumbers');
  return parts.join(' + ');
}
