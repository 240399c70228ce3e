import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { formatProblem, sortProblems, UserError } from '../core/problem.js';
import { ApiError } from '../live/api-client.js';
import { processIO, type CliIO } from './io.js';
import { registerCommands } from './commands/index.js';

import { EXIT_ERROR, EXIT_OK } from './exit-codes.js';

/**
 * Runs one ringform command and returns its exit code. This is the one place that turns
 * errors into messages: user errors print without a stack trace, anything else is a bug and
 * says so (with the stack only under RINGFORM_DEBUG).
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = new Command('ringform');
  let exitCode = EXIT_OK;
  program
    .description('RingCentral call handling as code')
    .version(version(), '-V, --version', 'print the ringform version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    await registerCommands(
      program,
      io,
      (code) => {
        exitCode = code;
      },
      argv,
    );
    showUsageAfterErrors(program);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    return reportError(err, io);
  }
}

/**
 * A usage error prints the message, the command's usage line and where to read more, not the
 * whole help (which would bury the message).
 */
function showUsageAfterErrors(program: Command): void {
  for (const cmd of [program, ...program.commands]) {
    const name = cmd === program ? 'ringform' : `ringform ${cmd.name()}`;
    cmd.showHelpAfterError(`Usage: ${name} ${cmd.usage()}\nRun "${name} --help" for details.`);
  }
}

function reportError(err: unknown, io: CliIO): number {
  if (err instanceof CommanderError) {
    // Help and version are successful exits; usage errors were already printed by commander.
    return err.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
  }
  if (err instanceof UserError) {
    for (const p of sortProblems(err.problems)) io.stderr(formatProblem(p) + '\n');
    io.stderr(`Error: ${err.message}\n`);
    return EXIT_ERROR;
  }
  if (err instanceof ApiError) {
    // RingCentral answered with an error (after retries where they were safe): not a bug, and
    // nothing was applied by the command that hit it (apply reports its steps itself).
    io.stderr(`Error: ${err.message}\n`);
    io.stderr('RingCentral did not complete the request; nothing was changed by this command. Run it again when the API is available.\n');
    return EXIT_ERROR;
  }
  const fsError = fileSystemError(err);
  if (fsError) {
    io.stderr(`Error: ${fsError}\n`);
    return EXIT_ERROR;
  }
  const e = err as Error;
  io.stderr(`Error: ${e?.message ?? String(err)}\n`);
  if (io.env.RINGFORM_DEBUG) io.stderr(`${e?.stack ?? ''}\n`);
  else io.stderr('(this is a bug in ringform; run with RINGFORM_DEBUG=1 for details)\n');
  return EXIT_ERROR;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EEXIST: 'it already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};

/** A file the user named (`--out`, `--plan`, `--seed`) that cannot be read or written. */
function fileSystemError(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  if (!e || typeof e.code !== 'string' || typeof e.syscall !== 'string' || !(e.code in FS_REASONS)) return undefined;
  return `cannot ${e.syscall} ${e.path ?? ''}: ${FS_REASONS[e.code]}`;
}
