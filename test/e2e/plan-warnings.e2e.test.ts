import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, useEmulator } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** issue 18 finding 7: each warning once, and with a selection only the planned documents' warnings. */
const t = useEmulator({ windowMs: 1000 });
let files: Awaited<ReturnType<typeof tempManifests>>;
beforeEach(async () => {
  files = await tempManifests();
});
afterEach(() => files.cleanup());

/** A user whose custom rule's date range ended long ago: a lint warning at the range. */
const ended = (ext: string) => `version: 1
kind: User
extension: "${ext}"
customRules:
  - name: Old closure
    when: {schedule: {ranges: [{from: "2020-01-01T00:00", to: "2020-01-02T23:59"}]}}
    immediately: {voicemail: {}}
`;
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('plan warnings', () => {
  it('each warning once on a terminal (stdout and stderr together)', async () => {
    await files.write('a.yaml', ended('101'));
    const run = await runCli(['plan', files.dir], t.env);
    expect(run.code, run.stderr).toBe(0);
    expect(count(run.stdout + run.stderr, 'it no longer matches any call')).toBe(1);
    expect(run.stdout).toContain('! warning: ');
  });

  it('--only warns only about the documents it plans', async () => {
    await files.write('a.yaml', ended('101'));
    await files.write('b.yaml', ended('102'));
    const run = await runCli(['plan', '--only', '101', files.dir], t.env);
    expect(run.code, run.stderr).toBe(0);
    const all = run.stdout + run.stderr;
    expect(count(all, 'it no longer matches any call')).toBe(1);
    expect(all).toContain('a.yaml');
    expect(all).not.toContain('b.yaml');
    const json = JSON.parse((await runCli(['plan', '--only', '101', '--format', 'json', files.dir], t.env)).stdout);
    expect(json.warnings.map((w: { file: string }) => w.file.split('/').pop())).toEqual(['a.yaml']);
  });

  it('--changed-since, on plan and on apply, warns only about the changed documents', async () => {
    await files.write('a.yaml', ended('101'));
    await files.write('b.yaml', ended('102'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: files.dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'base');
    await files.write('a.yaml', `${ended('101')}# changed\n`);
    for (const args of [['plan'], ['apply', '--yes']]) {
      const run = await runCli([...args, '--changed-since', 'HEAD', '.'], t.env, files.dir);
      expect(run.code, run.stderr).toBe(0);
      const all = run.stdout + run.stderr;
      expect(count(all, 'it no longer matches any call')).toBe(1);
      expect(all).toContain('a.yaml');
      expect(all).not.toContain('b.yaml');
    }
  });
});
