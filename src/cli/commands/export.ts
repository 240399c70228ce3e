import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatFinding } from '../../export/export-findings.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { exportLive, type ExportResult, type ExportSelection } from '../pipeline/export-live.js';
import { openClient } from '../pipeline/open-client.js';
import { renderExportStream, writeExportFiles } from '../pipeline/write-export.js';
import type { SetExit } from './index.js';
import { progressFor } from '../progress.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function readAndConvert(io: CliIO, selection: ExportSelection): Promise<ExportResult> {
  const client = await openClient(io);
  const progress = progressFor(io);
  try {
    return await exportLive(client, selection, (done, total, label) => progress.update(done, total, label));
  } finally {
    progress.done();
    await client.close();
  }
}

/**
 * `ringform export`: reads live call handling (GET only) and writes manifests that `plan`
 * finds equal to live. What manifest v1 cannot express is left out and reported on stderr as a
 * warning (and in the file's header), never dropped silently.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('export')
    .description('write manifests that describe the live configuration (GET only); plan on them shows no changes')
    .option('--extension <ext...>', 'users to export (extension numbers)')
    .option('--site <ext...>', 'sites to export (extension numbers)')
    .option('--all-users', 'export every user extension')
    .option('--all-sites', 'export every site')
    .option('--company', "export the company's main number: company business hours and answering rules")
    .option('--queue <ext...>', 'call queues to export (extension numbers)')
    .option('--all-queues', 'export every call queue')
    .option('--ivr <ext...>', 'IVR menus to export (extension numbers)')
    .option('--all-ivrs', 'export every IVR menu')
    .option('--all', 'export every user, every site, every call queue, every IVR menu and the company')
    .option('--out <dir>', 'write one file per user and site below this directory (default: every document to stdout)')
    .action(async (opts, cmd: Command) => {
      const selection: ExportSelection = {
        extensions: opts.extension ?? [],
        sites: opts.site ?? [],
        allUsers: Boolean(opts.allUsers || opts.all),
        allSites: Boolean(opts.allSites || opts.all),
        company: Boolean(opts.company || opts.all),
        ivrs: opts.ivr ?? [],
        allIvrs: Boolean(opts.allIvrs || opts.all),
        queues: opts.queue ?? [],
        allQueues: Boolean(opts.allQueues || opts.all),
      };
      if (
        !selection.allUsers &&
        !selection.allSites &&
        !selection.company &&
        !selection.allIvrs &&
        selection.ivrs!.length === 0 &&
        !selection.allQueues &&
        selection.queues!.length === 0 &&
        selection.extensions.length === 0 &&
        selection.sites.length === 0
      ) {
        cmd.error(
          'error: nothing to export: name users with --extension, sites with --site, call queues with --queue, IVR menus with --ivr, or use --company, --all-users, --all-sites, --all-queues, --all-ivrs or --all',
        );
      }
      const result = await readAndConvert(io, selection);
      const findings = result.documents.flatMap((d) => d.findings);
      for (const f of findings) io.stderr(formatFinding(f) + '\n');
      for (const s of result.skipped) io.stderr(`warning: ${s}\n`);
      if (opts.out) {
        for (const file of await writeExportFiles(resolve(io.cwd, opts.out), result.documents)) io.stdout(`${file}\n`);
        const users = result.documents.filter((d) => d.owner.type === 'user').length;
        const sites = result.documents.filter((d) => d.owner.type === 'site').length;
        const ivrs = result.documents.filter((d) => d.owner.type === 'ivr').length;
        const company = result.documents.some((d) => d.owner.type === 'company');
        const queues = result.documents.filter((d) => d.owner.type === 'queue').length;
        const parts = [
          plural(users, 'user'),
          plural(sites, 'site'),
          ...(queues > 0 ? [plural(queues, 'call queue')] : []),
          ...(ivrs > 0 ? [plural(ivrs, 'IVR menu')] : []),
        ];
        if (company) parts.push('the company');
        const what = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
        io.stderr(`Exported ${what} to ${opts.out}${findings.length ? ` (${plural(findings.length, 'warning')})` : ''}.\n`);
      } else if (result.documents.length > 0) {
        io.stdout(renderExportStream(result.documents));
      }
      setExit(result.skipped.length > 0 ? EXIT_ERROR : EXIT_OK);
    });
}
