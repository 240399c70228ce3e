import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Plan } from '../../core/plan.js';
import { UserError } from '../../core/problem.js';
import type { ApiClient } from '../../live/api-client.js';
import { applyPlan } from '../../apply/apply-plan.js';
import { parseSavedPlan } from '../../plan/saved-plan.js';
import { problemFormatOf } from '../../render/render-problems.js';
import { renderApplyJson, renderApplyText, renderPlanText } from '../../render/index.js';
import { accountLine } from '../../render/plan-summary.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import { canPrompt, useColour, type CliIO } from '../io.js';
import { checkSavedPlan, checkSavedPlanServer } from '../pipeline/check-saved-plan.js';
import { renderDuplicateSweepText } from '../../render/duplicate-sweep-text.js';
import { readConnectionConfig } from '../../live/connection-config.js';
import { openClient } from '../pipeline/open-client.js';
import { checkAppPermissions } from '../pipeline/check-app-permissions.js';
import { refreshSavedPlanFields } from '../pipeline/saved-plan-fields.js';
import { savedPlanForDisplay } from '../../plan/saved-plan-display.js';
import { readExtensions } from '../../live/read-live.js';
import { planFromManifests } from '../pipeline/plan-from-manifests.js';
import type { SetExit } from './index.js';
import { progressFor } from '../progress.js';
import { pathsArgument } from '../paths-argument.js';
import { splitOnly } from './plan.js';

/** Deletes allowed without raising `--max-deletes`: enough for routine pruning, not for a wipe. */
export const DEFAULT_MAX_DELETES = 10;

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

interface Selection {
  only?: string[];
  changedSince?: string;
}

async function planToApply(
  io: CliIO,
  paths: string[],
  planFile: string | undefined,
  format: string,
  selection: Selection,
): Promise<{ plan: Plan; client: ApiClient }> {
  if (!planFile) {
    const { live, client } = await planFromManifests(io, { paths, ...selection, format: problemFormatOf(format) }, () => openClient(io));
    return { plan: live.plan, client };
  }
  if (selection.only || selection.changedSince) {
    // A saved plan already says which documents it covers; selecting again would apply a part of it.
    const flag = selection.only ? '--only' : '--changed-since';
    throw new UserError(
      `${flag} selects documents to plan; with --plan the saved plan is applied exactly as it is. Pass ${flag} to \`ringform plan\` instead; nothing was applied.`,
    );
  }
  const plan = parseSavedPlan(await readFile(resolve(io.cwd, planFile), 'utf8'), planFile);
  checkSavedPlanServer(plan, readConnectionConfig(io.env).serverUrl);
  const client = await openClient(io);
  try {
    const { account, snapshots } = await checkSavedPlan(client, plan);
    // What is shown, confirmed and guarded (--max-deletes) is derived from live state and the
    // verified changes, never from the file.
    const extensions = plan.changes.length > 0 ? await readExtensions(client) : [];
    const shown = savedPlanForDisplay(plan, account, extensions);
    await refreshSavedPlanFields(client, shown, snapshots, extensions);
    return { plan: shown, client };
  } catch (err) {
    await client.close();
    throw err;
  }
}

async function confirmed(io: CliIO, plan: Plan, yes: boolean): Promise<void> {
  if (yes) return;
  if (!canPrompt(io)) {
    throw new UserError('apply needs --yes when it cannot ask for confirmation (no terminal, or CI is set); nothing was applied.');
  }
  const account = plan.account ? ` to ${accountLine(plan.account)!.replace(/^Account: /, 'account ')}` : ' to RingCentral';
  if (!(await io.confirm!(`Apply ${plan.changes.length} change(s)${account}?`)))
    throw new UserError('apply cancelled; nothing was applied.');
}

/**
 * Ctrl-C (SIGINT) or SIGTERM (a CI job cancelled, a container stopped) during apply finishes the
 * change in flight, then stops and reports what was applied and what was not attempted; the
 * exit code is 1 (unfinished). A second signal exits at once (130 for SIGINT, 143 for SIGTERM).
 * Only for a real process.
 */
function stopOnInterrupt(io: CliIO): { requested: () => boolean; release: () => void } {
  let requested = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (requested) process.exit(signal === 'SIGTERM' ? 143 : 130);
    requested = true;
    const again = signal === 'SIGTERM' ? 'send it again' : 'press Ctrl-C again';
    io.stderr(`\nStopping after the change in flight (${signal}); ${again} to quit at once.\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    requested: () => requested,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('apply')
    .description('plan and apply; with --plan, apply exactly a saved plan after checking live state has not changed')
    .addArgument(pathsArgument())
    .option('--plan <file>', 'apply a plan saved with `ringform plan --out`')
    .option('--yes', 'do not ask for confirmation')
    .option('--show-requests', "show each change's HTTP method, path and API-level difference")
    .option('--only <ext...>', 'plan and apply only these users/sites (extension numbers or ids), or `company`')
    .option('--changed-since <ref>', 'plan and apply only the documents changed since a git ref')
    .option('--max-deletes <n>', 'refuse plans with more deletes than this', count, DEFAULT_MAX_DELETES)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .action(async (args: string[], opts) => {
      const { paths, only } = splitOnly(args, opts.only);
      const { plan, client } = await planToApply(io, paths, opts.plan, opts.format, { only, changedSince: opts.changedSince });
      try {
        if (opts.format !== 'json') io.stdout(renderPlanText(plan, { colour: useColour(io), showRequests: Boolean(opts.showRequests) }));
        if (plan.changes.length === 0) {
          if (opts.format === 'json') io.stdout(renderApplyJson(plan, { steps: [], summary: { applied: 0, failed: 0, skipped: 0 } }));
          setExit(EXIT_OK);
          return;
        }
        await checkAppPermissions(client, plan);
        // Counted from the changes themselves (a saved plan's `summary` is only a claim).
        const deletes = plan.changes.filter((c) => c.action === 'delete').length;
        if (deletes > opts.maxDeletes) {
          throw new UserError(
            `the plan deletes ${deletes} objects, more than --max-deletes ${opts.maxDeletes} allows; nothing was applied. Review the plan and raise --max-deletes to proceed.`,
          );
        }
        await confirmed(io, plan, Boolean(opts.yes));
        const progress = progressFor(io);
        const interrupt = stopOnInterrupt(io);
        const result = await applyPlan(client, plan, {
          onStep: (change, _r, done, total) =>
            progress.update(done, total, `${change.method} ${change.target.extension ?? change.target.owner} ${change.target.name}`),
          shouldStop: interrupt.requested,
        }).finally(interrupt.release);
        progress.done();
        io.stdout(opts.format === 'json' ? renderApplyJson(plan, result) : renderApplyText(plan, result, { colour: useColour(io) }));
        if (opts.format !== 'json' && result.duplicates) io.stdout(renderDuplicateSweepText(result.duplicates));
        const unfinished = result.steps.length < plan.changes.length;
        setExit(result.summary.failed > 0 || result.summary.skipped > 0 || unfinished ? EXIT_ERROR : EXIT_OK);
      } finally {
        await client.close();
      }
    });
}
