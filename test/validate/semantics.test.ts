import { describe, expect, it } from 'vitest';
import { problemsOf, USER_HEADER } from './helpers.js';

const rules = (body: string) => `${USER_HEADER}customRules:\n${body}`;

describe('equal-priority lint', () => {
  it('is quiet when callers do not overlap', () => {
    const text = rules(`  - {name: A, when: {callers: ["+16501111111"]}, immediately: {voicemail: {}}}
  - {name: B, when: {callers: ["+16502222222"]}, immediately: {voicemail: {}}}
`);
    expect(problemsOf(text)).toEqual([]);
  });

  it('is quiet for work-hours against after-hours', () => {
    const text = rules(`  - {name: A, when: {callers: ["+16501111111"], state: work-hours}, immediately: {voicemail: {}}}
  - {name: B, when: {callers: ["+16501111111"], state: after-hours}, immediately: {voicemail: {}}}
`);
    expect(problemsOf(text)).toEqual([]);
  });

  it('is quiet for weekly schedules that do not overlap, and warns when they do', () => {
    const apart = rules(`  - {name: A, when: {schedule: {weekly: {monday: ["08:00-12:00"]}}}, immediately: {voicemail: {}}}
  - {name: B, when: {schedule: {weekly: {monday: ["12:00-13:00"]}}}, immediately: {voicemail: {}}}
`);
    expect(problemsOf(apart)).toEqual([]);
    const overlapping = apart.replace('12:00-13:00', '11:00-13:00');
    expect(problemsOf(overlapping)).toEqual([
      '6:15 customRules[1].when warning: custom rules "A" and "B" have the same priority (4: schedule) and can match the same call; RingCentral does not document which wins',
    ]);
  });

  it('ignores disabled rules and rules of different priority', () => {
    const text = rules(`  - {name: A, when: {callers: ["+16501111111"]}, immediately: {voicemail: {}}}
  - {name: B, enabled: false, when: {callers: ["+16501111111"]}, immediately: {voicemail: {}}}
  - {name: C, when: {callers: ["+16501111111"], calledNumbers: ["+16505550100"]}, immediately: {voicemail: {}}}
`);
    expect(problemsOf(text)).toEqual([]);
  });

  it('compares date ranges', () => {
    const text =
      rules(`  - {name: A, when: {schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}}, immediately: {voicemail: {}}}
  - {name: B, when: {schedule: {ranges: [{from: "2026-12-27T00:00", to: "2026-12-31T23:59"}]}}, immediately: {voicemail: {}}}
`);
    expect(problemsOf(text)).toEqual([]);
  });
});

describe('after-hours needs work hours that are not 24/7', () => {
  it('leaves the check to the planner when the document does not set work-hours', () => {
    expect(problemsOf(`${USER_HEADER}rules:\n  after-hours: {immediately: {voicemail: {}}}\n`)).toEqual([]);
  });

  it('accepts after-hours with work-hours that leave gaps', () => {
    const text = `${USER_HEADER}states:\n  work-hours: {schedule: {daily: "08:00-16:00"}}\nrules:\n  after-hours: {immediately: {voicemail: {}}}\n`;
    expect(problemsOf(text)).toEqual([]);
  });

  it('rejects a site custom rule that refers to after hours of a 24/7 site', () => {
    const text = `version: 1\nkind: Site\nsite: "3001"\nbusinessHours: {schedule: always}\ncustomRules:\n  - {name: X, when: {schedule: {ref: after-hours}}, transferTo: "1600"}\n`;
    expect(problemsOf(text)).toEqual([
      '6:38 customRules[0].when.schedule.ref "ref: after-hours" can never match: the site has no after hours while business hours are 24/7 (businessHours.schedule)',
    ]);
  });
});

describe('voicemail shared by both forwarding modes', () => {
  it('accepts a greeting written on one side only, or the same on both', () => {
    const one = `${USER_HEADER}rules:\n  after-hours:\n    ifNoAnswer: {voicemail: {greeting: {preset: "590080"}}}\n    immediately: {voicemail: {}}\n`;
    expect(problemsOf(one)).toEqual([]);
    const same = one.replace('immediately: {voicemail: {}}', 'immediately: {voicemail: {greeting: {preset: 590080}}}');
    expect(problemsOf(same)).toEqual([]);
  });
});

describe('schema and semantics together', () => {
  it('does not repeat a semantic problem below a node the schema rejected', () => {
    // The schedule form is wrong for work-hours; its bad date is not reported on top.
    const text = `${USER_HEADER}states:\n  work-hours:\n    schedule: {ranges: [{from: "2026-02-30T00:00", to: "x"}]}\n`;
    expect(problemsOf(text)).toEqual([
      '6:16 states.work-hours.schedule.ranges a ranges schedule is not allowed for work-hours (RingCentral accepts always, daily or weekly)',
    ]);
  });

  it('reports a schema error and an unrelated semantic error of the same document', () => {
    const text = `${USER_HEADER}prun: true\nstates:\n  work-hours: {schedule: {daily: "17:00-09:00"}}\n`;
    expect(problemsOf(text)).toEqual([
      '4:1 prun unknown field "prun" (did you mean "prune"?)',
      '6:34 states.work-hours.schedule.daily time range "17:00-09:00" must start before it ends',
    ]);
  });

  it('accepts numbers for extension references and greeting ids', () => {
    const text = `version: 1\nkind: User\nextension: 101\nrules:\n  work-hours:\n    greeting: {welcome: {preset: 66048}}\n    ifNoAnswer: {forwardTo: {extension: 1200}}\n`;
    expect(problemsOf(text)).toEqual([]);
  });
});

describe('the clock', () => {
  it('warns about ended ranges only relative to the injected date', () => {
    const text = `${USER_HEADER}states:\n  forward-all-calls:\n    enabled: true\n    schedule: {ranges: [{from: "2026-12-20T00:00", to: "2027-01-02T23:59"}]}\n`;
    expect(problemsOf(text, new Date(2026, 11, 1))).toEqual([]);
    expect(problemsOf(text, new Date(2027, 0, 3))).toHaveLength(1);
  });
});
