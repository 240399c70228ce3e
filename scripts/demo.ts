/**
 * `npm run demo`: the main job on the built-in emulator, with no credentials. Starts the emulator
 * on its demo account, then runs `ringform validate`, `ringform plan --out` (the plan, once, with
 * a one-line summary of the routing impact per user and site), `ringform apply --plan` (the
 * result of each change, not the plan again) and `ringform plan` again, which must show no
 * changes. The commands follow each other at once, as an administrator's do; a normal run draws
 * no 429 from the emulator all the same (each command starts from the rate-limit windows the
 * previous one left in the cache directory), and the demo says how many it saw.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { useColour } from '../src/cli/io.js';
import { startEmulator } from '../src/emulator/start-emulator.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(root, 'bin/ringform.js');

// The same rule as ringform's own output: no escape codes into a pipe or a file.
const colour = useColour({ env: process.env, stdoutIsTTY: Boolean(process.stdout.isTTY) });
const bold = colour ? (text: string) => `\x1b[1m${text}\x1b[0m` : (text: string) => text;

/**
 * Runs ringform as a user would, asynchronously (the emulator answers from this process), and
 * shows its stdout through `show`; stderr (warnings, errors) passes through as it is.
 */
async function step(
  title: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  show: (stdout: string) => string = (s) => s,
  okCodes = [0],
): Promise<number> {
  process.stdout.write(`\n${bold(`$ ringform ${args.join(' ')}`)}   # ${title}\n\n`);
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    env: colour ? { ...env, FORCE_COLOR: '1' } : env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  process.stdout.write(show(stdout));
  if (!okCodes.includes(code)) throw new Error(`ringform ${args.join(' ')} exited ${code}`);
  return code;
}

const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * The plan as printed, with its routing impact cut to one line per user or site (heading and
 * how many representative calls change): the demo shows that it is there, `ringform plan`
 * shows it whole.
 */
export function summarizeImpact(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => plain(l) === 'Routing impact:');
  if (start < 0) return text;
  const out = lines.slice(0, start + 1);
  out.push(`(one line per user and site here; \`ringform plan examples\` lists every call that changes)`, '');
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = plain(lines[i]);
    if (line.startsWith('Who rings when: ')) {
      const end = lines.slice(i).findIndex((l) => /^ {2}(\d+ of \d+ representative calls change|no change )/.test(plain(l)));
      const count = end >= 0 ? plain(lines[i + end]).trim() : '';
      out.push(`${lines[i].replace(/, in the week .*$/, '')}: ${count}`);
      if (end >= 0) i += end;
    } else if (line !== '' && !line.startsWith('  ')) break;
  }
  return [...out, '', ...lines.slice(i)].join('\n');
}

/** What `apply` printed after the plan it repeats: the result of each change and the counts. */
export function applyResult(text: string): string {
  const lines = text.split('\n');
  const accounts = lines.flatMap((l, i) => (plain(l).startsWith('Account: ') ? [i] : []));
  return lines.slice(accounts.at(-1) ?? 0).join('\n');
}

// RingCentral's limits per window, with the window shrunk from 60 s so the demo does not sit
// waiting for it; ringform paces itself to whatever window the server announces.
const WINDOW_MS = Number(process.env.DEMO_WINDOW_MS ?? 5000);

async function main(): Promise<boolean> {
  const emulator = await startEmulator({ port: 0, windowMs: WINDOW_MS });
  const scratch = await mkdtemp(join(tmpdir(), 'ringform-demo-'));
  const saved = join(scratch, 'plan.json');
  process.stdout.write(`RingCentral emulator (demo account) at ${emulator.url}, rate-limit window ${WINDOW_MS / 1000} s instead of 60 s\n`);
  const env = {
    ...process.env,
    // The steps share one login, as a user's commands do, from a cache that goes with the demo.
    RINGFORM_CACHE_DIR: join(scratch, 'cache'),
    RINGCENTRAL_SERVER_URL: emulator.url,
    RINGCENTRAL_CLIENT_ID: emulator.credentials.clientId,
    RINGCENTRAL_CLIENT_SECRET: emulator.credentials.clientSecret,
    RINGCENTRAL_JWT: emulator.credentials.jwt,
  };
  try {
    await step('validate the example manifests (no network)', ['validate', 'examples'], env);
    await step('what would change on the demo account (saved for apply)', ['plan', 'examples', '--out', saved], env, summarizeImpact);
    await step('apply exactly that plan', ['apply', '--plan', saved, '--yes'], env, applyResult);
    await step('plan again: nothing left to do', ['plan', '--detailed-exitcode', 'examples'], env);
    const writes = emulator.log.filter((e) => e.method !== 'GET' && !e.path.startsWith('/restapi/oauth')).length;
    const limited = emulator.log.filter((e) => e.status === 429).length;
    for (const e of emulator.log.filter((l) => l.status === 429)) process.stdout.write(`rate-limited: ${e.method} ${e.path}\n`);
    process.stdout.write(
      `\nDemo complete: the emulator received ${emulator.log.length} API calls (${writes} writes, ${limited} rate-limited); the second plan is empty.\n`,
    );
    return true;
  } catch (err) {
    process.stderr.write(`\nDemo failed: ${(err as Error).message}\n`);
    return false;
  } finally {
    await emulator.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

// Run as the demo; imported (by its test), only the helpers above.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = (await main()) ? 0 : 1;
}
