import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * One holiday calendar (issue 21): a `kind: Schedule` used by the company's custom rule, a site's
 * custom rule, a call queue's custom rule and a user's forward-all-calls. Editing the calendar plans every rule that uses it,
 * each naming the Schedule; a pull request that touches only the calendar plans them all.
 */
const t = useEmulator({ windowMs: 1000 });

const CALENDAR = `version: 1
kind: Schedule
name: us-holidays-2026
schedule:
  ranges:
    - {from: "2026-12-24T00:00", to: "2026-12-26T23:59"}
`;
const NEW_YEAR = `    - {from: "2026-12-31T00:00", to: "2027-01-01T23:59"}\n`;

const DOCUMENTS: Record<string, string> = {
  'company.yaml': `version: 1
kind: Company
customRules:
  - name: Holiday closure
    when: {schedule: {use: us-holidays-2026}}
    transferTo: "1700"
`,
  'sites/london.yaml': `version: 1
kind: Site
site: {name: "London Office"}
customRules:
  - name: Holiday closure
    when: {schedule: {use: us-holidays-2026}}
    transferTo: "1700"
`,
  'queues/support.yaml': `version: 1
kind: CallQueue
queue: {name: "Support Queue"}
customRules:
  - name: Holiday closure
    when: {schedule: {use: us-holidays-2026}}
    voicemail: {}
`,
  'users/kim.yaml': `version: 1
kind: User
extension: "102"
states:
  forward-all-calls:
    enabled: true
    schedule: {use: us-holidays-2026}
`,
};

interface JsonChange {
  kind: string;
  action: string;
  target: { name: string };
  schedules?: { name: string; file: string; line: number; column: number }[];
}

describe('a shared Schedule', () => {
  it('changes every rule that uses it, names itself in every format, applies, and the next plan is empty', async () => {
    const files = await tempManifests();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: files.dir });
    await files.write('schedules/holidays.yaml', CALENDAR);
    for (const [name, text] of Object.entries(DOCUMENTS)) await files.write(name, text);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    expect((await runCli(['apply', '--yes', '.'], t.env, files.dir)).code).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode', '.'], t.env, files.dir)).code).toBe(0);

    // Only the calendar changes: New Year's Eve is added.
    await files.write('schedules/holidays.yaml', CALENDAR + NEW_YEAR);
    git('commit', '-q', '-am', 'calendar');
    const json = await runCli(['plan', '--format', 'json', '.'], t.env, files.dir);
    expect(json.code).toBe(0);
    const changes = (JSON.parse(json.stdout) as { changes: JsonChange[] }).changes;
    const cause = { name: 'us-holidays-2026', file: 'schedules/holidays.yaml', line: 3, column: 7 };
    expect(changes.map((c) => [c.action, c.kind, c.target.name, c.schedules])).toEqual([
      ['update', 'user-state', 'forward-all-calls', [cause]],
      ['update', 'site-custom-rule', 'Holiday closure', [cause]],
      ['update', 'company-custom-rule', 'Holiday closure', [cause]],
      ['update', 'queue-custom-rule', 'Holiday closure', [cause]],
    ]);

    const text = await runCli(['plan', '.'], { ...t.env, RINGFORM_NOW: '2026-11-22T09:00:00Z' }, files.dir);
    expect(text.stdout.match(/schedule from Schedule us-holidays-2026 \(schedules\/holidays\.yaml:3:7\)/g)).toHaveLength(4);
    expect(text.stdout).toContain('Plan: 0 to create, 4 to update, 0 to delete.');
    const markdown = await runCli(['plan', '--format', 'markdown', '.'], t.env, files.dir);
    expect(markdown.stdout).toContain('#### Schedule `us-holidays-2026` changed: 4 rules');

    // A pull request that edits only the calendar plans every document that uses it.
    const pr = await runCli(['plan', '--format', 'json', '--changed-since', 'HEAD~1', '.'], t.env, files.dir);
    expect(pr.stderr).toContain('planning 4 changed document(s), 4 of them through a changed Schedule');
    expect((JSON.parse(pr.stdout) as { changes: JsonChange[] }).changes).toHaveLength(4);

    expect((await runCli(['apply', '--yes', '.'], t.env, files.dir)).code).toBe(0);
    t.emu.clearLog();
    const again = await runCli(['plan', '--detailed-exitcode', '.'], t.env, files.dir);
    expect(again.code).toBe(0);
    expect(writes(t.emu)).toEqual([]);

    // The routing impact samples the calendar's new ranges and the ones it no longer has.
    const now = { ...t.env, RINGFORM_NOW: '2026-11-22T09:00:00Z' };
    expect(text.stdout).toMatch(
      /Thu 2026-12-31 (– Fri 2027-01-01 )?10:00[^\n]*\n\s+before: business-hours rule[^\n]*\n\s+after:\s+custom rule "Holiday closure"/,
    );
    await files.write('schedules/holidays.yaml', CALENDAR.replace(/ {4}- \{from: "2026-12-24.*\n/, '') + NEW_YEAR);
    const removed = await runCli(['plan', '.'], now, files.dir);
    expect(removed.stdout).toMatch(/Thu 2026-12-24 (– Fri 2026-12-25 )?10:00[^\n]*\n\s+before: custom rule "Holiday closure"/);
    await files.cleanup();
  });

  it('reports every mistake in uses at its file:line, all at once, before any API call', async () => {
    const files = await tempManifests();
    await files.write('schedules/holidays.yaml', CALENDAR);
    await files.write('schedules/z-copy.yaml', CALENDAR);
    await files.write(
      'schedules/weekdays.yaml',
      'version: 1\nkind: Schedule\nname: weekdays\nschedule: {weekly: {monday: ["08:00-17:00"]}}\n',
    );
    await files.write('schedules/unused.yaml', CALENDAR.replace('us-holidays-2026', 'unused'));
    await files.write(
      'users/kim.yaml',
      `version: 1
kind: User
extension: "102"
states:
  work-hours:
    schedule: {use: us-holidays-2026}
customRules:
  - name: Closed
    when: {schedule: {use: [us-holidays-2026, weekdays]}}
    immediately: {voicemail: {}}
`,
    );
    await files.write('company.yaml', DOCUMENTS['company.yaml'].replace('use: us-holidays-2026', 'use: us-holiday-2026'));
    const run = await runCli(['plan', '.'], t.env, files.dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l));
    expect(lines.map((l) => l.split('  ').slice(0, 2).join('  '))).toEqual([
      'company.yaml:5:28  customRules[0].when.schedule.use',
      'schedules/unused.yaml:3:7  name',
      'schedules/z-copy.yaml:3:7  name',
      'users/kim.yaml:6:21  states.work-hours.schedule.use',
      'users/kim.yaml:9:23  customRules[0].when.schedule.use',
    ]);
    expect(run.stderr).toContain('no Schedule named "us-holiday-2026"');
    expect(run.stderr).toContain('also defined at schedules/holidays.yaml:3:7');
    expect(run.stderr).toContain('warning: Schedule "unused" is not used');
    expect(run.stderr).toContain(
      'Schedule "us-holidays-2026" (schedules/holidays.yaml:3:7) cannot be used here: a ranges schedule is not allowed for work-hours',
    );
    expect(run.stderr).toContain('"weekdays" is weekly (schedules/weekdays.yaml:3:7)');
    expect(t.emu.log).toEqual([]);
    await files.cleanup();
  });
});
