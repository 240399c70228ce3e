import { describe, expect, it } from 'vitest';
import type { ManifestDocument } from '../../src/core/document.js';
import { formatProblem } from '../../src/core/problem.js';
import { parseManifestFile } from '../../src/load/parse-manifest-file.js';
import { lintRoutingDocuments } from '../../src/simulate/lint-routing-documents.js';

describe('lintRoutingDocuments', () => {
  it('returns warnings located in the manifest, for the plan to show', () => {
    const { documents } = parseManifestFile(
      'alex.yaml',
      `version: 1
kind: User
extension: "101"
customRules:
  - {name: VIP, when: {callers: ["+16501111111", "+16502222222"]}, immediately: {voicemail: {}}}
  - {name: Kristina, when: {callers: ["+16501111111"]}, immediately: {voicemail: {}}}
  - name: Summit
    when:
      schedule: {ranges: [{from: "2026-03-08T08:00", to: "2026-03-10T18:00"}]}
    immediately: {voicemail: {}}
`,
    );
    const now = new Date('2026-06-01T12:00:00Z');
    const problems = lintRoutingDocuments(documents as ManifestDocument[], { now, timeZone: 'America/Los_Angeles' });
    expect(problems.map(formatProblem)).toEqual([
      'alex.yaml:6:5  customRules[1]  warning: custom rule "Kristina" can never match: "VIP", listed before it with the same priority (6), matches every call it would (if RingCentral takes the first listed; it does not document which wins)',
      'alex.yaml:9:27  customRules[2].when.schedule.ranges[0]  warning: this range ended at 2026-03-10 18:00; it no longer matches any call',
    ]);
    // Where validation reports equal-priority pairs (ties: false), the covering pair is its to report.
    const withoutTies = lintRoutingDocuments(documents as ManifestDocument[], {
      now,
      timeZone: 'America/Los_Angeles',
      ties: false,
      ranges: false,
    });
    expect(withoutTies).toEqual([]);
  });
});
