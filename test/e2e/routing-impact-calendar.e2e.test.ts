import { afterEach, describe, expect, it } from 'vitest';
import { runCli, useEmulator } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

const t = useEmulator({ windowMs: 1000 });
let files: Awaited<ReturnType<typeof tempManifests>>;

afterEach(async () => {
  await files?.cleanup();
});

// Monday 2026-11-30 at 09:00: the sample week is 7–13 December; the vacation starts three
// weeks out, on Monday 21 December, outside it.
const NOW = '2026-11-30T09:00:00Z';

/** Sam (105) lives in Europe/London in the demo account. */
const VACATION = `version: 1
kind: User
extension: "105"
states:
  forward-all-calls:
    enabled: true
    schedule: {ranges: [{from: "2026-12-21T00:00", to: "2027-01-02T23:59"}]}
rules:
  forward-all-calls:
    immediately: {forwardTo: {phone: "+14082324343"}}
`;

describe('routing impact sees the calendar', () => {
  it('a forward-all-calls range three weeks out gets calls, with the owner\u2019s time zone', async () => {
    files = await tempManifests();
    await files.write('sam.yaml', VACATION);
    const run = await runCli(['plan', files.dir], { ...t.env, RINGFORM_NOW: NOW });
    expect(run.code).toBe(0);
    const impact = run.stdout.slice(run.stdout.indexOf('Who rings when: 105'));
    // Every day of the vacation, as one span (issue 18: not only its first day).
    expect(impact).toMatch(
      /\n {2}Mon 2026-12-21 – Sat 2027-01-02 10:00, 22:00 Europe\/London\n {4}before: .*\n {4}after: +.*\+14082324343/,
    );
    expect(impact).toContain(
      'Who rings when: 105 (Sam Rivera), in the week Mon 2026-12-07 – Sun 2026-12-13 and on Mon 2026-12-21 – Sun 2027-01-03',
    );
    // Nothing changes in the sample week: every row shown lies in the vacation.
    const labels = impact.split('\n').filter((l) => /^ {2}\S/.test(l) && !/representative calls/.test(l));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels)
      expect(label).toMatch(/^ {2}\w{3} 202[67]-\d\d-\d\d( – \w{3} 202[67]-\d\d-\d\d)? \d\d:\d\d[^a-z]*Europe\/London/);
  });

  it('Markdown shows the same rows, and no row reads the same before and after', async () => {
    files = await tempManifests();
    await files.write('sam.yaml', VACATION);
    const run = await runCli(['plan', '--format', 'markdown', files.dir], { ...t.env, RINGFORM_NOW: NOW });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| Mon 2026-12-21 – Sat 2027-01-02 10:00, 22:00 Europe/London |');
    for (const row of run.stdout.split('\n').filter((l) => /^\| \w{3} .*Europe\/London/.test(l))) {
      const [, before, after] = row.split(' | ');
      expect(before).not.toBe(after);
    }
  });

  it('a range that ended before today is not sampled', async () => {
    files = await tempManifests();
    await files.write('sam.yaml', VACATION);
    const run = await runCli(['plan', files.dir], { ...t.env, RINGFORM_NOW: '2027-01-05T09:00:00Z' });
    expect(run.stdout).not.toMatch(/2026-12-2\d \d\d:\d\d/);
  });
});
