import { describe, expect, it } from 'vitest';
import { calls, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

const t = useEmulator({ windowMs: 1000 });

describe('plan and apply flags (cli.md)', () => {
  it('--detailed-exitcode: 2 with changes, 0 without', async () => {
    expect((await runCli(['plan', '--detailed-exitcode', 'examples'], t.env)).code).toBe(2);
    expect((await runCli(['plan', 'examples'], t.env)).code).toBe(0);
  });

  it('--only plans and reads only the named users and sites', async () => {
    const run = await runCli(['plan', '--format', 'json', '--only', '103', '2001', 'examples'], t.env);
    expect(run.code).toBe(0);
    const owners = new Set(JSON.parse(run.stdout).changes.map((c: any) => c.target.extension));
    expect([...owners].sort()).toEqual(['103', '2001']);
    const read = new Set(
      calls(t.emu)
        .filter((c) => /extensions?\/\d+\//.test(c))
        .map((c) => c.match(/extensions?\/(\d+)\//)![1]),
    );
    expect([...read].sort()).toEqual(['63701632004', '84854000016']);
  });

  it('--summary writes the whole plan as Markdown beside the comment-sized output (issue 22 item 14)', async () => {
    const files = await tempManifests();
    const run = await runCli(['plan', 'examples', '--format', 'markdown', '--summary', `${files.dir}/summary.md`], t.env);
    expect(run.code, run.stderr).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const summary = await readFile(`${files.dir}/summary.md`, 'utf8');
    expect(summary.startsWith('### ringform plan')).toBe(true);
    expect(summary).toBe(run.stdout);
    expect(writes(t.emu)).toEqual([]);
    await files.cleanup();
  });

  it('apply refuses without --yes when it cannot ask, and changes nothing', async () => {
    const run = await runCli(['apply', 'examples'], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('needs --yes');
    expect(writes(t.emu)).toEqual([]);
  });

  it('--max-deletes refuses a plan with more deletes, and changes nothing', async () => {
    const files = await tempManifests();
    const rules = ['A', 'B', 'C']
      .map((n, i) => `  - name: ${n}\n    when: {callers: ["+1650111111${i}"]}\n    immediately: {voicemail: {}}\n`)
      .join('');
    await files.write('u.yaml', `version: 1\nkind: User\nextension: "103"\nprune: true\ncustomRules:\n${rules}`);
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write('u.yaml', `version: 1\nkind: User\nextension: "103"\nprune: true\ncustomRules: []\n`);
    t.emu.clearLog();
    const refused = await runCli(['apply', '--yes', '--max-deletes', '2', files.dir], t.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('deletes 3 objects, more than --max-deletes 2');
    expect(writes(t.emu)).toEqual([]);
    const allowed = await runCli(['apply', '--yes', '--max-deletes', '3', files.dir], t.env);
    expect(allowed.code).toBe(0);
    expect(writes(t.emu)).toHaveLength(3);
    await files.cleanup();
  });

  it('apply --format json reports every step', async () => {
    const run = await runCli(['apply', '--yes', '--format', 'json', 'examples/users/jordan.yaml'], t.env);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.steps.length).toBeGreaterThan(0);
    expect(json.steps.every((s: any) => s.status === 'applied')).toBe(true);
  });

  it('a failed step skips what depends on it; a rerun finishes the job', async () => {
    t.emu.addFault({ type: 'status', status: 400, method: 'PATCH', path: 'states/work-hours', count: 1 });
    const first = await runCli(['apply', '--yes', 'examples/users/alex.yaml'], t.env);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/failed .*state work-hours/);
    expect(first.stdout).toMatch(/skipped .*state rule after-hours/);
    expect(first.stdout).toContain('Run ringform plan again');
    const second = await runCli(['apply', '--yes', 'examples/users/alex.yaml'], t.env);
    expect(second.code).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode', 'examples/users/alex.yaml'], t.env)).code).toBe(0);
  });
});

describe('files the user names', () => {
  it('a saved plan that does not exist, or an --out that cannot be written, is a clear error', async () => {
    const missing = await runCli(['apply', '--yes', '--plan', '/nonexistent/plan.json'], t.env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('Error: cannot open /nonexistent/plan.json: no such file or directory\n');
    const out = await runCli(['plan', '--out', '/nonexistent/dir/plan.json', 'examples/users/jordan.yaml'], t.env);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('Error: cannot open /nonexistent/dir/plan.json: no such file or directory');
    expect(out.stderr).not.toContain('bug in ringform');
  });
});
