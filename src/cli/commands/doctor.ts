import { Argument, type Command } from 'commander';
import { runDoctorChecks } from '../../live/doctor-checks.js';
import { documentPermissions } from '../../plan/document-permissions.js';
import { renderDoctor } from '../../render/render-doctor.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import { useColour, type CliIO } from '../io.js';
import { loadValidDocuments } from '../pipeline/load-valid-documents.js';
import { budgetStoreOf, tokenCacheOf } from '../pipeline/open-client.js';
import type { SetExit } from './index.js';

/**
 * `ringform doctor [PATH…]`: checks the connection before a CI job relies on it (cli.md). With
 * paths, the app permissions check also covers every permission those manifests' writes need
 * (EditAccounts for a Company document). GET only; exit 0 only when every check passes.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('doctor')
    .description(
      'check settings, login, account, user, app permissions (also those the manifests in PATHs need), new call handling and rate limits (GET only)',
    )
    .addArgument(new Argument('[paths...]', 'manifests whose app permissions to check too (none: only what every command needs)'))
    .action(async (paths: string[]) => {
      const needs = paths.length ? documentPermissions((await loadValidDocuments(paths, io)).documents) : [];
      const debug = io.env.RINGFORM_DEBUG ? (line: string) => io.stderr(`debug: ${line}\n`) : undefined;
      const checks = await runDoctorChecks(
        io.env,
        { debug, tokenCacheFor: (config) => tokenCacheOf(io, config), budgetStoreFor: (config) => budgetStoreOf(io, config) },
        needs,
      );
      io.stdout(renderDoctor(checks, { colour: useColour(io) }));
      setExit(checks.every((c) => c.ok) ? EXIT_OK : EXIT_ERROR);
    });
}
