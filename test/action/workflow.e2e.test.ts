import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, withEmulator, writes } from '../helpers/e2e.js';
import { ACTIONS_BOT, HUMAN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { EXT, login, NINE_TO_FIVE, v2 } from '../emulator/helpers.js';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';

/**
 * The loop a team runs (issue 18): the Action's pull-request, apply and drift scripts as their
 * steps run them, in a git repository with an origin, against the emulator (RingCentral) and a
 * local stand-in for the GitHub API. What merges is what was reviewed; drift outside the pull
 * request is reported, never applied silently.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sh = promisify(execFile);
/** Each test runs the Action's scripts, a dozen node processes: allow for a busy machine. */
const SLOW = 300_000;

let emu: RunningEmulator;
let rcEnv: Record<string, string>;
let gh: FakeGitHub;
let tmp: string;
let repo: string;

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
  gh.issues.length = 0;
  gh.pulls.length = 0;
  gh.failWith = undefined;
  tmp = await mkdtemp(join(tmpdir(), 'ringform-workflow-'));
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
  // The account matches the manifests before the story starts.
  const baseline = await runCli(['apply', 'manifests', '--yes'], rcEnv, repo);
  expect(baseline.code, baseline.stderr).toBe(0);
  emu.clearLog();
  return () => rm(tmp, { recursive: true, force: true });
}, SLOW);

function git(cwd: string, ...args: string[]) {
  return sh('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd });
}
const head = async () => (await git(repo, 'rev-parse', 'HEAD')).stdout.trim();

/** A pull request from branch `change` (or a fork): the event file GitHub writes. */
async function pullRequestEvent(headSha: string, headRepo = 'o/r') {
  const event = {
    pull_request: { number: 12, head: { sha: headSha, repo: { full_name: headRepo } }, base: { repo: { full_name: 'o/r' } } },
  };
  await writeFile(join(tmp, 'event.json'), JSON.stringify(event));
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
    GITHUB_STEP_SUMMARY: join(tmp, `summary-${script}.md`),
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '99',
    RUNNER_TEMP: join(tmp, 'runner'),
    RINGFORM_PATHS: 'manifests',
    RINGFORM_BASE: 'main',
    ...extra,
  };
  await writeFile(env.GITHUB_STEP_SUMMARY, '');
  const run = await sh('bash', [join(ROOT, 'action', script)], { cwd: repo, env }).then(
    (r) => ({ code: 0, ...r }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
  return { ...run, summary: await readFile(env.GITHUB_STEP_SUMMARY, 'utf8') };
}

/** Alex's pull request: mobile apps ring 25 s instead of 20 s. Returns its head commit. */
async function alexPullRequest(): Promise<string> {
  await git(repo, 'checkout', '-q', '-b', 'change');
  const alex = join(repo, 'manifests/users/alex.yaml');
  await writeFile(alex, (await readFile(alex, 'utf8')).replace('seconds: 20', 'seconds: 25'));
  await git(repo, 'commit', '-q', '-am', 'Alex: 25 s');
  const sha = await head();
  await pullRequestEvent(sha);
  return sha;
}

/** Merges `change` into main as GitHub does (a merge commit), pushes, and records the pull request. */
async function merge(headSha: string): Promise<{ before: string; after: string }> {
  await git(repo, 'checkout', '-q', 'main');
  const before = await head();
  await git(repo, 'merge', '-q', '--no-ff', 'change', '-m', 'Merge pull request #12');
  const after = await head();
  await git(repo, 'push', '-q', 'origin', 'main');
  gh.pulls.push({
    number: 12,
    state: 'closed',
    head: { sha: headSha, repo: { full_name: 'o/r' } },
    base: { ref: 'main', repo: { full_name: 'o/r' } },
    merge_commit_sha: after,
    merged_at: '2026-12-07T10:00:00Z',
  });
  return { before, after };
}

/** The portal edit: Kim turns Do Not Disturb on, straight through the API. */
async function portalEditOnKim() {
  const platform = await login(emu);
  await platform.patch(`${v2(EXT.kim)}/states/dnd`, { enabled: true });
  await platform.logout();
}

const kimDnd = async () => {
  const platform = await login(emu);
  const state = (await (await platform.get(`${v2(EXT.kim)}/states/dnd`)).json()) as { enabled?: boolean };
  await platform.logout();
  return state.enabled;
};

describe('the pull-request loop', () => {
  it(
    'a portal edit on Kim plus a pull request on Alex: the merge applies only the reviewed change; the drift job reports Kim',
    async () => {
      await portalEditOnKim();
      const headSha = await alexPullRequest();

      const pr = await action('pull-request.sh');
      expect(pr.code, pr.stdout + pr.stderr).toBe(0);
      const comment = gh.comments.get(12)![0];
      expect(comment.user).toEqual(ACTIONS_BOT);
      expect(comment.body).toMatch(
        new RegExp(`^<!-- ringform:plan -->\\n<!-- ringform:reviewed-plan commit=${headSha} digest=sha256:[0-9a-f]{64} changes=1 -->\\n`),
      );
      expect(comment.body).toContain('user 101 (Alex Smith)');
      expect(comment.body).not.toContain('Kim Lee');
      expect(pr.summary).toContain('user 101 (Alex Smith)');

      const { before, after } = await merge(headSha);
      emu.clearLog();
      const applied = await action('apply.sh', { GITHUB_SHA: after, RINGFORM_BEFORE: before });
      expect(applied.code, applied.stdout + applied.stderr).toBe(0);
      expect(applied.stdout).toContain('The plan is the one reviewed on o/r#12');
      const written = writes(emu);
      expect(written.length).toBeGreaterThan(0);
      expect(written.every((w) => w.includes(EXT.alex))).toBe(true);
      expect(await kimDnd()).toBe(true);
      const result = gh.comments.get(12)!.find((c) => c.body.startsWith('<!-- ringform:apply -->'))!;
      expect(result.body).toContain('✅ Applied the reviewed plan.');
      expect(result.body).toMatch(/Apply: 1 applied, 0 failed, 0 skipped\./);
      expect(applied.summary).toContain('✅ Applied the reviewed plan.');

      const drift = await action('drift.sh');
      expect(drift.code, drift.stdout + drift.stderr).toBe(0);
      expect(drift.stdout).toContain('::warning::ringform: the live configuration differs from the manifests (drift)');
      expect(drift.summary).toContain('## ringform drift');
      expect(drift.summary).toContain('user 102 (Kim Lee)');
      expect(drift.summary).not.toContain('user 101 (Alex Smith)');
      expect(gh.issues).toHaveLength(1);
      const [issue] = gh.issues;
      expect(issue.user).toEqual(ACTIONS_BOT);
      expect(issue.state).toBe('open');
      expect(issue.body).toMatch(/^<!-- ringform:drift -->\n/);
      expect(issue.body).toContain('user 102 (Kim Lee)');
      const digest = /approved-plan: (sha256:[0-9a-f]{64})/.exec(issue.body)![1];
      expect(await kimDnd()).toBe(true);

      // The next day: still drift, the same issue is updated, not a second one opened.
      expect((await action('drift.sh')).code).toBe(0);
      expect(gh.issues).toHaveLength(1);

      // An admin reviews the drift and applies exactly that plan by hand (workflow_dispatch).
      const reverted = await action('apply.sh', { RINGFORM_APPROVED_PLAN: digest, RINGFORM_BEFORE: '' });
      expect(reverted.code, reverted.stdout + reverted.stderr).toBe(0);
      expect(await kimDnd()).toBe(false);
      const clean = await action('drift.sh');
      expect(clean.code).toBe(0);
      expect(clean.summary).toContain('No drift');
      expect(gh.issues[0].state).toBe('closed');
    },
    SLOW,
  );

  it(
    'a merge whose plan differs from the reviewed one (a portal edit after the review) is refused, nothing written, the pull request told why',
    async () => {
      const headSha = await alexPullRequest();
      expect((await action('pull-request.sh')).code).toBe(0);
      // After the review, someone changes Alex's work hours in the portal.
      const platform = await login(emu);
      await platform.patch(`${v2(EXT.alex)}/states/work-hours`, { conditions: NINE_TO_FIVE });
      await platform.logout();
      const { before, after } = await merge(headSha);
      emu.clearLog();
      const applied = await action('apply.sh', { GITHUB_SHA: after, RINGFORM_BEFORE: before });
      expect(applied.code).toBe(1);
      expect(writes(emu)).toEqual([]);
      expect(applied.stdout).toContain('the merged changes plan differently from the plan reviewed on o/r#12');
      const result = gh.comments.get(12)!.find((c) => c.body.startsWith('<!-- ringform:apply -->'))!;
      expect(result.body).toContain('❌ **Not applied.**');
      expect(result.body).toMatch(/run the workflow by hand with approved-plan: sha256:[0-9a-f]{64}/);
      expect(result.body).toContain('state work-hours');
    },
    SLOW,
  );

  it(
    'a push that no pull request reviewed is refused',
    async () => {
      const alex = join(repo, 'manifests/users/alex.yaml');
      const before = await head();
      await writeFile(alex, (await readFile(alex, 'utf8')).replace('seconds: 20', 'seconds: 30'));
      await git(repo, 'commit', '-q', '-am', 'pushed straight to main');
      const applied = await action('apply.sh', { GITHUB_SHA: await head(), RINGFORM_BEFORE: before });
      expect(applied.code).toBe(1);
      expect(applied.stdout).toContain('was not merged from a pull request, so no plan was reviewed for it');
      expect(writes(emu)).toEqual([]);
    },
    SLOW,
  );

  it(
    "a reviewed-plan line in someone else's comment is not a review: the merge is refused",
    async () => {
      const headSha = await alexPullRequest();
      expect((await action('pull-request.sh')).code).toBe(0);
      // The bot's comment is gone; a user pastes its body (marker, digest and all) as their own comment.
      const [bot] = gh.comments.get(12)!;
      gh.comments.set(12, []);
      gh.addComment(12, bot.body, HUMAN);
      const { before, after } = await merge(headSha);
      emu.clearLog();
      const applied = await action('apply.sh', { GITHUB_SHA: after, RINGFORM_BEFORE: before });
      expect(applied.code).toBe(1);
      expect(applied.stdout).toContain('o/r#12 has no reviewed plan');
      expect(writes(emu)).toEqual([]);
    },
    SLOW,
  );

  it(
    "a fork's pull request: no secrets, a read-only token — a clear note and a green check",
    async () => {
      await git(repo, 'checkout', '-q', '-b', 'change');
      await pullRequestEvent(await head(), 'someone/r');
      gh.failWith = { method: 'POST', status: 403, message: 'Resource not accessible by integration' };
      const run = await action('pull-request.sh', { RINGCENTRAL_JWT: '' });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('This pull request comes from a fork: GitHub gives its workflow a read-only token');
      expect(run.summary).toContain('a pull request from a fork gets no secrets');
      expect(run.summary).toContain('| validate | ✅ passed |');
    },
    SLOW,
  );
});

describe('untrusted names in the comment and the job log (issue 22 item 16)', () => {
  it(
    'a file name with a newline and a fence stays inside its code block; workflow commands in names are not obeyed',
    async () => {
      await git(repo, 'checkout', '-q', '-b', 'change');
      const name = 'x\n````\n@octocat ::error::pwned\n::stop-commands::gotcha\n.yaml';
      // A routing test that fails: `ringform test` prints the file's name as it is.
      const failing =
        'version: 1\nkind: RoutingTest\nextension: "101"\ncalls:\n  - name: "``` @octocat"\n    from: "+14155550100"\n    at: "2026-12-18T10:00"\n    expect:\n      rings: [desktop-apps]\n';
      await writeFile(join(repo, 'manifests/routing-tests', name), failing);
      await pullRequestEvent(await head());
      const run = await action('pull-request.sh');
      expect(run.code).toBe(1);

      // The job log: outside ringform's own pauses, only annotations ringform wrote (escaped) start with "::".
      let paused: string | undefined;
      for (const line of run.stdout.split('\n')) {
        if (paused) {
          if (line === `::${paused}::`) paused = undefined;
          continue;
        }
        const pause = /^::stop-commands::(ringform-[0-9a-f]{32})$/.exec(line);
        if (pause) paused = pause[1];
        else if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning) file=[^\n]*::/);
      }
      expect(paused).toBeUndefined();
      // `ringform test` prints names on one line (newlines as spaces); the script pauses workflow commands around it anyway.
      expect(run.stdout).toContain('@octocat ::error::pwned ::stop-commands::gotcha');

      // The comment: the routing tests' output sits in one code block whose fence is longer than any in it.
      const body = gh.comments.get(12)![0].body;
      expect(body).toContain('| routing tests | ❌ failed |');
      const open = body.indexOf('<summary>routing tests');
      const fence = /\n(`{3,})\n/.exec(body.slice(open))![1];
      expect(fence.length).toBeGreaterThan(4);
      const block = body.slice(open).split(`\n${fence}\n`)[1];
      expect(block).toContain('@octocat ::error::pwned');
      expect(body.slice(0, open)).not.toContain('@octocat');
    },
    SLOW,
  );
});
