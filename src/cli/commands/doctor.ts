import type { Command } from 'commander';
import { runDoctorChecks } from '../../live/doctor-checks.js';
import { renderDoctor } from '../../render/render-doctor.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import { useColour, type CliIO } from '../io.js';
import type { SetExit } from './index.js';

/**
 * `ringform doctor`: checks the connection before a CI job relies on it (cli.md). GET only;
 * exit 0 only when every check passes.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('doctor')
    .description('check settings, login, account, user, app permissions, new call handling and rate limits (GET only)')
    .action(async () => {
      const debug = io.env.RINGFORM_DEBUG ? (line: string) => io.stderr(`debug: ${line}\n`) : undefined;
      const checks = await runDoctorChecks(io.env, { debug });
      io.stdout(renderDoctor(checks, { colour: useColour(io) }));
      setExit(checks.every((c) => c.ok) ? EXIT_OK : EXIT_ERROR);
    });
}
