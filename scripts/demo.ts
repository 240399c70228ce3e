/**
 * `npm run demo`: the main job on the built-in emulator, with no credentials. Starts the emulator
 * on its demo account, then runs `ringform plan examples`, `ringform apply --yes examples`, and
 * `ringform plan examples` again, which must show no changes.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { startEmulator } from '../src/emulator/start-emulator.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(root, 'bin/ringform.js');

function step(title: string, args: string[], env: NodeJS.ProcessEnv, okCodes = [0]): number {
  process.stdout.write(`\n\x1b[1m$ ringform ${args.join(' ')}\x1b[0m   # ${title}\n\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, stdio: 'inherit' });
  const code = r.status ?? 1;
  if (!okCodes.includes(code)) throw new Error(`ringform ${args.join(' ')} exited ${code}`);
  return code;
}

const emulator = await startEmulator({ port: 0 });
process.stdout.write(`RingCentral emulator (demo account) at ${emulator.url}\n`);
const env = {
  ...process.env,
  RINGCENTRAL_SERVER_URL: emulator.url,
  RINGCENTRAL_CLIENT_ID: emulator.credentials.clientId,
  RINGCENTRAL_CLIENT_SECRET: emulator.credentials.clientSecret,
  RINGCENTRAL_JWT: emulator.credentials.jwt,
};
let failed = false;
try {
  step('validate the example manifests (no network)', ['validate', 'examples'], env);
  step('what would change on the demo account', ['plan', 'examples'], env);
  step('apply it', ['apply', '--yes', 'examples'], env);
  step('plan again: nothing left to do', ['plan', '--detailed-exitcode', 'examples'], env);
  const writes = emulator.log.filter((e) => e.method !== 'GET' && !e.path.startsWith('/restapi/oauth')).length;
  process.stdout.write(`\nDemo complete: the emulator received ${emulator.log.length} API calls (${writes} writes); the second plan is empty.\n`);
} catch (err) {
  failed = true;
  process.stderr.write(`\nDemo failed: ${(err as Error).message}\n`);
} finally {
  await emulator.stop();
}
process.exitCode = failed ? 1 : 0;
