import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, useEmulator } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** issue 18 finding 6: a selection of no documents compared nothing, and says so. */
const t = useEmulator({ windowMs: 1000 });
let files: Awaited<ReturnType<typeof tempManifests>>;

beforeEach(async () => {
  files = await tempManifests();
  // A live difference the selection leaves out: "matches" would be false.
  await files.write('u.yaml', 'version: 1\nkind: User\nextension: "101"\nstates:\n  dnd: {enabled: true}\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: files.dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'base');
});
afterEach(() => files.cleanup());

describe('plan --changed-since with no changed document', () => {
  it('text says "0 documents selected", not that live matches the manifests', async () => {
    const run = await runCli(['plan', '--changed-since', 'HEAD', '.'], t.env, files.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '0 documents selected: no manifest changed since HEAD, so nothing was compared with the live configuration.',
    );
    expect(run.stdout).not.toContain('matches the manifests');
  });

  it('Markdown says it too', async () => {
    const run = await runCli(['plan', '--changed-since', 'HEAD', '--format', 'markdown', '.'], t.env, files.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 documents selected: no manifest changed since HEAD');
    expect(run.stdout).not.toContain('matches the manifests');
  });

  it('JSON carries the selection', async () => {
    const run = await runCli(['plan', '--changed-since', 'HEAD', '--format', 'json', '.'], t.env, files.dir);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.changes).toEqual([]);
    expect(plan.selection).toEqual({ documents: 0, changedSince: 'HEAD' });
  });

  it('a selection that holds documents plans them as before', async () => {
    await files.write('u.yaml', 'version: 1\nkind: User\nextension: "101"\nstates:\n  dnd: {enabled: false}\n');
    const run = await runCli(['plan', '--changed-since', 'HEAD', '--format', 'json', '.'], t.env, files.dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).selection).toEqual({ documents: 1, changedSince: 'HEAD' });
    const text = await runCli(['plan', '--changed-since', 'HEAD', '.'], t.env, files.dir);
    expect(text.stdout).toContain('No changes. Live configuration matches the manifests.');
  });
});
