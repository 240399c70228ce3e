import { describe, expect, it, vi } from 'vitest';
import { problemsOf, USER_HEADER } from './helpers.js';

/**
 * issue 13 finding 6: validation in near-linear time. Timings are measured by
 * scripts/bench-validate.ts; here the work is counted: the pairwise overlap check of
 * equal-priority custom rules runs only for rules that share a caller (or called number).
 */
const overlap = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/validate/conditions-overlap.js', async (original) => {
  const real = await original<typeof import('../../src/validate/conditions-overlap.js')>();
  return {
    conditionsOverlap: (a: never, b: never) => {
      overlap.calls += 1;
      return real.conditionsOverlap(a, b);
    },
  };
});

const rules = (n: number, caller: (i: number) => string) =>
  Array.from(
    { length: n },
    (_, i) => `  - name: Rule ${i}\n    when: {callers: ["${caller(i)}"]}\n    immediately: {voicemail: {}}\n`,
  ).join('');

describe('validation at scale', () => {
  it('compares 3,000 rules with their own callers against no other rule', () => {
    overlap.calls = 0;
    const problems = problemsOf(`${USER_HEADER}customRules:\n${rules(3000, (i) => `+1650${String(2000000 + i)}`)}`);
    expect(problems).toEqual([]);
    expect(overlap.calls).toBe(0);
  });

  it('still finds the one pair of equal-priority rules that share a caller among thousands', () => {
    overlap.calls = 0;
    const problems = problemsOf(`${USER_HEADER}customRules:\n${rules(2000, (i) => `+1650${String(2000000 + (i === 1999 ? 7 : i))}`)}`);
    expect(problems.filter((p) => p.includes('have the same priority'))).toHaveLength(1);
    expect(problems[0]).toContain('"Rule 7" and "Rule 1999"');
    expect(overlap.calls).toBe(1);
  });
});
