import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Plan } from '../../core/plan.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../../render/index.js';
import { useColour, type CliIO } from '../io.js';
import { EXIT_CHANGES, EXIT_OK } from '../exit-codes.js';
import { openClient } from '../pipeline/open-client.js';
import { planFromManifests } from '../pipeline/plan-from-manifests.js';
import type { SetExit } from './index.js';

export function renderPlan(plan: Plan, format: string, io: CliIO): string {
  if (format === 'json') return renderPlanJson(plan);
  if (format === 'markdown') return renderPlanMarkdown(plan);
  return renderPlanText(plan, { colour: useColour(io) });
}

export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('plan')
    .description('validate manifests, read live configuration (GET only) and print the ordered plan')
    .argument('[paths...]', 'manifest files or directories', [])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--out <file>', 'save the plan (JSON, with fingerprints of the live state) for `apply --plan`')
    .option('--detailed-exitcode', 'exit 2 when the plan has changes, 0 when it has none')
    .option('--only <ext...>', 'plan only these users/sites (extension numbers)')
    .option('--changed-since <ref>', 'plan only the documents changed since a git ref')
    .action(async (paths: string[], opts) => {
      const { live, client } = await planFromManifests(io, { paths, only: opts.only, changedSince: opts.changedSince }, () => openClient(io));
      await client.close();
      io.stdout(renderPlan(live.plan, opts.format, io));
      if (opts.out) {
        const saved: Plan = { ...live.plan, fingerprints: live.fingerprints };
        await writeFile(resolve(io.cwd, opts.out), renderPlanJson(saved));
        io.stderr(`Saved plan to ${opts.out}; apply it with: ringform apply --plan ${opts.out}\n`);
      }
      setExit(opts.detailedExitcode && live.plan.changes.length > 0 ? EXIT_CHANGES : EXIT_OK);
    });
}
