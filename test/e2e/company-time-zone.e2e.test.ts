import { afterEach, describe, expect, it } from 'vitest';
import { calls, runCli, useEmulator } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** issue 18 finding 9: the main number's routing impact gives times in the company's time zone, read from the account. */
const t = useEmulator({ windowMs: 1000 });
let files: Awaited<ReturnType<typeof tempManifests>>;
afterEach(() => files.cleanup());

describe('routing impact of the main number', () => {
  it("names the account's time zone on every row", async () => {
    files = await tempManifests();
    await files.write(
      'company.yaml',
      'version: 1\nkind: Company\nbusinessHours:\n  schedule: {weekly: {monday: ["08:00-18:00"], tuesday: ["08:00-18:00"]}}\n',
    );
    const run = await runCli(['plan', files.dir], { ...t.env, RINGFORM_NOW: '2026-12-01T09:00:00Z' });
    expect(run.code, run.stderr).toBe(0);
    const impact = run.stdout.slice(run.stdout.indexOf('Who rings when: main number'));
    const rows = impact.split('\n').filter((l) => /^ {2}\S/.test(l) && !/representative calls/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    // The demo account is in America/Los_Angeles.
    for (const row of rows) expect(row).toContain(' America/Los_Angeles');
    expect(calls(t.emu)).toContain('GET /restapi/v1.0/account/~');
  });
});
