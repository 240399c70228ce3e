import { describe, expect, it } from 'vitest';
import { readableRows } from '../../src/cli/pipeline/routing-impacts.js';
import { routingImpact } from '../../src/simulate/routing-impact.js';
import { user } from './helpers.js';

const BEFORE = user(`
states:
  work-hours:
    schedule: {weekly: {monday: &day ["09:00-17:00"], tuesday: *day, wednesday: *day, thursday: *day, friday: *day}}
rules:
  after-hours:
    immediately: {announcement: {greeting: {preset: "66560"}}}
`);

const VACATION = user(`
states:
  work-hours:
    schedule: {weekly: {monday: &day ["09:00-17:00"], tuesday: *day, wednesday: *day, thursday: *day, friday: *day}}
  forward-all-calls:
    enabled: true
    schedule: {ranges: [{from: "2026-12-19T00:00", to: "2027-01-02T23:59"}, {from: "2026-05-01T00:00", to: "2026-05-02T23:59"}]}
rules:
  after-hours:
    immediately: {announcement: {greeting: {preset: "66560"}}}
  forward-all-calls:
    immediately: {forwardTo: {phone: "+14082324343"}}
`);

describe('routing impact and the calendar', () => {
  const impact = routingImpact(BEFORE, VACATION, { week: '2026-06-01', today: '2026-06-01', timeZone: 'Europe/London' });

  it('calls on every day of a range outside the sample week, consecutive days with the same times as one span', () => {
    expect(impact.rows.map((r) => r.label)).toEqual([
      'Sat 2026-12-19 – Sun 2026-12-20 10:00, 22:00; Mon 2026-12-21 – Fri 2026-12-25 08:00, 22:00; Sat 2026-12-26 – Sun 2026-12-27 10:00, 22:00; Mon 2026-12-28 – Fri 2027-01-01 08:00, 22:00; Sat 2027-01-02 10:00, 22:00 Europe/London',
      'Mon 2026-12-21 – Fri 2026-12-25 10:00; Mon 2026-12-28 – Fri 2027-01-01 10:00 Europe/London',
    ]);
    // The day after the range (Sun 2027-01-03) was sampled too: nothing changes on it.
    expect(impact.dates).toContain('2027-01-03');
    expect(impact.rows[0].after.handledBy).toMatchObject({ kind: 'state', name: 'forward-all-calls' });
    expect(impact.timeZone).toBe('Europe/London');
  });

  it('leaves out ranges that ended before today', () => {
    expect(impact.rows.some((r) => r.label.includes('2026-05'))).toBe(false);
    const earlier = routingImpact(BEFORE, VACATION, { week: '2026-06-01' });
    expect(earlier.rows[0].label).toMatch(
      /^Fri 2026-05-01 08:00, 22:00; Sat 2026-05-02 10:00, 22:00; Sat 2026-12-19 – Sun 2026-12-20 10:00, 22:00;/,
    );
  });

  it('sample-week times carry the zone too', () => {
    const later = user(`
states:
  work-hours:
    schedule: {weekly: {monday: &day ["10:00-17:00"], tuesday: *day, wednesday: *day, thursday: *day, friday: *day}}
rules:
  after-hours:
    immediately: {announcement: {greeting: {preset: "66560"}}}
`);
    const moved = routingImpact(BEFORE, later, { week: '2026-06-01', timeZone: 'Europe/London' });
    expect(moved.rows.map((r) => r.label)).toEqual(['Mon–Fri 09:00 Europe/London']);
  });

  it('rows that read the same before and after are not shown', () => {
    const welcome = (id: string) =>
      user(`
rules:
  work-hours:
    greeting: {welcome: {custom: "${id}"}}
    ring: {groups: [{targets: [mobile-apps], seconds: 20}]}
`);
    const swapped = routingImpact(welcome('5072424004'), welcome('5072424005'), { week: '2026-06-01' });
    expect(swapped.rows.length).toBeGreaterThan(0);
    expect(readableRows(swapped.rows)).toEqual([]);
  });

  it('a holiday range shows each of its days and the reopening on the day after (issue 18 finding 9)', () => {
    const open = user(`
states:
  work-hours:
    schedule: {weekly: {monday: &day ["09:00-17:00"], tuesday: *day, wednesday: *day, thursday: *day, friday: *day}}
`);
    const closed = user(`
states:
  work-hours:
    schedule: {weekly: {monday: &day ["09:00-17:00"], tuesday: *day, wednesday: *day, thursday: *day, friday: *day}}
customRules:
  - name: Christmas closure
    when: {schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}}
    immediately: {voicemail: {}}
`);
    const christmas = routingImpact(open, closed, { week: '2026-12-07', today: '2026-12-07' });
    expect(christmas.dates).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']);
    expect(christmas.rows.map((r) => r.label)).toEqual([
      'Thu 2026-12-24 – Fri 2026-12-25 08:00, 22:00; Sat 2026-12-26 10:00, 22:00',
      'Thu 2026-12-24 – Fri 2026-12-25 10:00',
    ]);
    expect(christmas.rows.every((r) => r.after.handledBy.name === 'Christmas closure')).toBe(true);
  });

  it('a rule renamed in place is no change of who rings when', () => {
    const rule = (name: string) =>
      user(`
customRules:
  - name: ${name}
    when: {callers: ["+16501111111"]}
    immediately: {voicemail: {}}
`);
    const renamed = routingImpact(rule('Lunch break'), rule('Lunch hour'), {
      week: '2026-12-07',
      renames: new Map([['Lunch break', 'Lunch hour']]),
    });
    expect(renamed.rows).toEqual([]);
    expect(routingImpact(rule('Lunch break'), rule('Lunch hour'), { week: '2026-12-07' }).rows.length).toBeGreaterThan(0);
  });
});
