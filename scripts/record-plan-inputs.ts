/**
 * `npm run record:plan-inputs`: records what the planning function plans from, so tests plan
 * manifests with no server (test/fixtures/plan-inputs/, see its README). On the emulator's demo
 * account it
 * 1. exports every user, site, call queue, IVR menu and the company to `matching/` (a state
 *    that plans empty),
 * 2. copies the examples' manifests (not their routing tests) to `examples/` (a state that
 *    plans changes; a copy, so the recording does not go stale when the examples change),
 * 3. reads each set's inputs with the plan's own read step (`readPlanInputs`, GET only) and
 *    writes them to `<set>.inputs.json`, the server's origin written as `http://emulator.test`.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { loadValidDocuments } from '../src/cli/pipeline/load-valid-documents.js';
import { readPlanInputs } from '../src/cli/pipeline/read-plan-inputs.js';
import { startEmulator } from '../src/emulator/start-emulator.js';
import { connect } from '../src/live/connect.js';
import { readConnectionConfig } from '../src/live/connection-config.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/fixtures/plan-inputs');
const EXAMPLES = ['company.yaml', 'users', 'sites', 'schedules', 'queues', 'ivr-menus'];

const emu = await startEmulator({ port: 0 });
const env = {
  RINGCENTRAL_SERVER_URL: emu.url,
  RINGCENTRAL_CLIENT_ID: emu.credentials.clientId,
  RINGCENTRAL_CLIENT_SECRET: emu.credentials.clientSecret,
  RINGCENTRAL_JWT: emu.credentials.jwt,
};
const io: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  env,
  cwd: root,
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stdinIsTTY: false,
};
const client = await connect(readConnectionConfig(env));
try {
  await rm(join(out, 'matching'), { recursive: true, force: true });
  await rm(join(out, 'examples'), { recursive: true, force: true });
  const exported = await main(['export', '--all', '--out', join(out, 'matching')], io);
  if (exported !== 0) throw new Error(`export exited ${exported}`);
  await mkdir(join(out, 'examples'), { recursive: true });
  for (const entry of EXAMPLES) await cp(join(root, 'examples', entry), join(out, 'examples', entry), { recursive: true });
  for (const set of ['matching', 'examples']) {
    const { documents } = await loadValidDocuments([join(out, set)], io);
    const inputs = await readPlanInputs(client, documents);
    inputs.account.server = 'http://emulator.test';
    await writeFile(join(out, `${set}.inputs.json`), `${JSON.stringify(inputs, null, 2)}\n`);
    process.stdout.write(`${set}: ${documents.length} documents, ${Object.keys(inputs.snapshots).length} snapshots\n`);
  }
} finally {
  await client.close();
  await emu.stop();
}
