import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, withEmulator } from '../helpers/e2e.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';

/**
 * The GitHub Action: action.yml and the example workflow read as GitHub reads them, and the
 * Action's scripts run as its steps run them — in a git repository with a base branch, against
 * the emulator (RingCentral) and a local stand-in for the GitHub API.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sh = promisify(execFile);
const ACTION = parse(await readFile(join(ROOT, 'action.yml'), 'utf8'));
const WORKFLOW = parse(await readFile(join(ROOT, 'examples/github-actions/.github/workflows/ringform.yml'), 'utf8'));

describe('action.yml and the example workflow', () => {
  it('is a composite action on Node 22 whose steps run the scripts shipped beside it, with nothing built at run time', () => {
    expect(ACTION.runs.using).toBe('composite');
    const steps = ACTION.runs.steps as { uses?: string; run?: string; with?: Record<string, string> }[];
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('bash "$GITHUB_ACTION_PATH/action/pull-request.sh"');
    expect(runs).toContain('bash "$GITHUB_ACTION_PATH/action/apply.sh"');
    expect(runs).toContain('bash "$GITHUB_ACTION_PATH/action/drift.sh"');
    expect(Number(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!.with!['node-version'])).toBeGreaterThanOrEqual(22);
    // No build and no dev dependency at run time: the release tag's dist/ is packed as it is.
    expect(runs).toContain('npm install --global --omit=dev --ignore-scripts');
    expect(runs).toContain('npm pack --ignore-scripts');
    expect(runs).not.toMatch(/npm ci|npm run build|tsc/);
    expect(Object.keys(ACTION.inputs).sort()).toEqual([
      'approved-plan',
      'base',
      'before',
      'changed-since',
      'command',
      'comment',
      'github-token',
      'issue',
      'max-deletes',
      'paths',
      'ringform',
    ]);
  });

  it('the workflow: read-only credentials for pull requests and drift; the write-capable JWT only in the apply job and its environment', () => {
    type Job = {
      if: string;
      environment?: string;
      permissions: Record<string, string>;
      concurrency?: unknown;
      steps: { uses?: string; with?: Record<string, string>; env?: Record<string, string> }[];
    };
    const jobs = WORKFLOW.jobs as Record<string, Job>;
    expect(Object.keys(WORKFLOW.on).sort()).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    expect(WORKFLOW.on.push.branches).toEqual(['main']);
    expect(WORKFLOW.env).toBeUndefined();
    expect(WORKFLOW.permissions).toEqual({});
    const secretsOf = (job: Job) => JSON.stringify(job.steps.map((s) => s.env ?? {}));
    for (const name of ['plan', 'drift']) {
      expect(jobs[name].environment).toBeUndefined();
      expect(secretsOf(jobs[name])).not.toMatch(/secrets\.RINGCENTRAL_(JWT|CLIENT_SECRET|CLIENT_ID)\b/);
      expect(secretsOf(jobs[name])).toContain('secrets.RINGCENTRAL_READ_JWT');
    }
    expect(jobs.apply.environment).toBe('ringcentral');
    expect(secretsOf(jobs.apply)).toContain('secrets.RINGCENTRAL_JWT');
    expect(jobs.plan.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(jobs.drift.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(jobs.apply.concurrency).toEqual({
      group: 'ringform-apply-${{ vars.RINGCENTRAL_ACCOUNT_ID || github.repository }}',
      'cancel-in-progress': false,
    });
    for (const job of Object.values(jobs)) {
      const step = job.steps.find((s) => s.uses && !s.uses.startsWith('actions/'))!;
      // A release tag, as scripts/release-action.sh makes it; OWNER is where you keep ringform.
      expect(step.uses).toMatch(/^OWNER\/ringform@v\d+\.\d+\.\d+$/);
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(ACTION.inputs)).toContain(key);
    }
  });

  it('the example workflow sits in a hidden directory, so `ringform validate examples` reads only manifests', async () => {
    const run = await runCli(['validate', 'examples'], {}, ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('github-actions');
    const named = await runCli(['validate', 'examples/github-actions/.github/workflows/ringform.yml'], {}, ROOT);
    expect(named.code).toBe(1);
  });
});

describe('the Action scripts', () => {
  let emu: RunningEmulator;
  let rcEnv: Record<string, string>;
  let gh: FakeGitHub;
  let repo: string;
  let tmp: string;

  beforeAll(async () => {
    ({ emu, env: rcEnv } = await withEmulator({ windowMs: 1000 }));
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await emu.stop();
    await gh.stop();
  });

  beforeEach(async () => {
    emu.reset();
    gh.comments.clear();
    tmp = await mkdtemp(join(tmpdir(), 'ringform-action-'));
    repo = join(tmp, 'repo');
    await mkdir(join(tmp, 'bin'));
    await writeFile(join(tmp, 'bin', 'ringform'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/ringform.js')}" "$@"\n`);
    await chmod(join(tmp, 'bin', 'ringform'), 0o755);
    await mkdir(join(tmp, 'runner'));
    await git(tmp, 'init', '-q', '--bare', '-b', 'main', 'origin.git');
    await cp(join(ROOT, 'examples'), join(repo, 'manifests'), { recursive: true });
    await git(repo, 'init', '-q', '-b', 'main');
    await git(repo, 'add', '.');
    await git(repo, 'commit', '-q', '-m', 'manifests');
    await git(repo, 'remote', 'add', 'origin', join(tmp, 'origin.git'));
    await git(repo, 'push', '-q', 'origin', 'main');
    await git(repo, 'checkout', '-q', '-b', 'change');
    const headSha = (await git(repo, 'rev-parse', 'HEAD')).stdout.trim();
    await writeFile(join(tmp, 'event.json'), JSON.stringify({ pull_request: { number: 12, head: { sha: headSha } } }));
    return () => rm(tmp, { recursive: true, force: true });
  });

  function git(cwd: string, ...args: string[]) {
    return sh('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd });
  }

  async function action(script: string, extra: Record<string, string> = {}) {
    const env = {
      PATH: `${join(tmp, 'bin')}:${process.env.PATH}`,
      HOME: tmp,
      ...rcEnv,
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_EVENT_PATH: join(tmp, 'event.json'),
      GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'),
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_RUN_ID: '99',
      RUNNER_TEMP: join(tmp, 'runner'),
      RINGFORM_PATHS: 'manifests',
      RINGFORM_BASE: 'main',
      ...extra,
    };
    return sh('bash', [join(ROOT, 'action', script)], { cwd: repo, env }).then(
      (r) => ({ code: 0, ...r }),
      (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
    );
  }

  it('pull request: validates, tests, plans only the changed document, and keeps one comment up to date', async () => {
    const alex = join(repo, 'manifests/users/alex.yaml');
    await writeFile(alex, (await readFile(alex, 'utf8')).replace('seconds: 20', 'seconds: 25'));
    const first = await action('pull-request.sh');
    expect(first.stdout).toContain('--changed-since origin/main: planning 1 changed document(s).');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const [comment] = gh.comments.get(12)!;
    expect(comment.body).toMatch(
      /^<!-- ringform:plan -->\n<!-- ringform:reviewed-plan commit=[0-9a-f]{40} digest=sha256:[0-9a-f]{64} changes=\d+ -->\n## ringform\n/,
    );
    expect(comment.body).toContain('| validate | ✅ passed |\n| routing tests | ✅ passed |\n| plan | ✅ passed |');
    expect(comment.body).toContain('### ringform plan');
    expect(comment.body).toContain('Affects 1 user.');
    expect(comment.body).toContain('Account: Acme Inc. (37439510)');
    expect(comment.body).toContain('user 101 (Alex Smith)');
    expect(comment.body).not.toMatch(/user 10[2-5] /);
    expect(await readFile(join(tmp, 'summary.md'), 'utf8')).toContain('| plan | ✅ passed |');
    const firstBody = comment.body;

    await writeFile(alex, (await readFile(alex, 'utf8')).replace('seconds: 25', 'seconds: 20'));
    const second = await action('pull-request.sh');
    expect(second.code).toBe(0);
    expect(gh.comments.get(12)).toHaveLength(1);
    expect(gh.comments.get(12)![0].id).toBe(comment.id);
    expect(gh.comments.get(12)![0].body).not.toEqual(firstBody);
    expect(firstBody).toContain('rings mobile apps for 25 s');
    expect(gh.comments.get(12)![0].body).not.toContain('rings mobile apps for 25 s');
  });

  it('pull request with an invalid manifest: annotations, the comment says what failed, the job fails', async () => {
    await writeFile(join(repo, 'manifests/users/bad.yaml'), 'version: 1\nkind: User\nextension: "101"\nstates: {dnd: {enabled: maybe}}\n');
    const run = await action('pull-request.sh');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=manifests\/users\/bad\.yaml,line=4,col=\d+::/m);
    const body = gh.comments.get(12)![0].body;
    expect(body).toContain('| validate | ❌ failed |');
    expect(body).toContain('| plan | ⏭️ skipped |');
    expect(body).toContain('<summary>validation problems (also annotated on the files)</summary>');
  });

  it('pull request without secrets (a fork): validates and tests, skips the plan, says why', async () => {
    const run = await action('pull-request.sh', { RINGCENTRAL_JWT: '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No RingCentral credentials');
    expect(gh.comments.get(12)![0].body).toContain('_No RingCentral credentials: a pull request from a fork gets no secrets');
  });
});
