import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../src/core/problem.js';
import { loadManifests } from '../../src/load/load-manifests.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

describe('one run reports every problem', () => {
  it('lists all problems of several documents and files, sorted by file and line', async () => {
    const loaded = await loadManifests(['test/fixtures/many'], REPO);
    const validated = validateDocuments(loaded.documents, { now: new Date(2026, 5, 1) });
    const lines = sortProblems([...loaded.problems, ...validated.problems]).map(formatProblem);
    const a = 'test/fixtures/many/a-users.yaml';
    const b = 'test/fixtures/many/b-sites.yaml';
    expect(lines).toEqual([
      `${a}:7:23  states.work-hours.schedule.daily  time range "18:00-08:00" must start before it ends`,
      `${a}:10:5  rules.work-hours.immediately  "immediately" is not allowed on the work-hours rule (allowed: greeting, ring, ifNoAnswer)`,
      `${a}:13:45  rules.work-hours.ring.groups[0].seconds  seconds must be a multiple of 5 (one ring is about 5 seconds), got 12`,
      `${a}:14:30  rules.work-hours.ring.groups[1].targets[0].phone  "+1 555" is not a possible phone number (too short)`,
      `${a}:17:19  customRules[0].when.state  a state condition needs callers or calledNumbers too (RingCentral does not match on the state alone)`,
      `${a}:23:1  prnue  unknown field "prnue" (did you mean "prune"?)`,
      `${b}:7:31  businessHours.schedule.weekly.monday[1]  "16:00-18:00" overlaps "09:00-17:00" on monday; RingCentral refuses overlapping ranges of one day`,
      `${b}:10:63  customRules[0].when.schedule.ranges[0].to  "2026-12-32T23:59" is not a calendar date`,
      `${b}:15:12  extension  extension "103" is also managed by ${a}:22:21`,
    ]);
    // Each of the four documents has at least one error.
    expect(validated.documents).toHaveLength(0);
  });

  it('keeps documents that only have warnings', async () => {
    const loaded = await loadManifests(['test/fixtures/bad/warning-equal-priority.yaml'], REPO);
    const validated = validateDocuments(loaded.documents);
    expect(validated.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(validated.documents).toHaveLength(1);
  });
});
