import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { fingerprints } from '../../core/fingerprint.js';
import type { Plan } from '../../core/plan.js';
import { renderRoutingImpactText } from '../../render/routing-impact-text.js';
import { problemFormatOf } from '../../render/render-problems.js';
import { clock } from '../clock.js';
import type { LivePlan } from '../pipeline/live-plan.js';
import { readImpactTimeZones, routingImpacts } from '../pipeline/routing-impacts.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../../render/index.js';
import { SUMMARY_LIMIT } from '../../render/render-plan-markdown.js';
import { useColour, type CliIO } from '../io.js';
import { EXIT_CHANGES, EXIT_OK } from '../exit-codes.js';
import { openClient } from '../pipeline/open-client.js';
import { appPermissionWarning } from '../pipeline/check-app-permissions.js';
import { planFromManifests } from '../pipeline/plan-from-manifests.js';
import type { SetExit } from './index.js';
import { pathsArgument } from '../paths-argument.js';

/**
 * The plan in the chosen format. Text and Markdown add, per user or site whose routing changes,
 * who rings when before and after; JSON stays the contract's plan object.
 */
export function renderPlan(
  live: LivePlan,
  format: string,
  io: CliIO,
  opts: { timeZones?: Map<string, string>; showRequests?: boolean; limit?: number } = {},
): string {
  const { plan } = live;
  const showRequests = Boolean(opts.showRequests);
  if (format === 'json') return renderPlanJson(plan);
  // github: the validation step's problems were annotations; the plan itself reads as text.
  const impacts = plan.changes.length ? routingImpacts(live, clock(io.env), opts.timeZones) : [];
  if (format === 'markdown') return renderPlanMarkdown(plan, { impacts, showRequests, ...(opts.limit ? { limit: opts.limit } : {}) });
  const sections = impacts.map(renderRoutingImpactText);
  return renderPlanText(plan, {
    colour: useColour(io),
    showRequests,
    extraSections: sections.length ? ['Routing impact:', ...sections] : [],
  });
}

/**
 * `--only` takes one or more extension numbers, so `plan --only 101 102 examples` would read
 * `examples` as an extension: values that are not numbers (or the word `company`, the Company
 * document) are the paths that followed.
 */
export function splitOnly(args: string[], only: string[] | undefined): { paths: string[]; only?: string[] } {
  if (!only) return { paths: args };
  const isRef = (v: string) => /^\d+$/.test(v.trim()) || v.trim() === 'company';
  return { paths: [...args, ...only.filter((v) => !isRef(v))], only: only.filter(isRef) };
}

export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('plan')
    .description('validate manifests, read live configuration (GET only) and print the ordered plan')
    .addArgument(pathsArgument())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown', 'github']).default('text'))
    .option('--out <file>', 'save the plan (JSON, with fingerprints of the live state) for `apply --plan`')
    .option('--detailed-exitcode', 'exit 2 when the plan has changes, 0 when it has none')
    .option('--only <ext...>', 'plan only these users/sites (extension numbers or ids), or `company`')
    .option('--changed-since <ref>', 'plan only the documents changed since a git ref')
    .option('--show-requests', "show each change's HTTP method, path and API-level difference")
    .option('--summary <file>', 'also write the whole plan as Markdown to FILE, for a CI job summary (not cut to fit a comment)')
    .action(async (args: string[], opts) => {
      const { paths, only } = splitOnly(args, opts.only);
      const { live, client } = await planFromManifests(
        io,
        { paths, only, changedSince: opts.changedSince, format: problemFormatOf(opts.format) },
        () => openClient(io),
      );
      const permissionWarning = await appPermissionWarning(client, live.plan);
      const readZones = () => (live.plan.changes.length ? readImpactTimeZones(client, live) : Promise.resolve(undefined));
      const zones = await (opts.format === 'json' && !opts.summary ? Promise.resolve(undefined) : readZones()).finally(() =>
        client.close(),
      );
      io.stdout(renderPlan(live, opts.format, io, { timeZones: zones, showRequests: Boolean(opts.showRequests) }));
      if (permissionWarning) io.stderr(permissionWarning);
      if (opts.summary) {
        const whole = renderPlan(live, 'markdown', io, {
          timeZones: zones,
          showRequests: Boolean(opts.showRequests),
          limit: SUMMARY_LIMIT,
        });
        await writeFile(resolve(io.cwd, opts.summary), whole);
      }
      if (opts.out) {
        const saved: Plan = { ...live.plan, fingerprints: fingerprints(live.liveObjects) };
        // A saved plan names its account (cli.md "Which account") like every JSON plan does.
        await writeFile(resolve(io.cwd, opts.out), renderPlanJson(saved));
        io.stderr(`Saved plan to ${opts.out}; apply it with: ringform apply --plan ${opts.out}\n`);
      }
      setExit(opts.detailedExitcode && live.plan.changes.length > 0 ? EXIT_CHANGES : EXIT_OK);
    });
}
