import { describe, expect, it } from 'vitest';
import { by, route, user } from './helpers.js';

// 2026-06-01 is a Monday; 2026-06-06 a Saturday.
const MON_10 = '2026-06-01T10:00';
const MON_22 = '2026-06-01T22:00';
const SAT_10 = '2026-06-06T10:00';

const WEEKDAY_HOURS = `
states:
  work-hours:
    schedule: {weekly: {monday: ["08:00-16:00"], friday: ["08:00-12:00"]}}
`;

describe('the user hierarchy', () => {
  it('uses work hours inside the schedule and after hours outside it', () => {
    const m = user(WEEKDAY_HOURS);
    expect(by(route(m, MON_10))).toBe('state work-hours');
    expect(by(route(m, MON_22))).toBe('state after-hours');
    expect(by(route(m, SAT_10))).toBe('state after-hours');
  });

  it('treats a user without a work-hours schedule as always in work hours', () => {
    const m = user('{}');
    expect(by(route(m, MON_22))).toBe('state work-hours');
    expect(by(route(m, '2026-06-07T03:00'))).toBe('state work-hours');
  });

  it('says when a rule is RingCentral default: work hours ring mobile and desktop apps at once, then voicemail', () => {
    const o = route(user('{}'), MON_10);
    expect(o.handledBy).toEqual({ kind: 'state', name: 'work-hours', default: true });
    expect(o.ring).toEqual([{ targets: ['mobile-apps', 'desktop-apps'], seconds: 20, default: true }]);
    expect(o.endsAt).toEqual({ type: 'voicemail', default: true });
    expect(by(route(user(WEEKDAY_HOURS), MON_22))).toBe('state after-hours');
    expect(route(user(WEEKDAY_HOURS), MON_22).endsAt).toEqual({ type: 'voicemail', default: true });
  });

  it('puts forward-all-calls first, over custom rules and dnd', () => {
    const m = user(`
states:
  forward-all-calls: {enabled: true, schedule: {daily: "09:00-12:00"}}
  dnd: {enabled: true}
rules:
  forward-all-calls: {immediately: {forwardTo: {phone: "+14085550100"}}}
customRules:
  - {name: Everyone, when: {callers: ["+12025550123"]}, immediately: {voicemail: {}}}
`);
    const o = route(m, MON_10);
    expect(by(o)).toBe('state forward-all-calls');
    expect(o.endsAt).toEqual({ type: 'forward', target: '+14085550100', targetType: 'phone' });
    expect(by(route(m, '2026-06-01T12:00'))).toBe('state dnd');
  });

  it('does not match a forward-all-calls range that has ended, nor a disabled one', () => {
    const ranges = `{ranges: [{from: "2026-05-01T00:00", to: "2026-05-31T23:59"}]}`;
    expect(by(route(user(`states: {forward-all-calls: {enabled: true, schedule: ${ranges}}}`), MON_10))).toBe('state work-hours');
    expect(by(route(user(`states: {forward-all-calls: {enabled: true, schedule: ${ranges}}}`), '2026-05-31T23:59:59'))).toBe(
      'state forward-all-calls',
    );
    expect(by(route(user('states: {forward-all-calls: {enabled: false}}'), MON_10))).toBe('state work-hours');
  });

  it('puts dnd before custom rules', () => {
    const m = user(`
states: {dnd: {enabled: true}}
customRules: [{name: VIP, when: {callers: ["+12025550123"]}, immediately: {voicemail: {}}}]
`);
    expect(by(route(m, MON_10))).toBe('state dnd');
    expect(route(m, MON_10).endsAt).toEqual({ type: 'voicemail', default: true });
  });

  it('skips disabled custom rules', () => {
    const m = user('customRules: [{name: Off, enabled: false, when: {callers: ["+12025550123"]}, immediately: {voicemail: {}}}]');
    expect(by(route(m, MON_10))).toBe('state work-hours');
  });
});

describe('custom rule conditions', () => {
  const m = user(`${WEEKDAY_HOURS}
customRules:
  - name: VIP after hours
    when: {callers: ["+16501111111", {number: "(650) 222-2222", name: "Sandra Bell"}], state: after-hours}
    immediately: {forwardTo: {phone: "+14082324343"}}
  - name: Key accounts
    when: {calledNumbers: ["+16505550100"]}
    immediately: {voicemail: {}}
  - name: Holidays
    when: {schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}}
    immediately: {announcement: {greeting: {preset: "66560"}}}
  - name: Lunch
    when: {schedule: {weekly: {monday: ["12:00-13:00"]}}}
    immediately: {voicemail: {}}
`);

  it('matches callers on number (written in any format) and a state on the work-hours schedule', () => {
    expect(by(route(m, MON_22, { from: '+16502222222' }))).toBe('custom-rule VIP after hours');
    expect(by(route(m, MON_10, { from: '+16502222222' }))).toBe('state work-hours');
    expect(by(route(m, MON_22, { from: '+16503333333' }))).toBe('state after-hours');
  });

  it('matches called numbers only when the called number is known', () => {
    expect(by(route(m, MON_10, { to: '+16505550100' }))).toBe('custom-rule Key accounts');
    expect(by(route(m, MON_10, { to: '(650) 555-0100' }))).toBe('custom-rule Key accounts');
    expect(by(route(m, MON_10))).toBe('state work-hours');
    expect(by(route(m, MON_10, { to: '+16505550199' }))).toBe('state work-hours');
  });

  it('matches date ranges including their start and, with a 23:59 end, all of the last day', () => {
    expect(by(route(m, '2026-12-24T00:00'))).toBe('custom-rule Holidays');
    expect(by(route(m, '2026-12-26T23:59:59'))).toBe('custom-rule Holidays');
    expect(by(route(m, '2026-12-27T00:00'))).not.toBe('custom-rule Holidays');
    expect(by(route(m, '2026-12-23T23:59:59'))).not.toBe('custom-rule Holidays');
  });

  it('matches weekly windows including the start and excluding the end', () => {
    expect(by(route(m, '2026-06-01T12:00'))).toBe('custom-rule Lunch');
    expect(by(route(m, '2026-06-01T12:59:59'))).toBe('custom-rule Lunch');
    expect(by(route(m, '2026-06-01T13:00'))).toBe('state work-hours');
    expect(by(route(m, '2026-06-02T12:30'))).toBe('state after-hours');
  });
});

describe('end of day', () => {
  it.each(['23:59', '23:59:59', '24:00'])('a window ending %s covers the whole day', (end) => {
    const m = user(`states: {work-hours: {schedule: {weekly: {monday: ["18:00-${end}"]}}}}`);
    expect(by(route(m, '2026-06-01T23:59:59'))).toBe('state work-hours');
    expect(by(route(m, '2026-06-01T17:59:59'))).toBe('state after-hours');
    expect(by(route(m, '2026-06-02T00:00'))).toBe('state after-hours');
  });

  it('a work-hours window ending at 16:00 excludes 16:00 itself', () => {
    expect(by(route(user(WEEKDAY_HOURS), '2026-06-01T15:59:59'))).toBe('state work-hours');
    expect(by(route(user(WEEKDAY_HOURS), '2026-06-01T16:00'))).toBe('state after-hours');
  });
});

describe('queue calls', () => {
  const base = `
states:
  work-hours: {schedule: {weekly: {monday: ["08:00-16:00"]}}}
  agent: {schedule: {weekly: {monday: ["09:00-12:00"]}}}
rules:
  agent: {ring: {groups: [{targets: [desktop-apps], seconds: 30}]}}
`;

  it('go to the agent state on its own schedule, ring, and end only when answered', () => {
    const o = route(user(base), MON_10, { queue: true });
    expect(by(o)).toBe('state agent');
    expect(o.ring).toEqual([{ targets: ['desktop-apps'], seconds: 30 }]);
    expect(o.endsAt.type).toBe('answered-only');
    const outside = route(user(base), '2026-06-01T13:00', { queue: true });
    expect(outside.ring).toEqual([]);
    expect(outside.notes[0]).toMatch(/outside the agent schedule/);
  });

  it('follow work hours and the work-hours ring settings when the agent is same-as-work-hours', () => {
    const m = user(`
states: {work-hours: {schedule: {weekly: {monday: ["08:00-16:00"]}}}, agent: {schedule: same-as-work-hours}}
rules: {work-hours: {ring: {groups: [{targets: [mobile-apps], seconds: 25}]}}}
`);
    expect(route(m, MON_10, { queue: true }).ring).toEqual([{ targets: ['mobile-apps'], seconds: 25 }]);
    expect(route(m, MON_22, { queue: true }).ring).toEqual([]);
  });

  it('reach custom rules only with queueCalls: true', () => {
    const rule = (queueCalls: boolean) =>
      user(`${base}
customRules: [{name: Q, queueCalls: ${queueCalls}, when: {callers: ["+12025550123"]}, immediately: {voicemail: {}}}]`);
    expect(by(route(rule(false), MON_10, { queue: true }))).toBe('state agent');
    expect(by(route(rule(true), MON_10, { queue: true }))).toBe('custom-rule Q');
    expect(by(route(rule(false), MON_10))).toBe('custom-rule Q');
  });

  it('skip a user in forward-all-calls or dnd', () => {
    const fac = route(user('states: {forward-all-calls: {enabled: true}}'), MON_10, { queue: true });
    expect(by(fac)).toBe('state forward-all-calls');
    expect(fac.ring).toEqual([]);
    expect(fac.endsAt.type).toBe('answered-only');
    expect(by(route(user('states: {dnd: {enabled: true}}'), MON_10, { queue: true }))).toBe('state dnd');
  });

  it('skip a user whose agent state is off', () => {
    const o = route(user('states: {agent: {enabled: false}}'), MON_10, { queue: true });
    expect(o.ring).toEqual([]);
    expect(o.notes[0]).toMatch(/agent state is off/);
  });
});
