import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseSavedPlan } from '../../plan/saved-plan.js';
import { commentMarker, stickyCommentBody } from '../../render/sticky-comment-body.js';
import { githubRepoFromEnv } from '../github/github-settings.js';
import { planDigest } from '../github/plan-digest.js';
import { closeStickyIssue, upsertStickyIssue } from '../github/sticky-issue.js';
import { EXIT_OK } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { SetExit } from './index.js';

interface Options {
  marker: string;
  title: string;
  close?: boolean;
  plan?: string;
  seeAll?: string;
  repo?: string;
  author?: string;
}

/**
 * `ringform github-issue FILE`: keeps one open issue per marker up to date with FILE (Markdown),
 * e.g. the scheduled drift report; `--close` closes it when the condition is over. With
 * `--plan`, the issue also gives the saved plan's digest and how to apply exactly that plan.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('github-issue')
    .description("open, update or close ringform's issue on GitHub, e.g. the drift report (for CI; needs GITHUB_TOKEN)")
    .argument('<file>', 'Markdown for the issue body')
    .option('--marker <name>', 'which ringform issue (hidden marker)', 'drift')
    .option('--title <text>', 'the issue title', 'ringform: the live configuration differs from the manifests')
    .option('--close', 'close the issue (its body becomes FILE), if one is open')
    .option('--plan <file>', 'the saved plan FILE shows: its digest and how to apply exactly it are added')
    .option('--see-all <text>', 'where readers find the whole text when it had to be cut')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .option('--author <login>', 'the login ringform writes as (default: asked of GitHub; github-actions[bot] for GITHUB_TOKEN)')
    .action(async (file: string, opts: Options) => {
      const repo = githubRepoFromEnv(io.env, opts, 'github-issue');
      let text = await readFile(resolve(io.cwd, file), 'utf8');
      if (opts.plan) {
        const digest = planDigest(parseSavedPlan(await readFile(resolve(io.cwd, opts.plan), 'utf8'), opts.plan));
        text = `To apply exactly this plan (make RingCentral match the manifests again), run the ringform workflow by hand with \`approved-plan: ${digest}\`. To keep what is live instead, change the manifests (\`ringform export\` writes them).\n\n${text}`;
      }
      const marker = commentMarker(opts.marker);
      const body = stickyCommentBody(text, { marker, ...(opts.seeAll ? { seeAll: opts.seeAll } : {}) });
      const result = opts.close ? await closeStickyIssue(repo, marker, body) : await upsertStickyIssue(repo, marker, opts.title, body);
      if (result.action === 'none') io.stdout(`No ringform ${opts.marker} issue is open.\n`);
      else {
        const said = { created: 'Opened', updated: 'Updated', closed: 'Closed' }[result.action];
        io.stdout(`${said} the ringform ${opts.marker} issue: ${result.url}\n`);
      }
      setExit(EXIT_OK);
    });
}
