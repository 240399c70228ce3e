import { describe, expect, it } from 'vitest';
import { renderRoutingImpactMarkdown } from '../../src/render/routing-impact-markdown.js';
import { renderScheduleChart } from '../../src/render/routing-impact-schedule-chart.js';
import { renderRoutingImpactText } from '../../src/render/routing-impact-text.js';
import { routingImpact } from '../../src/simulate/routing-impact.js';
import { expectGolden } from './golden.js';
import { site, user } from './helpers.js';

const RULES = `
rules:
  work-hours:
    ring: {groups: [{targets: [mobile-apps], seconds: 20}, {targets: [desktop-apps], seconds: 20}]}
    ifNoAnswer: {voicemail: {}}
  after-hours:
    immediately: {forwardTo: {extension: "1200"}}
customRules:
  - name: VIP Calls After-Hours
    when: {callers: ["+16501111111"], state: after-hours}
    immediately: {forwardTo: {phone: "+14082324343"}}
`;

const BEFORE = user(`
states:
  work-hours:
    schedule: {weekly: {monday: &day ["08:00-16:00"], tuesday: *day, wednesday: *day, thursday: *day, friday: *day}}
${RULES}`);

const AFTER = user(`
states:
  work-hours:
    schedule:
      weekly: {monday: &day ["09:00-17:00"], tuesday: *day, wednesday: *day, thursday: *day, friday: ["09:00-13:00"]}
${RULES}`);

describe('routing impact', () => {
  const impact = routingImpact(BEFORE, AFTER, { week: '2026-06-01' });

  it('keeps only the calls whose handling changes, at the times where the hours moved', () => {
    expect(impact.rows.map((r) => r.label)).toEqual([
      'Mon–Fri 08:00',
      'Mon–Fri 08:00 from +16501111111 ("VIP Calls After-Hours")',
      'Mon–Thu 16:00',
      'Mon–Thu 16:00 from +16501111111 ("VIP Calls After-Hours")',
      'Fri 13:00',
      'Fri 13:00 from +16501111111 ("VIP Calls After-Hours")',
    ]);
    expect(impact.hours.changed).toBe(true);
  });

  it('renders Markdown with a before/after chart of the work hours (golden)', () => {
    expectGolden('impact-work-hours.md', renderRoutingImpactMarkdown(impact));
    expectGolden('impact-work-hours.txt', renderRoutingImpactText(impact));
  });

  it('finds nothing when nothing changes, and no chart', () => {
    const same = routingImpact(BEFORE, BEFORE, { week: '2026-06-01' });
    expect(same.rows).toEqual([]);
    expect(renderRoutingImpactMarkdown(same)).toBe(
      `#### Who rings when: 101\n\nCalls in the week Mon 2026-06-01 – Sun 2026-06-07.\n\nNo change to who rings when (${same.checked} representative calls checked).\n`,
    );
  });

  it('probes each custom rule with a caller it lists, at every representative time', () => {
    const changed = user(`
states: {work-hours: {schedule: {weekly: {monday: ["08:00-16:00"]}}}}
${RULES.replace('+14082324343', '+14085550000')}`);
    const base = user(`
states: {work-hours: {schedule: {weekly: {monday: ["08:00-16:00"]}}}}
${RULES}`);
    const rows = routingImpact(base, changed, { week: '2026-06-01' }).rows;
    expect(rows.map((r) => [r.label, r.before.endsAt.target, r.after.endsAt.target])).toEqual([
      ['Mon 07:00 from +16501111111 ("VIP Calls After-Hours")', '+14082324343', '+14085550000'],
      ['Mon–Sun 22:00 from +16501111111 ("VIP Calls After-Hours")', '+14082324343', '+14085550000'],
      ['Tue–Sun 10:00 from +16501111111 ("VIP Calls After-Hours")', '+14082324343', '+14085550000'],
    ]);
  });

  it('compares sites on their business hours', () => {
    const before = site(
      'businessHours: {schedule: {weekly: {monday: ["09:00-17:00"]}}}\nrules: {business-hours: {transferTo: "1500"}, after-hours: {transferTo: "1600"}}',
    );
    const after = site('businessHours: {schedule: always}\nrules: {business-hours: {transferTo: "1500"}}');
    const impact = routingImpact(before, after, { week: '2026-06-01' });
    expect(impact.hours.label).toBe('business hours');
    // Monday 17:00-24:00 is represented by 22:00, so it groups with the other evenings.
    expect(impact.rows.map((r) => r.label)).toEqual(['Mon 08:00', 'Mon–Sun 22:00', 'Tue–Sun 10:00']);
  });
});

describe('schedule chart', () => {
  it('draws one section per weekday, closed days as milestones, the end of day as 23:59', () => {
    const chart = renderScheduleChart('work hours: 101', [
      { name: 'hours', schedule: user('states: {work-hours: {schedule: {weekly: {saturday: ["18:00-24:00"]}}}}').workHours },
    ]);
    expect(chart).toContain('    title work hours 101\n');
    expect(chart).toContain('    section Saturday\n    hours :done, 18:00, 23:59\n');
    expect(chart).toContain('    section Monday\n    hours closed :milestone, 00:00, 0m\n');
    expect(chart.startsWith('```mermaid\ngantt\n')).toBe(true);
  });
});
