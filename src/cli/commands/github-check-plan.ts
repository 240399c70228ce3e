import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../core/problem.js';
import { parseSavedPlan } from '../../plan/saved-plan.js';
import { checkApprovedDigest, checkReviewedPlan } from '../github/check-reviewed-plan.js';
import { githubRepoFromEnv } from '../github/github-settings.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { SetExit } from './index.js';

interface Options {
  digest?: string;
  commit?: string;
  repo?: string;
  author?: string;
}

/**
 * `ringform github-check-plan PLAN`: the merge job's gate. Exit 0 only when PLAN (saved with
 * `plan --out`) makes exactly the writes of the plan reviewers saw: the one recorded in
 * ringform's comment on the pull request merged as the commit (GITHUB_SHA), or, with
 * `--digest`, the plan a person approved by its digest. Prints the pull request's number on
 * stdout (to post the result on), what it checked on stderr; a refusal says why and what to do.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('github-check-plan')
    .description('check that a saved plan is the plan reviewed on the merged pull request, or an approved digest (for CI)')
    .argument('<plan>', 'a plan saved with `ringform plan --out`')
    .option('--digest <sha256>', 'the digest of the plan a person approved (instead of the pull request comment)')
    .option('--commit <sha>', 'the commit on the main branch (default: GITHUB_SHA)')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .option('--author <login>', 'the login ringform comments as (default: asked of GitHub; github-actions[bot] for GITHUB_TOKEN)')
    .action(async (file: string, opts: Options) => {
      const plan = parseSavedPlan(await readFile(resolve(io.cwd, file), 'utf8'), file);
      let outcome;
      if (opts.digest !== undefined) outcome = checkApprovedDigest(plan, opts.digest);
      else {
        const commit = opts.commit ?? io.env.GITHUB_SHA;
        if (!commit || !/^[0-9a-f]{7,64}$/.test(commit))
          throw new UserError('github-check-plan needs the merged commit: GITHUB_SHA or --commit <sha>');
        outcome = await checkReviewedPlan(githubRepoFromEnv(io.env, opts, 'github-check-plan'), commit, plan);
      }
      if (outcome.pullRequest !== undefined) io.stdout(`${outcome.pullRequest}\n`);
      if (outcome.refusal) {
        io.stderr(`Error: ${outcome.refusal}\n`);
        setExit(EXIT_ERROR);
        return;
      }
      io.stderr(`${outcome.message}\n`);
      setExit(EXIT_OK);
    });
}
