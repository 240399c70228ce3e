import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, commentMarker, stickyCommentBody } from '../../src/render/sticky-comment-body.js';
import { nextPage } from '../../src/cli/github/sticky-comment.js';
import { runCli } from '../helpers/e2e.js';
import { ACTIONS_BOT, HUMAN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

/** `ringform github-comment` (the Action's sticky plan comment) against a local stand-in for the GitHub API. */

const MARKER = '<!-- ringform:plan -->';
let gh: FakeGitHub;
let dir: string;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(() => gh.stop());
beforeEach(async () => {
  gh.comments.clear();
  gh.requests.length = 0;
  gh.failWith = undefined;
  dir = await mkdtemp(join(tmpdir(), 'ringform-gh-'));
  await writeFile(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const env = () => ({
  GITHUB_TOKEN: gh.token,
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_EVENT_PATH: join(dir, 'event.json'),
});

async function comment(markdown: string, extraEnv: Record<string, string> = {}, args: string[] = []) {
  await writeFile(join(dir, 'plan.md'), markdown);
  return runCli(['github-comment', 'plan.md', ...args], { ...env(), ...extraEnv }, dir);
}

describe('ringform github-comment', () => {
  it('creates the comment on the pull request of the event, then updates that same comment', async () => {
    gh.addComment(7, 'LGTM from a human');
    const first = await comment('## Plan\n\nPlan: 1 to create, 0 to update, 0 to delete.\n');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Created the ringform comment on o\/r#7: https:\/\/github\.test\/o\/r\/pull\/7#issuecomment-\d+\n$/);
    expect(gh.comments.get(7)).toHaveLength(2);
    expect(gh.comments.get(7)![1].body).toBe(`${MARKER}\n## Plan\n\nPlan: 1 to create, 0 to update, 0 to delete.\n`);

    const second = await comment('## Plan\n\nNo changes.\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Updated the ringform comment/);
    expect(gh.comments.get(7)).toHaveLength(2);
    expect(gh.comments.get(7)![0].body).toBe('LGTM from a human');
    expect(gh.comments.get(7)![1].body).toBe(`${MARKER}\n## Plan\n\nNo changes.\n`);
    expect(gh.requests.filter((r) => !r.startsWith('GET'))).toEqual([
      'POST /repos/o/r/issues/7/comments',
      `PATCH /repos/o/r/issues/comments/${gh.comments.get(7)![1].id}`,
    ]);
  });

  it('finds its comment on a later page of a long thread (Link: rel="next")', async () => {
    for (let i = 0; i < 230; i++) gh.addComment(7, `comment ${i}`);
    const ours = gh.addComment(7, `${MARKER}\nold plan`, ACTIONS_BOT);
    gh.addComment(7, 'after');
    const run = await comment('new plan');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Updated/);
    expect(ours.body).toBe(`${MARKER}\nnew plan`);
    expect(gh.requests.filter((r) => r.startsWith('GET'))).toEqual([
      'GET /user',
      'GET /repos/o/r/issues/7/comments?per_page=100',
      'GET /repos/o/r/issues/7/comments?per_page=100&page=2',
      'GET /repos/o/r/issues/7/comments?per_page=100&page=3',
    ]);
    expect(gh.comments.get(7)).toHaveLength(232);
  });

  it("edits only its own comment: another user's comment holding the marker is left alone (issue 22 item 17)", async () => {
    const planted = gh.addComment(7, `${MARKER}\nplanted by someone else`, HUMAN);
    const run = await comment('the real plan');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Created/);
    expect(planted.body).toBe(`${MARKER}\nplanted by someone else`);
    const ours = gh.comments.get(7)![1];
    expect(ours.user).toEqual(ACTIONS_BOT);
    expect(ours.body).toBe(`${MARKER}\nthe real plan`);
    const again = await comment('the plan, updated');
    expect(again.stdout).toMatch(/^Updated/);
    expect(gh.comments.get(7)!.map((c) => c.body)).toEqual([`${MARKER}\nplanted by someone else`, `${MARKER}\nthe plan, updated`]);

    // A personal access token: ringform asks GitHub who it is and matches that login.
    const asUser = await comment('posted with a PAT', { GITHUB_TOKEN: gh.userToken });
    expect(asUser.stdout).toMatch(/^Created/);
    expect(gh.comments.get(7)![2].user.login).toBe('octo-admin');
    const asUserAgain = await comment('posted with a PAT, again', { GITHUB_TOKEN: gh.userToken });
    expect(asUserAgain.stdout).toMatch(/^Updated/);
    expect(gh.comments.get(7)).toHaveLength(3);
  });

  it('another marker is another comment; --pr and --repo override the environment', async () => {
    await comment('plan');
    const other = await comment('validation', {}, ['--marker', 'validate']);
    expect(other.stdout).toMatch(/^Created/);
    const explicit = await comment('plan for 9', { GITHUB_EVENT_PATH: '' }, ['--pr', '9', '--repo', 'o/r']);
    expect(explicit.code).toBe(0);
    expect(gh.comments.get(7)!.map((c) => c.body.split('\n')[0])).toEqual([MARKER, commentMarker('validate')]);
    expect(gh.comments.get(9)![0].body).toBe(`${MARKER}\nplan for 9`);
  });

  it('a plan too long for one comment is cut at a line, its code fence closed, with a note', async () => {
    const long = [
      '## Plan',
      '',
      '```mermaid',
      ...Array.from({ length: 5000 }, (_, i) => `  line ${i} of a very long chart ${'x'.repeat(20)}`),
      '```',
      '',
      'Plan: 5000 to update.',
    ].join('\n');
    const run = await comment(long, {}, ['--see-all', 'The whole plan is in the workflow log.']);
    expect(run.code).toBe(0);
    const body = gh.comments.get(7)![0].body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${MARKER}\n## Plan\n\n\`\`\`mermaid\n  line 0 `)).toBe(true);
    expect(body).toMatch(
      / of a very long chart x+\n```\n\n\*\*… \d+ more lines not shown\*\*: a GitHub comment holds at most 65,000 characters\. The whole plan is in the workflow log\.\n$/,
    );
    const shown = body.split('\n').filter((l) => l.startsWith('  line ')).length;
    const omitted = Number(/… (\d+) more lines/.exec(body)![1]);
    expect(shown + omitted).toBe(long.split('\n').length - 3);
  });

  it('errors name the call and what to do, never the token', async () => {
    gh.failWith = { method: 'POST', status: 403, message: 'Resource not accessible by integration' };
    const forbidden = await comment('plan');
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toBe(
      'Error: GitHub API POST /repos/o/r/issues/7/comments answered 403: Resource not accessible by integration; give the workflow the permission this call needs (`pull-requests: write` for comments, `issues: write` for the drift issue) and check the repository and number\n',
    );
    gh.failWith = undefined;
    const badToken = await comment('plan', { GITHUB_TOKEN: 'ghs_wrong' });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toContain('answered 401: Bad credentials; the token is missing or invalid');
    expect(badToken.stderr + forbidden.stderr).not.toContain('ghs_');
    const noToken = await comment('plan', { GITHUB_TOKEN: '' });
    expect(noToken.stderr).toBe('Error: github-comment needs GITHUB_TOKEN\n');
    const noPr = await comment('plan', { GITHUB_EVENT_PATH: '' });
    expect(noPr.stderr).toBe('Error: github-comment needs a pull request: run it on a pull_request event, or pass --pr <number>\n');
    const down = await comment('plan', { GITHUB_API_URL: 'http://127.0.0.1:1' });
    expect(down.stderr).toMatch(/^Error: cannot reach the GitHub API at http:\/\/127\.0\.0\.1:1 \(GET \/user\)/);
  });
});

describe('ringform github-issue', () => {
  const issue = async (markdown: string, args: string[] = []) => {
    await writeFile(join(dir, 'drift.md'), markdown);
    return runCli(['github-issue', 'drift.md', ...args], env(), dir);
  };

  it("opens one issue, updates it, closes it; another user's issue holding the marker is never touched", async () => {
    gh.issues.length = 0;
    gh.issues.push({
      number: 1,
      title: 'planted',
      body: '<!-- ringform:drift -->\nplanted',
      state: 'open',
      user: HUMAN,
      html_url: 'https://github.test/o/r/issues/1',
    });
    const opened = await issue('Kim differs');
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stdout).toMatch(/^Opened the ringform drift issue: https:\/\/github\.test\/o\/r\/issues\/\d+\n$/);
    expect(gh.issues).toHaveLength(2);
    const ours = gh.issues[1];
    expect(ours).toMatchObject({ user: ACTIONS_BOT, state: 'open', body: '<!-- ringform:drift -->\nKim differs' });
    expect(ours.title).toBe('ringform: the live configuration differs from the manifests');
    expect((await issue('Kim still differs')).stdout).toMatch(/^Updated/);
    expect(gh.issues).toHaveLength(2);
    expect(ours.body).toBe('<!-- ringform:drift -->\nKim still differs');
    expect((await issue('No drift.', ['--close'])).stdout).toMatch(/^Closed/);
    expect(ours.state).toBe('closed');
    expect((await issue('No drift.', ['--close'])).stdout).toBe('No ringform drift issue is open.\n');
    expect(gh.issues[0]).toMatchObject({ state: 'open', body: '<!-- ringform:drift -->\nplanted' });
  });
});

describe('comment body and paging helpers', () => {
  it('short text is kept whole behind the marker', () => {
    expect(stickyCommentBody('hello', { marker: MARKER })).toBe(`${MARKER}\nhello`);
  });

  it('follows rel="next" only on the API server itself', () => {
    const base = 'https://api.github.com';
    expect(nextPage('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"', base)).toBe(
      'https://api.github.com/x?page=2',
    );
    expect(nextPage('<https://api.github.com/x?page=5>; rel="last"', base)).toBeUndefined();
    expect(nextPage('<https://evil.example/x?page=2>; rel="next"', base)).toBeUndefined();
    expect(nextPage(null, base)).toBeUndefined();
  });
});
