import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../core/problem.js';
import { parseSavedPlan } from '../../plan/saved-plan.js';
import { commentMarker, stickyCommentBody } from '../../render/sticky-comment-body.js';
import { GitHubApiError } from '../github/github-api.js';
import { githubRepoFromEnv } from '../github/github-settings.js';
import { planDigest } from '../github/plan-digest.js';
import { readPullRequestEvent, type PullRequestEvent } from '../github/pull-request-event.js';
import { reviewedPlanLine } from '../github/reviewed-plan.js';
import { upsertStickyComment, type GitHubTarget } from '../github/sticky-comment.js';
import { EXIT_OK } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { SetExit } from './index.js';

interface Options {
  marker: string;
  repo?: string;
  pr?: string;
  seeAll?: string;
  author?: string;
  plan?: string;
  commit?: string;
}

/**
 * `ringform github-comment FILE`: posts FILE (Markdown, e.g. a plan) as ringform's one comment on
 * the pull request, or updates it in place; used by the GitHub Action (action.yml). Settings
 * come from the Actions environment: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL and the
 * pull request of GITHUB_EVENT_PATH; --repo and --pr override them. With `--plan`, the comment
 * records the saved plan's digest and the head commit it was made from: the plan reviewers
 * approve, which the merge job's `github-check-plan` requires.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('github-comment')
    .description("create or update ringform's comment on a GitHub pull request (for CI; needs GITHUB_TOKEN)")
    .argument('<file>', 'Markdown to post, e.g. the output of `ringform plan --format markdown`')
    .option('--marker <name>', 'which ringform comment to create or update (hidden marker)', 'plan')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .option('--pr <number>', 'pull request number (default: the pull request of GITHUB_EVENT_PATH)')
    .option('--see-all <text>', 'where readers find the whole text when it had to be cut')
    .option('--author <login>', 'the login the token comments as (default: asked of GitHub; github-actions[bot] for GITHUB_TOKEN)')
    .option('--plan <file>', 'the saved plan (`plan --out`) FILE shows: its digest is recorded for the merge job')
    .option('--commit <sha>', 'the commit the plan was made from (default: the pull request head of GITHUB_EVENT_PATH)')
    .action(async (file: string, opts: Options) => {
      const event = await readPullRequestEvent(io.env.GITHUB_EVENT_PATH);
      const target = targetOf(io, opts, event);
      const text = await readFile(resolve(io.cwd, file), 'utf8');
      let marker = commentMarker(opts.marker);
      if (opts.plan) {
        const commit = opts.commit ?? event.headSha;
        if (!commit || !/^[0-9a-f]{7,64}$/.test(commit))
          throw new UserError('github-comment --plan needs the commit the plan was made from: a pull_request event, or --commit <sha>');
        const plan = parseSavedPlan(await readFile(resolve(io.cwd, opts.plan), 'utf8'), opts.plan);
        // Right after the marker, so no cut ever removes it.
        marker += `\n${reviewedPlanLine({ commit, digest: planDigest(plan), changes: plan.changes.length })}`;
      }
      const body = stickyCommentBody(text, { marker, ...(opts.seeAll ? { seeAll: opts.seeAll } : {}) });
      try {
        const result = await upsertStickyComment(target, body, commentMarker(opts.marker));
        io.stdout(
          `${result.action === 'created' ? 'Created' : 'Updated'} the ringform comment on ${target.repository}#${target.issueNumber}: ${result.url}\n`,
        );
      } catch (err) {
        // A fork's pull request runs with a read-only token: that is how GitHub works, not a failure of the check.
        if (!(err instanceof GitHubApiError && err.status === 403 && event.fromFork)) throw err;
        io.stdout(
          `This pull request comes from a fork: GitHub gives its workflow a read-only token, so ringform cannot comment on it. The results are in the job summary.\n`,
        );
      }
      setExit(EXIT_OK);
    });
}

function targetOf(io: CliIO, opts: Options, event: PullRequestEvent): GitHubTarget {
  const repo = githubRepoFromEnv(io.env, opts, 'github-comment');
  const issueNumber = opts.pr !== undefined ? Number(opts.pr) : event.number;
  if (!Number.isInteger(issueNumber) || issueNumber! <= 0) {
    throw new UserError('github-comment needs a pull request: run it on a pull_request event, or pass --pr <number>');
  }
  return { ...repo, issueNumber: issueNumber! };
}
