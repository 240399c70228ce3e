import { describe, expect, it } from 'vitest';
import { rulePriority } from '../../src/simulate/rule-conditions.js';
import { by, route, user } from './helpers.js';

const CALLERS = 'callers: ["+12025550123"]';
const CALLED = 'calledNumbers: ["+16505550100"]';
const SCHEDULE = 'schedule: {weekly: {monday: ["00:00-24:00"]}}';
const STATE = 'state: work-hours';

/** RingCentral's table (user-interaction-rules.md), highest first. */
const TABLE: [number, string[]][] = [
  [10, [SCHEDULE, CALLERS, CALLED]],
  [9, [CALLERS, CALLED]],
  [8, [SCHEDULE, CALLERS]],
  [7, [SCHEDULE, CALLED]],
  [6, [CALLERS]],
  [5, [CALLED]],
  [4, [SCHEDULE]],
];

const rule = (name: string, conditions: string[]) =>
  `  - {name: "${name}", when: {${conditions.join(', ')}}, immediately: {voicemail: {}}}`;

/** Rules listed lowest priority first, so document order never decides. */
function manifest(rows: [number, string[]][]): string {
  return `customRules:\n${[...rows]
    .reverse()
    .map(([p, c]) => rule(`p${p}`, c))
    .join('\n')}\n`;
}

describe('custom rule priority', () => {
  it.each(TABLE)('priority %i wins over every lower row', (priority) => {
    const rows = TABLE.filter(([p]) => p <= priority);
    const o = route(user(manifest(rows)), '2026-06-01T10:00', { to: '+16505550100' });
    expect(by(o)).toBe(`custom-rule p${priority}`);
    expect(o.handledBy.priority).toBe(priority);
    expect(o.notes).toEqual([]);
  });

  it('counts a state condition as the schedule column and empty lists as no condition', () => {
    expect(rulePriority({ state: 'after-hours', callers: [{ number: '+1' }], calledNumbers: [] })).toBe(8);
    expect(rulePriority({ schedule: {}, callers: [], calledNumbers: ['+1'] })).toBe(7);
    expect(rulePriority({ callers: [], calledNumbers: [] })).toBeUndefined();
    const stateRule = user(`customRules:\n${rule('state', [STATE, CALLERS])}\n${rule('callers', [CALLERS])}\n`);
    expect(by(route(stateRule, '2026-06-01T10:00'))).toBe('custom-rule state');
  });

  it('on a tie takes the first listed and says RingCentral does not document the winner', () => {
    const m = user(`customRules:\n${rule('first', [CALLERS])}\n${rule('second', ['callers: ["+12025550123", "+12025550124"]'])}\n`);
    const o = route(m, '2026-06-01T10:00');
    expect(by(o)).toBe('custom-rule first');
    expect(o.notes).toEqual([
      'custom rule "second" matches too, with the same priority (6); RingCentral does not document which wins, the first listed is assumed',
    ]);
  });
});
