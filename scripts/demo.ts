/**
 * `npm run demo`: the main job on the built-in emulator, with no credentials. Starts the emulator
 * on its demo account, then runs `ringform plan examples`, `ringform apply --yes examples`, and
 * `ringform plan examples` again, which must show no changes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { useColour } from '../src/cli/io.js';
import { startEmulator } from '../src/emulator/start-emulator.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(root, 'bin/ringform.js');

// The same rule as ringform's own output: no escape codes into a pipe or a file.
const bold = useColour({ env: process.env, stdoutIsTTY: Boolean(process.stdout.isTTY) })
  ? (text: string) => `\x1b[1m${text}\x1b[0m`
  : (text: string) => text;

/** Runs ringform as a user would. Asynchronously: the emulator answers from this process. */
async function step(title: string, args: string[], env: NodeJS.ProcessEnv, okCodes = [0]): Promise<number> {
  process.stdout.write(`\n${bold(`$ ringform ${args.join(' ')}`)}   # ${title}\n\n`);
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env, stdio: 'inherit' });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  if (!okCodes.includes(code)) throw new Error(`ringform ${args.join(' ')} exited ${code}`);
  return code;
}

// RingCentral's limits per window, with the window shrunk from 60 s so the demo does not sit
// waiting for it; ringform paces itself to whatever window the server announces.
const WINDOW_MS = Number(process.env.DEMO_WINDOW_MS ?? 5000);
const emulator = await startEmulator({ port: 0, windowMs: WINDOW_MS });
process.stdout.write(`RingCentral emulator (demo account) at ${emulator.url}, rate-limit window ${WINDOW_MS / 1000} s instead of 60 s\n`);
// The steps share one login, as a user's commands do, from a cache that goes with the demo.
const cacheDir = mkdtempSync(join(tmpdir(), 'ringform-demo-cache-'));
const env = {
  ...process.env,
  RINGFORM_CACHE_DIR: cacheDir,
  RINGCENTRAL_SERVER_URL: emulator.url,
  RINGCENTRAL_CLIENT_ID: emulator.credentials.clientId,
  RINGCENTRAL_CLIENT_SECRET: emulator.credentials.clientSecret,
  RINGCENTRAL_JWT: emulator.credentials.jwt,
};
let failed = false;
try {
  await step('validate the example manifests (no network)', ['validate', 'examples'], env);
  await step('what would change on the demo account', ['plan', 'examples'], env);
  await step('apply it', ['apply', '--yes', 'examples'], env);
  await step('plan again: nothing left to do', ['plan', '--detailed-exitcode', 'examples'], env);
  const writes = emulator.log.filter((e) => e.method !== 'GET' && !e.path.startsWith('/restapi/oauth')).length;
  const limited = emulator.log.filter((e) => e.status === 429).length;
  process.stdout.write(
    `\nDemo complete: the emulator received ${emulator.log.length} API calls (${writes} writes, ${limited} rate-limited); the second plan is empty.\n`,
  );
} catch (err) {
  failed = true;
  process.stderr.write(`\nDemo failed: ${(err as Error).message}\n`);
} finally {
  await emulator.stop();
  rmSync(cacheDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
