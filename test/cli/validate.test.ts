import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function testIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: {},
    cwd: REPO,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('ringform validate (in-process)', () => {
  it('accepts the examples', async () => {
    const t = testIO();
    const code = await main(['validate', 'examples'], t.io);
    expect(t.stderr()).toBe('');
    expect(code).toBe(0);
    expect(t.stdout()).toBe(
      '15 files, 18 documents valid (5 users, 2 sites, 1 call queue, 2 IVR menus, the company, 1 Schedule, 7 routing tests).\n',
    );
  });

  it('prints every problem as file:line:col  json.path  message and exits 1', async () => {
    const t = testIO();
    // Named out of order: output is sorted by file, then line.
    const code = await main(
      ['validate', 'test/fixtures/bad/site-schedule-bad-ref.yaml', 'test/fixtures/bad/seconds-not-multiple-of-5.yaml'],
      t.io,
    );
    expect(code).toBe(1);
    expect(t.stdout()).toBe('');
    expect(t.stderr().split('\n')).toEqual([
      'test/fixtures/bad/seconds-not-multiple-of-5.yaml:7:55  rules.work-hours.ring.groups[0].seconds  seconds must be a multiple of 5 (one ring is about 5 seconds), got 7',
      'test/fixtures/bad/site-schedule-bad-ref.yaml:8:23  customRules[0].when.schedule.ref  "ref" must be one of business-hours, after-hours (got the string "lunch-hours")',
      'Error: manifests are not valid: 2 errors in 2 files',
      '',
    ]);
  });

  it('prints warnings but exits 0', async () => {
    const t = testIO();
    const code = await main(['validate', 'test/fixtures/bad/warning-equal-priority.yaml'], t.io);
    expect(code).toBe(0);
    expect(t.stderr()).toMatch(/^test\/fixtures\/bad\/warning-equal-priority\.yaml:10:5  customRules\[1\]\.when  warning: custom rules/);
    expect(t.stdout()).toBe('1 file, 1 document valid (1 user, 0 sites), 1 warning.\n');
  });

  it('reports a missing path without a stack trace', async () => {
    const t = testIO();
    const code = await main(['validate', 'no/such/dir'], t.io);
    expect(code).toBe(1);
    expect(t.stderr()).toBe('no/such/dir:1:1  (document)  no such file or directory\nError: manifests are not valid: 1 error in 1 file\n');
  });
});

describe('ringform validate --format (cli.md)', () => {
  const files = ['test/fixtures/bad/seconds-not-multiple-of-5.yaml', 'test/fixtures/bad/warning-range-ended.yaml'];

  it('json: {"problems": [...]} on stdout, errors and warnings, exit 1', async () => {
    const t = testIO();
    const code = await main(['validate', '--format', 'json', ...files], t.io);
    expect(code).toBe(1);
    const { problems } = JSON.parse(t.stdout());
    expect(problems.map((p: { severity: string }) => p.severity).sort()).toEqual(['error', 'warning']);
    expect(problems[0]).toEqual({
      file: files[0],
      line: 7,
      column: 55,
      path: 'rules.work-hours.ring.groups[0].seconds',
      severity: 'error',
      message: 'seconds must be a multiple of 5 (one ring is about 5 seconds), got 7',
    });
    expect(t.stderr()).toBe('Error: manifests are not valid: 1 error in 1 file, 1 warning\n');
  });

  it('json: valid manifests give an empty list on stdout and exit 0', async () => {
    const t = testIO();
    expect(await main(['validate', '--format', 'json', 'examples'], t.io)).toBe(0);
    expect(JSON.parse(t.stdout())).toEqual({ problems: [] });
  });

  it('github: one workflow command per problem on stdout', async () => {
    const t = testIO();
    expect(await main(['validate', '--format', 'github', 'test/fixtures/bad/warning-range-ended.yaml'], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/^::warning file=test\/fixtures\/bad\/warning-range-ended\.yaml,line=\d+,col=\d+::this range ended/);
    const bad = testIO();
    expect(await main(['validate', '--format', 'github', files[0]], bad.io)).toBe(1);
    expect(bad.stdout()).toBe(
      `::error file=${files[0]},line=7,col=55::seconds must be a multiple of 5 (one ring is about 5 seconds), got 7\n`,
    );
  });
});

describe('ringform validate (spawned)', () => {
  it('runs through bin/ringform.js', async () => {
    const run = promisify(execFile);
    const { stdout, stderr } = await run(process.execPath, ['bin/ringform.js', 'validate', 'examples'], { cwd: REPO });
    expect(stderr).toBe('');
    expect(stdout).toBe(
      '15 files, 18 documents valid (5 users, 2 sites, 1 call queue, 2 IVR menus, the company, 1 Schedule, 7 routing tests).\n',
    );
  });

  it('exits 1 on a bad manifest', async () => {
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['bin/ringform.js', 'validate', 'test/fixtures/bad/version-2.yaml'], {
      cwd: REPO,
    }).catch((err: { code: number; stderr: string }) => err);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toBe(
      'test/fixtures/bad/version-2.yaml:2:10  version  version must be 1 (the only manifest format version this ringform reads)\n' +
        'Error: manifests are not valid: 1 error in 1 file\n',
    );
  });
});

describe('ringform validate: routing lint', () => {
  it('warns about a site rule that can never match, and still exits 0', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../../src/cli/main.js');
    const dir = await mkdtemp(join(tmpdir(), 'ringform-lint-'));
    await writeFile(
      join(dir, 'site.yaml'),
      'version: 1\nkind: Site\nsite: "2001"\ncustomRules:\n  - name: All partners\n    when: {callers: ["+14132223333", "+14132224444"]}\n    transferTo: "1200"\n  - name: One partner\n    when: {callers: ["+14132223333"]}\n    transferTo: "1500"\n',
    );
    let stderr = '';
    const code = await main(['validate', dir], {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      env: {},
      cwd: dir,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdinIsTTY: false,
    });
    expect(code).toBe(0);
    expect(stderr).toContain(
      'site.yaml:8:5  customRules[1]  warning: custom rule "One partner" can never match: "All partners", listed (and so tried) before it',
    );
  });
});
