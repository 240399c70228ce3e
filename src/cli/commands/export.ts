import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { formatFinding } from '../../export/export-findings.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { countedWords, ownerTable } from '../../core/affected-owners.js';
import { OWNER_TYPES } from '../../core/plan.js';
import { EXPORT_FLAGS, exportLive, flagName, type ExportFlag, type ExportResult, type ExportSelection } from '../pipeline/export-live.js';
import { openClient } from '../pipeline/open-client.js';
import { renderExportStream, writeExportFiles } from '../pipeline/write-export.js';
import type { SetExit } from './index.js';
import { progressFor } from '../progress.js';

/** The key commander stores a flag's value under (`--all-users` → `allUsers`). */
const optionKey = (f: ExportFlag): string => new Option(f.flag, f.help).attributeName();

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
  const command = program
    .command('export')
    .description('write manifests that describe the live configuration (GET only); plan on them shows no changes');
  // The flags of each owner type, from its entry of EXPORT_FLAGS.
  for (const type of OWNER_TYPES)
    for (const f of [EXPORT_FLAGS[type].named, EXPORT_FLAGS[type].all]) if (f) command.addOption(new Option(f.flag, f.help));
  command
    .option('--all', 'export every user, every site, every call queue, every IVR menu and the company')
    .option('--out <dir>', 'write one file per user and site below this directory (default: every document to stdout)')
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const list = (f: ExportFlag | undefined) => (f ? ((opts[optionKey(f)] as string[] | undefined) ?? []) : []);
      const selection: ExportSelection = ownerTable((type) => ({
        all: Boolean(opts[optionKey(EXPORT_FLAGS[type].all)] || opts.all),
        named: list(EXPORT_FLAGS[type].named),
      }));
      if (OWNER_TYPES.every((t) => !selection[t].all && selection[t].named.length === 0)) {
        const named = OWNER_TYPES.flatMap((t) => {
          const f = EXPORT_FLAGS[t].named;
          return f ? [`${EXPORT_FLAGS[t].plural} with ${flagName(f)}`] : [];
        });
        const all = [...OWNER_TYPES.map((t) => flagName(EXPORT_FLAGS[t].all)), '--all'];
        cmd.error(`error: nothing to export: name ${named.join(', ')}, or use ${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}`);
      }
      const result = await readAndConvert(io, selection);
      const findings = result.documents.flatMap((d) => d.findings);
      for (const f of findings) io.stderr(formatFinding(f) + '\n');
      for (const s of result.skipped) io.stderr(`warning: ${s}\n`);
      const out = typeof opts.out === 'string' ? opts.out : undefined;
      if (out) {
        for (const file of await writeExportFiles(resolve(io.cwd, out), result.documents)) io.stdout(`${file}\n`);
        const counts = ownerTable((type) => result.documents.filter((d) => d.owner.type === type).length);
        const parts = countedWords(counts, plural);
        const what = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
        io.stderr(`Exported ${what} to ${out}${findings.length ? ` (${plural(findings.length, 'warning')})` : ''}.\n`);
      } else if (result.documents.length > 0) {
        io.stdout(renderExportStream(result.documents));
      }
      setExit(result.skipped.length > 0 ? EXIT_ERROR : EXIT_OK);
    });
}
