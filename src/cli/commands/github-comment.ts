import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../core/problem.js';
import { commentMarker, stickyCommentBody } from '../../render/sticky-comment-body.js';
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
}

/**
 * `ringform github-comment FILE`: posts FILE (Markdown, e.g. a plan) as ringform's one comment on
 * the pull request, or updates it in place; used by the GitHub Action (action.yml). Settings
 * come from the Actions environment: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL and the
 * pull request of GITHUB_EVENT_PATH; --repo and --pr override them.
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
    .action(async (file: string, opts: Options) => {
      const target = await targetOf(io, opts);
      const text = await readFile(resolve(io.cwd, file), 'utf8');
      const marker = commentMarker(opts.marker);
      const body = stickyCommentBody(text, { marker, ...(opts.seeAll ? { seeAll: opts.seeAll } : {}) });
      const result = await upsertStickyComment(target, body, marker);
      io.stdout(
        `${result.action === 'created' ? 'Created' : 'Updated'} the ringform comment on ${target.repository}#${target.issueNumber}: ${result.url}\n`,
      );
      setExit(EXIT_OK);
    });
}

async function targetOf(io: CliIO, opts: Options): Promise<GitHubTarget> {
  const token = io.env.GITHUB_TOKEN?.trim();
  const repository = opts.repo ?? io.env.GITHUB_REPOSITORY;
  const missing = [!token && 'GITHUB_TOKEN', !repository && 'GITHUB_REPOSITORY (or --repo)'].filter(Boolean);
  if (missing.length) throw new UserError(`github-comment needs ${missing.join(' and ')}`);
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository!)) throw new UserError(`--repo must be owner/name, not "${repository}"`);
  const issueNumber = opts.pr !== undefined ? Number(opts.pr) : await eventPullRequest(io.env.GITHUB_EVENT_PATH);
  if (!Number.isInteger(issueNumber) || issueNumber! <= 0) {
    throw new UserError('github-comment needs a pull request: run it on a pull_request event, or pass --pr <number>');
  }
  return {
    apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
    repository: repository!,
    issueNumber: issueNumber!,
    token: token!,
    ...(opts.author ? { author: opts.author } : {}),
  };
}

/** The pull request (or issue) number of the event that started the workflow. */
async function eventPullRequest(path: string | undefined): Promise<number | undefined> {
  if (!path) return undefined;
  const event = JSON.parse(await readFile(path, 'utf8')) as {
    pull_request?: { number?: number };
    issue?: { number?: number };
    number?: number;
  };
  return event.pull_request?.number ?? event.issue?.number ?? event.number;
}
