import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** issue 18 finding 10: the documented recipe for a custom holiday greeting works as written. */
let files: Awaited<ReturnType<typeof tempManifests>>;
afterEach(() => files.cleanup());

describe('docs/holiday-greeting.md', () => {
  it('its files validate and its routing tests pass', async () => {
    files = await tempManifests();
    const doc = await readFile(new URL('../../docs/holiday-greeting.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n(# (\S+)\n[\s\S]*?)```/g)];
    expect(blocks.map((b) => b[2])).toEqual(['schedules/holidays.yaml', 'company.yaml', 'routing-tests/holidays.yaml']);
    for (const [, text, name] of blocks) await files.write(name, text);
    const validate = await runCli(['validate', '.'], {}, files.dir);
    expect(validate.code, validate.stderr).toBe(0);
    const test = await runCli(['test', '.'], {}, files.dir);
    expect(test.stdout).toContain('2 passed, 0 failed');
    expect(test.code).toBe(0);
  });

  it('its predefined-greeting variant validates and routes to the greeting, then the hang-up', async () => {
    files = await tempManifests();
    const doc = await readFile(new URL('../../docs/holiday-greeting.md', import.meta.url), 'utf8');
    const schedule = /```yaml\n(# schedules\/holidays\.yaml\n[\s\S]*?)```/.exec(doc)![1];
    const company = /```yaml\n(# company\.yaml, with a standard greeting[\s\S]*?)```/.exec(doc)![1];
    await files.write('schedules/holidays.yaml', schedule);
    await files.write('company.yaml', company);
    const validate = await runCli(['validate', '.'], {}, files.dir);
    expect(validate.code, validate.stderr).toBe(0);
    const sim = await runCli(['simulate', '.', '--company', '--from', '+14155550123', '--at', '2026-12-25T10:00'], {}, files.dir);
    expect(sim.stdout).toContain('greeting: welcome (company greeting, preset Holiday)');
    expect(sim.stdout).toContain('hangs up');
  });
});
