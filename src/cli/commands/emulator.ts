import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../core/problem.js';
import { startEmulator, type RunningEmulator } from '../../emulator/start-emulator.js';
import type { CliIO } from '../io.js';
import type { SetExit } from './index.js';

/**
 * `ringform emulator [--port N] [--seed FILE] [--window-ms MS]`: serves the local RingCentral
 * call-handling emulator until SIGINT/SIGTERM, printing its URL and the credentials to use.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('emulator')
    .description('serve a local emulator of the RingCentral call-handling API (tests, demos, dry runs)')
    .option('--port <n>', 'port to listen on (0 = any free port)', '4010')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--seed <file>', 'JSON seed describing the account (default: the built-in demo account)')
    .option('--window-ms <ms>', 'rate-limit window and penalty in milliseconds', '60000')
    .action(async (opts: { port: string; host: string; seed?: string; windowMs: string }) => {
      const port = integerOption('--port', opts.port, 0, 65535);
      const windowMs = integerOption('--window-ms', opts.windowMs, 1, 86_400_000);
      const seed = opts.seed === undefined ? undefined : resolve(io.cwd, opts.seed);
      const emulator = await start({ port, host: opts.host, seed, windowMs });
      io.stdout(banner(emulator, windowMs));
      if (emulator.adminToken !== undefined) {
        io.stderr(
          `warning: --host ${opts.host} makes the emulator reachable from other machines: anyone who can reach ${emulator.url} can use its API with the credentials above. Its admin API (faults, log, state, credentials) answers only requests carrying the admin token printed above.\n`,
        );
      }
      await untilSignal();
      await emulator.stop();
      io.stderr('RingCentral emulator stopped\n');
      setExit(0);
    });
}

function integerOption(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new UserError(`${name} must be an integer from ${min} to ${max}, not "${raw}"`);
  return n;
}

async function start(opts: Parameters<typeof startEmulator>[0] & { port: number }): Promise<RunningEmulator> {
  try {
    return await startEmulator(opts);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new UserError(`port ${opts.port} is already in use; choose another with --port (0 picks a free one)`);
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EACCES') {
      const why =
        code === 'EACCES' ? 'permission denied' : code === 'EADDRNOTAVAIL' ? 'it is not an address of this machine' : 'no such host';
      throw new UserError(`cannot listen on --host ${opts.host}: ${why}; use an address of this machine such as 127.0.0.1 (the default)`);
    }
    throw e;
  }
}

/** The URL first (scripts read it), then the emulator's own credentials as environment settings. */
function banner(e: RunningEmulator, windowMs: number): string {
  const window =
    windowMs === 60_000
      ? "Rate-limit window: 60 s, as RingCentral's (a rehearsal waits as a real account would; --window-ms 1000 makes it quick)."
      : `Rate-limit window: ${windowMs / 1000} s instead of RingCentral's 60 s (--window-ms).`;
  return [
    `RingCentral emulator listening on ${e.url}`,
    'Connect ringform to it: paste these lines into the shell where you run ringform:',
    `  export RINGCENTRAL_SERVER_URL=${e.url}`,
    `  export RINGCENTRAL_CLIENT_ID=${e.credentials.clientId}`,
    `  export RINGCENTRAL_CLIENT_SECRET=${e.credentials.clientSecret}`,
    `  export RINGCENTRAL_JWT=${e.credentials.jwt}`,
    window,
    ...(e.adminToken === undefined ? [] : [`Admin token: send "Authorization: Bearer ${e.adminToken}" with every admin request`]),
    `Admin API: ${e.url}/__emulator/ (faults, log, state, reset). Stop with Ctrl+C.`,
    '',
  ].join('\n');
}

function untilSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
