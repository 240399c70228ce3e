import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * `--changed-since` on plan and apply (issue 18: apply selects like plan; issue 22 item 13:
 * names git would quote — non-ASCII, spaces, quotes, newlines — are still changed files).
 */
const t = useEmulator({ windowMs: 1000 });
const user = (ext: string) => `version: 1\nkind: User\nextension: "${ext}"\nstates:\n  dnd: {enabled: true}\n`;

async function repository() {
  const files = await tempManifests();
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: files.dir, stdio: 'pipe' });
  git('init', '-q');
  await files.write('users/unchanged.yaml', user('101'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  return { files, git };
}

const planned = (json: string) =>
  (JSON.parse(json) as { changes: { target: { extension?: string } }[] }).changes.map((c) => c.target.extension).sort();

describe('--changed-since', () => {
  it('plans changed files whose names git quotes: café, a space, a quote, a newline (committed and untracked)', async () => {
    const { files, git } = await repository();
    await files.write('users/café.yaml', user('102'));
    await files.write('users/with space.yaml', user('103'));
    git('add', '.');
    git('commit', '-q', '-m', 'two quoted names');
    await files.write('users/q"uote.yaml', user('104'));
    await files.write('users/new\nline.yaml', user('105'));
    const run = await runCli(['plan', '.', '--changed-since', 'HEAD~1', '--format', 'json'], t.env, files.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('planning 4 changed document(s)');
    expect(planned(run.stdout)).toEqual(['102', '103', '104', '105']);
  });

  it('apply --changed-since applies only the changed documents; apply --only only the named users', async () => {
    const { files, git } = await repository();
    await files.write('users/kim.yaml', user('102'));
    await files.write('users/jordan.yaml', user('103'));
    const run = await runCli(['apply', '.', '--changed-since', 'HEAD', '--only', '102', '--yes', '--format', 'json'], t.env, files.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('planning 2 changed document(s)');
    const targets = (JSON.parse(run.stdout) as { steps: { target: { extension?: string } }[] }).steps.map((s) => s.target.extension);
    expect(new Set(targets)).toEqual(new Set(['102']));
    expect(writes(t.emu).length).toBeGreaterThan(0);

    git('add', '.');
    git('commit', '-q', '-m', 'kim and jordan');
    t.emu.clearLog();
    const none = await runCli(['apply', '.', '--changed-since', 'HEAD', '--yes'], t.env, files.dir);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toContain('planning 0 changed document(s)');
    expect(writes(t.emu)).toEqual([]);
  });

  it('apply --plan with --changed-since or --only is refused: a saved plan is applied as it is', async () => {
    const { files } = await repository();
    const saved = await runCli(['plan', '.', '--out', 'plan.json'], t.env, files.dir);
    expect(saved.code).toBe(0);
    t.emu.clearLog();
    const run = await runCli(['apply', '--plan', 'plan.json', '--changed-since', 'HEAD', '--yes'], t.env, files.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--changed-since selects documents to plan; with --plan the saved plan is applied exactly as it is');
    expect(writes(t.emu)).toEqual([]);
  });
});
