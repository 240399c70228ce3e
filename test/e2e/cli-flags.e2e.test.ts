import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { calls, runCli, withEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

let emu: RunningEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  ({ emu, env } = await withEmulator({ windowMs: 1000 }));
});
afterAll(async () => {
  await emu.stop();
});
beforeEach(() => {
  emu.reset();
  emu.clearLog();
});

describe('plan and apply flags (cli.md)', () => {
  it('--detailed-exitcode: 2 with changes, 0 without', async () => {
    expect((await runCli(['plan', '--detailed-exitcode', 'examples'], env)).code).toBe(2);
    expect((await runCli(['plan', 'examples'], env)).code).toBe(0);
  });

  it('--only plans and reads only the named users and sites', async () => {
    const run = await runCli(['plan', '--format', 'json', '--only', '103', '2001', 'examples'], env);
    expect(run.code).toBe(0);
    const owners = new Set(JSON.parse(run.stdout).changes.map((c: any) => c.target.extension));
    expect([...owners].sort()).toEqual(['103', '2001']);
    const read = new Set(calls(emu).filter((c) => /extensions?\/\d+\//.test(c)).map((c) => c.match(/extensions?\/(\d+)\//)![1]));
    expect([...read].sort()).toEqual(['63701632004', '84854000016']);
  });

  it('apply refuses without --yes when it cannot ask, and changes nothing', async () => {
    const run = await runCli(['apply', 'examples'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('needs --yes');
    expect(writes(emu)).toEqual([]);
  });

  it('--max-deletes refuses a plan with more deletes, and changes nothing', async () => {
    const files = await tempManifests();
    const rules = ['A', 'B', 'C'].map((n, i) => `  - name: ${n}\n    when: {callers: ["+1650111111${i}"]}\n    immediately: {voicemail: {}}\n`).join('');
    await files.write('u.yaml', `version: 1\nkind: User\nextension: "103"\nprune: true\ncustomRules:\n${rules}`);
    expect((await runCli(['apply', '--yes', files.dir], env)).code).toBe(0);
    await files.write('u.yaml', `version: 1\nkind: User\nextension: "103"\nprune: true\ncustomRules: []\n`);
    emu.clearLog();
    const refused = await runCli(['apply', '--yes', '--max-deletes', '2', files.dir], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('deletes 3 objects, more than --max-deletes 2');
    expect(writes(emu)).toEqual([]);
    const allowed = await runCli(['apply', '--yes', '--max-deletes', '3', files.dir], env);
    expect(allowed.code).toBe(0);
    expect(writes(emu)).toHaveLength(3);
    await files.cleanup();
  });

  it('apply --format json reports every step', async () => {
    const run = await runCli(['apply', '--yes', '--format', 'json', 'examples/users/jordan.yaml'], env);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.steps.length).toBeGreaterThan(0);
    expect(json.steps.every((s: any) => s.status === 'applied')).toBe(true);
  });

  it('a failed step skips what depends on it; a rerun finishes the job', async () => {
    emu.addFault({ type: 'status', status: 400, method: 'PATCH', path: 'states/work-hours', count: 1 });
    const first = await runCli(['apply', '--yes', 'examples/users/alex.yaml'], env);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/failed .*state work-hours/);
    expect(first.stdout).toMatch(/skipped .*state rule after-hours/);
    expect(first.stdout).toContain('Run ringform plan again');
    const second = await runCli(['apply', '--yes', 'examples/users/alex.yaml'], env);
    expect(second.code).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode', 'examples/users/alex.yaml'], env)).code).toBe(0);
  });
});
