import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/path.js';
import { lintRouting } from '../../src/simulate/lint-routing.js';
import { site, user } from './helpers.js';

const NOW = '2026-06-01T12:00:00';
const lint = (model: Parameters<typeof lintRouting>[0], ties = true) =>
  lintRouting(model, { now: NOW, ties }).map((f) => `${formatPath(f.path)}: ${f.message}`);

describe('routing lint', () => {
  it('finds a custom rule that an earlier rule of the same priority always takes', () => {
    const m = user(`
customRules:
  - {name: VIP, when: {callers: ["+16501111111", "+16502222222"]}, immediately: {voicemail: {}}}
  - {name: Kristina, when: {callers: ["+16501111111"]}, immediately: {voicemail: {}}}
  - {name: VIP lunch, when: {callers: ["+16501111111"], schedule: {weekly: {monday: ["12:00-13:00"]}}}, immediately: {voicemail: {}}}
  - {name: Everyone on Monday, when: {schedule: {weekly: {monday: ["00:00-24:00"]}}}, immediately: {voicemail: {}}}
  - {name: Monday noon, when: {schedule: {weekly: {monday: ["12:00-13:00"]}}}, immediately: {voicemail: {}}}
`);
    expect(lint(m)).toEqual([
      'customRules[1]: custom rule "Kristina" can never match: "VIP", listed before it with the same priority (6), matches every call it would (if RingCentral takes the first listed; it does not document which wins)',
      'customRules[4]: custom rule "Monday noon" can never match: "Everyone on Monday", listed before it with the same priority (4), matches every call it would (if RingCentral takes the first listed; it does not document which wins)',
    ]);
  });

  it('does not call a rule starved when it sees queue calls and the broader rule does not', () => {
    const m = user(`
customRules:
  - {name: VIP, when: {callers: ["+16501111111"]}, immediately: {voicemail: {}}}
  - {name: VIP queue, queueCalls: true, when: {callers: ["+16501111111"]}, immediately: {voicemail: {}}}
`);
    expect(lint(m, false)).toEqual([]);
  });

  it('compares a state condition with a schedule through the work-hours schedule', () => {
    const m = user(`
states: {work-hours: {schedule: {weekly: {monday: ["08:00-16:00"]}}}}
customRules:
  - {name: After hours VIP, when: {callers: ["+16501111111"], state: after-hours}, immediately: {voicemail: {}}}
  - {name: Sunday VIP, when: {callers: ["+16501111111"], schedule: {weekly: {sunday: ["10:00-12:00"]}}}, immediately: {voicemail: {}}}
  - {name: Monday VIP, when: {callers: ["+16501111111"], schedule: {weekly: {monday: ["09:00-10:00"]}}}, immediately: {voicemail: {}}}
`);
    expect(lint(m)).toEqual([
      'customRules[1]: custom rule "Sunday VIP" can never match: "After hours VIP", listed before it with the same priority (8), matches every call it would (if RingCentral takes the first listed; it does not document which wins)',
    ]);
  });

  it('reports equal-priority rules that can match the same call, and not those that cannot', () => {
    const m = user(`
customRules:
  - {name: A, when: {callers: ["+16501111111", "+16502222222"]}, immediately: {voicemail: {}}}
  - {name: B, when: {callers: ["+16502222222", "+16504444444"]}, immediately: {voicemail: {}}}
  - {name: C, when: {callers: ["+16503333333"]}, immediately: {voicemail: {}}}
  - {name: D, enabled: false, when: {callers: ["+16501111111"]}, immediately: {voicemail: {}}}
`);
    expect(lint(m)).toEqual([
      'customRules[1]: custom rules "A" and "B" have the same priority (6) and can match the same call; RingCentral does not document which wins',
    ]);
    expect(lint(m, false)).toEqual([]);
  });

  it('finds overlapping and ended ranges', () => {
    const m = user(`
states:
  work-hours: {schedule: {weekly: {monday: ["08:00-12:00", "11:00-13:00"]}}}
  forward-all-calls: {enabled: true, schedule: {ranges: [{from: "2026-05-01T00:00", to: "2026-05-03T23:59"}]}}
customRules:
  - name: Holidays
    when:
      schedule:
        ranges:
          - {from: "2026-12-24T00:00", to: "2026-12-26T23:59"}
          - {from: "2026-12-26T00:00", to: "2026-12-27T12:00"}
    immediately: {voicemail: {}}
`);
    expect(lint(m)).toEqual([
      'states.work-hours.schedule.weekly.monday[1]: "11:00-13:00" overlaps "08:00-12:00" on monday',
      'customRules[0].when.schedule.ranges[1]: this range (2026-12-26 00:00 → 2026-12-27 12:00) overlaps ranges[0] (2026-12-24 00:00 → 2026-12-27 00:00)',
      'states.forward-all-calls.schedule.ranges[0]: this range ended at 2026-05-04 00:00; it no longer matches any call',
    ]);
  });

  it('finds site rules that an earlier rule always takes', () => {
    const m = site(`
businessHours: {schedule: {weekly: {monday: ["09:00-17:00"]}}}
customRules:
  - {name: Partner, when: {callers: ["+14132223333", {name: "John Smith"}]}, transferTo: "1200"}
  - {name: Partner in hours, when: {callers: [{name: "john smith"}], schedule: {ref: business-hours}}, transferTo: "1300"}
  - {name: Other, when: {callers: ["+14135550000"]}, transferTo: "1400"}
`);
    expect(lint(m)).toEqual([
      'customRules[1]: custom rule "Partner in hours" can never match: "Partner", listed (and so tried) before it, matches every call it would',
    ]);
  });
});
