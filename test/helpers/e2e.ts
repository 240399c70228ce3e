import { afterAll, beforeAll, beforeEach } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/start-emulator.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs ringform in-process (same code path as the binary) against an emulator, over real HTTP. */
export async function runCli(args: string[], env: Record<string, string | undefined>, cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export function emulatorEnv(emu: RunningEmulator): Record<string, string> {
  return {
    RINGCENTRAL_SERVER_URL: emu.url,
    RINGCENTRAL_CLIENT_ID: emu.credentials.clientId,
    RINGCENTRAL_CLIENT_SECRET: emu.credentials.clientSecret,
    RINGCENTRAL_JWT: emu.credentials.jwt,
  };
}

/** API calls the command made, without OAuth, as `METHOD path` lines. */
export function calls(emu: RunningEmulator, filter: (m: string) => boolean = () => true): string[] {
  return emu.log.filter((e) => !e.path.startsWith('/restapi/oauth') && filter(e.method)).map((e) => `${e.method} ${e.path}`);
}

export const writes = (emu: RunningEmulator) => calls(emu, (m) => m !== 'GET');

export async function withEmulator(opts: EmulatorOptions = {}): Promise<{ emu: RunningEmulator; env: Record<string, string> }> {
  const emu = await startEmulator({ port: 0, ...opts });
  return { emu, env: emulatorEnv(emu) };
}

/**
 * One emulator for a test file, reset (account, log, faults) before each test. Read `t.emu` and
 * `t.env` inside tests.
 */
export function useEmulator(opts: EmulatorOptions = { windowMs: 1000 }): { emu: RunningEmulator; env: Record<string, string> } {
  const t = {} as { emu: RunningEmulator; env: Record<string, string> };
  beforeAll(async () => {
    Object.assign(t, await withEmulator(opts));
  });
  afterAll(async () => {
    await t.emu?.stop();
  });
  beforeEach(() => {
    t.emu.reset();
    t.emu.clearLog();
  });
  return t;
}
