/**
 * `npm run bench`: the figures of issues 7, 19 and 23, printed (tests never assert timings).
 *
 * 1. Engine only: parse + validate + compile + diff + order + render for 1,000 users (no IO).
 * 2. Full plan of a 300-user account against the emulator with a 500 ms rate-limit window: GETs
 *    per managed user, wall time beside the ideal client that sends the same GETs (each a
 *    window after the answer of the one `limit` places earlier; ideal-client.ts), 429s.
 * 3. The same account with 50 call queues beside the users (Light, Medium and Heavy reads paced
 *    side by side): wall time beside the 300 users alone.
 * 4. A pull-request run (`plan --changed-since`) with 3 changed user files: users read.
 * First, the start-up of the compiled CLI next to `node -e 0` (bench-startup.ts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { defaultStateDispatching, type DispatchingRuleKind } from '../src/core/defaults.js';
import { formatPath, type PathSeg } from '../src/core/path.js';
import { diffOwner } from '../src/diff/diff-owner.js';
import type { CompileContext, UserSnapshot } from '../src/kinds/context.js';
import { USER_KINDS } from '../src/kinds/index.js';
import { loadManifests } from '../src/load/load-manifests.js';
import { buildPlan } from '../src/plan/build-plan.js';
import { renderPlanJson, renderPlanText } from '../src/render/index.js';
import { resolveOwners } from '../src/resolve/resolve-owners.js';
import { Resolver } from '../src/resolve/resolver.js';
import type { ExtensionInfo } from '../src/core/references.js';
import { validateDocuments } from '../src/validate/validate-documents.js';
import { benchStartup } from './bench-startup.js';

import { idealClient, type IdealGet } from './ideal-client.js';

/** Users of the engine-only figure (issue 7). */
const ENGINE_USERS = 1000;
/** The account of the full plans (issue 23 item 4, issue 19 item 4); BENCH_USERS changes it. */
const USERS = Number(process.env.BENCH_USERS ?? 300);
const QUEUES = 50;
const START = 10001;
const QUEUE_START = 5001;
// The shrunk window stands in for RingCentral's 60 s one; BENCH_WINDOW_MS changes it.
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 500);
/** RingCentral's default usage plan, which the emulator serves. */
const LIMITS: Record<string, number> = { light: 50, medium: 40, heavy: 10, auth: 5 };
const changed = (n: number) => n % 10 === 0; // every tenth user differs from live

function manifest(n: number): string {
  const head = `version: 1\nkind: User\nextension: "${n}"\n`;
  if (!changed(n)) {
    return `${head}states:\n  work-hours: {schedule: always}\n  dnd: {enabled: false}\nrules:\n  work-hours:\n    ring: {order: at-once, groups: [{targets: [mobile-apps], seconds: 20}, {targets: [desktop-apps], seconds: 20}]}\n    ifNoAnswer: {voicemail: {}}\n`;
  }
  return `${head}states:
  work-hours: {schedule: {weekly: {monday: ["09:00-17:00"], tuesday: ["09:00-17:00"], friday: ["09:00-13:00"]}}}
rules:
  work-hours:
    ring: {order: in-order, groups: [{targets: [mobile-apps], seconds: 15}, {targets: [{phone: "+1650555${String(n).slice(-4)}"}], seconds: 20}]}
    ifNoAnswer: {voicemail: {}}
  after-hours:
    immediately: {forwardTo: {phone: "+14082324343"}}
customRules:
  - name: VIP
    when: {callers: ["+16501111111"], state: after-hours}
    immediately: {forwardTo: {phone: "+14085550100"}}
`;
}

/** Queue i: two of the users as members, in a fixed order, and the next queue as overflow. */
const queueMembers = (i: number) => [START + 2 * i, START + 2 * i + 1].map(String);

/**
 * A queue as an administrator writes it: members, settings, overflow, hours and both default
 * rules, so its plan reads everything a queue can need (hours and members Light, the rule list
 * Medium, the details Light, the overflow settings Heavy).
 */
function queueManifest(i: number): string {
  const [a, b] = queueMembers(i);
  return `version: 1
kind: CallQueue
queue: "${QUEUE_START + i}"
members: ["${a}", "${b}"]
settings: {alertAfterSeconds: 15}
overflow: {enabled: true, queues: ["${QUEUE_START + ((i + 1) % QUEUES)}"]}
businessHours:
  schedule: {weekly: {monday: ["08:00-18:00"], tuesday: ["08:00-18:00"], wednesday: ["08:00-18:00"], thursday: ["08:00-18:00"], friday: ["08:00-16:00"]}}
rules:
  business-hours:
    distribution: fixed-order
    order: ["${b}", "${a}"]
    ringEachSeconds: 20
    wrapUpSeconds: 15
    maxWaitSeconds: 600
    whenMaxWait: {voicemail: {}}
  after-hours:
    announcement: {}
`;
}

async function writeManifests(dir: string, users: number, queues = 0): Promise<void> {
  await mkdir(join(dir, 'users'), { recursive: true });
  for (let n = START; n < START + users; n++) await writeFile(join(dir, 'users', `${n}.yaml`), manifest(n));
  if (queues === 0) return;
  await mkdir(join(dir, 'queues'), { recursive: true });
  for (let i = 0; i < queues; i++) await writeFile(join(dir, 'queues', `${QUEUE_START + i}.yaml`), queueManifest(i));
}

const always = [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '00:00:00', endTime: '23:59:59' }] } }];
function defaultSnapshot(): UserSnapshot {
  const rule = (id: DispatchingRuleKind, enabled = true) => ({
    id,
    displayName: id,
    dispatching: defaultStateDispatching(id),
    state: { id, displayName: id, enabled, conditions: always },
  });
  // The generated types are the API's; the defaults here are the emulator's documented ones.
  const stateRules = [rule('work-hours'), rule('forward-all-calls', false), rule('dnd', false)] as unknown as UserSnapshot['stateRules'];
  return { stateRules, interactionRules: [] };
}

async function engineOnly(dir: string) {
  const t0 = performance.now();
  const loaded = await loadManifests([dir], dir);
  const tLoad = performance.now();
  const { documents, problems } = validateDocuments(loaded.documents);
  const tValidate = performance.now();
  if (problems.some((p) => p.severity === 'error')) throw new Error(`bench manifests invalid: ${problems[0].message}`);
  const extensions: ExtensionInfo[] = Array.from({ length: ENGINE_USERS }, (_, i) => ({
    id: String(70_000_001_004 + i * 1000),
    extensionNumber: String(START + i),
    name: `User ${START + i}`,
    type: 'User',
  }));
  const resolver = new Resolver(extensions);
  const { owners } = resolveOwners(documents, resolver);
  const drafts = owners.flatMap((o) => {
    const ctx: CompileContext = {
      owner: o.owner,
      doc: o.doc,
      manifest: o.doc.data,
      live: defaultSnapshot(),
      resolver,
      report: (p: readonly PathSeg[], m: string) => {
        throw new Error(`${formatPath(p)} ${m}`);
      },
    };
    return diffOwner(ctx, USER_KINDS, false).changes;
  });
  const tCompile = performance.now();
  const plan = buildPlan(drafts, []);
  const tPlan = performance.now();
  const json = renderPlanJson(plan);
  renderPlanText(plan, { colour: false });
  const end = performance.now();
  const stages = `load ${(tLoad - t0).toFixed(0)}, validate ${(tValidate - tLoad).toFixed(0)}, compile+diff ${(tCompile - tValidate).toFixed(0)}, order ${(tPlan - tCompile).toFixed(0)}, render ${(end - tPlan).toFixed(0)}`;
  return { ms: end - t0, changes: plan.changes.length, bytes: json.length, stages };
}

function quietIO(env: Record<string, string>, cwd: string): CliIO & { out: () => string } {
  let out = '';
  return {
    stdout: (t) => void (out += t),
    stderr: () => {},
    env,
    cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    out: () => out,
  };
}

/**
 * The account: the demo account, `users` generated users and `queues` call queues (empty, on
 * RingCentral's defaults) whose members the manifests then write.
 */
function seedOf(users: number, queues: number) {
  const extensions = Array.from({ length: queues }, (_, i) => ({
    id: String(80_000_001_004 + i * 1000),
    extensionNumber: String(QUEUE_START + i),
    name: `Queue ${QUEUE_START + i}`,
    type: 'Department',
  }));
  return { base: 'demo', generateUsers: { count: users, startNumber: START }, extensions };
}

/**
 * The emulator runs in a process of its own, as a real server would, so that its work does not
 * share an event loop with the client being measured.
 */
async function startEmulatorProcess(dir: string, users: number, queues: number): Promise<{ url: string; child: ChildProcess }> {
  const seed = join(dir, 'seed.json');
  await writeFile(seed, JSON.stringify(seedOf(users, queues)));
  const child = spawn(process.execPath, ['bin/ringform.js', 'emulator', '--port', '0', '--seed', seed, '--window-ms', String(WINDOW_MS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited ${code}`)));
  });
  return { url, child };
}

interface LogEntry {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  status: number;
  group: string;
  /** When the request arrived (Date.now of the emulator's process). */
  time: number;
}

function emulatorLog(url: string) {
  return {
    async read(): Promise<LogEntry[]> {
      return (await (await fetch(`${url}/__emulator/log`)).json()) as LogEntry[];
    },
    async clear(): Promise<void> {
      await fetch(`${url}/__emulator/log`, { method: 'DELETE' });
    },
    /** The seeded account again, with fresh rate-limit windows. */
    async reset(): Promise<void> {
      await fetch(`${url}/__emulator/reset`, { method: 'POST' });
    },
  };
}

const CREDENTIALS = { clientId: 'demo-client-id', clientSecret: 'demo-client-secret', jwt: 'demo-jwt' };

function urlOf(e: LogEntry): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(e.query ?? {})) for (const value of [v].flat()) query.append(k, value);
  const q = query.toString();
  return q ? `${e.path}?${q}` : e.path;
}

/** Median of `runs` runs of `f` (the figure that one slow run of a loaded machine does not move). */
async function median<T extends { ms: number }>(runs: number, f: () => Promise<T>): Promise<T> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await f());
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(results.length / 2)];
}
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A full plan of the account, then the ideal client sending the same GETs, each on fresh windows. */
async function fullPlan(dir: string, users: number, queues: number) {
  const { url, child } = await startEmulatorProcess(dir, users, queues);
  const log = emulatorLog(url);
  const cache = join(dir, 'cache');
  const env = {
    RINGCENTRAL_SERVER_URL: url,
    RINGCENTRAL_CLIENT_ID: CREDENTIALS.clientId,
    RINGCENTRAL_CLIENT_SECRET: CREDENTIALS.clientSecret,
    RINGCENTRAL_JWT: CREDENTIALS.jwt,
    RINGFORM_TOKEN_CACHE: 'off',
    RINGFORM_CACHE_DIR: cache,
  };
  try {
    let entries: LogEntry[] = [];
    let changes = 0;
    const plan = await median(RUNS, async () => {
      await log.reset();
      // Windows spent by the previous run are past.
      await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
      const io = quietIO(env, dir);
      const t0 = performance.now();
      const epoch0 = Date.now();
      const code = await main(['plan', '--format', 'json', dir], io);
      const ms = performance.now() - t0;
      if (code !== 0) throw new Error(`plan exited ${code}`);
      entries = await log.read();
      changes = (JSON.parse(io.out()) as { changes: unknown[] }).changes.length;
      if (process.env.BENCH_DUMP) await writeFile(`${process.env.BENCH_DUMP}-${queues}.json`, JSON.stringify({ epoch0, ms, entries }));
      const getTimes = entries.filter((e) => e.method === 'GET').map((e) => e.time - epoch0);
      return { ms, firstGet: Math.min(...getTimes), lastGet: Math.max(...getTimes) };
    });
    const api = entries.filter((e) => !e.path.startsWith('/restapi/oauth'));
    const gets = api.filter((e) => e.method === 'GET');
    const idealGets: IdealGet[] = gets.map((e) => ({ url: urlOf(e), group: e.group }));
    const ideal = await median(RUNS, async () => {
      await log.reset();
      await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
      return idealClient(url, CREDENTIALS, idealGets, LIMITS, WINDOW_MS);
    });
    const byGroup = (group: string) => gets.filter((e) => e.group === group).length;
    return {
      url,
      env,
      log,
      child,
      gets: gets.length,
      perUser: gets.filter((e) => e.path.includes('/comm-handling/')).length / users,
      light: byGroup('light'),
      medium: byGroup('medium'),
      heavy: byGroup('heavy'),
      wallMs: plan.ms,
      firstGetMs: plan.firstGet,
      lastGetMs: plan.lastGet,
      idealMs: ideal.ms,
      idealFailures: ideal.failures,
      rateLimited: entries.filter((e) => e.status === 429).length,
      changes,
    };
  } catch (error) {
    child.kill();
    throw error;
  }
}

/** Pull-request run: 3 user files changed since the last commit. */
async function pullRequest(dir: string, env: Record<string, string>, log: ReturnType<typeof emulatorLog>) {
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-qam', 'x', '--allow-empty'], {
    cwd: dir,
  });
  execFileSync('git', ['add', '.'], { cwd: dir });
  execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-qm', 'manifests'], { cwd: dir });
  for (const n of [START + 1, START + 2, START + 3]) {
    const file = join(dir, 'users', `${n}.yaml`);
    await writeFile(file, (await readFile(file, 'utf8')).replace('dnd: {enabled: false}', 'dnd: {enabled: true}'));
  }
  await log.reset();
  const pr = quietIO(env, dir);
  await main(['plan', '--format', 'json', '--changed-since', 'HEAD', '.'], pr);
  const prLog = await log.read();
  const usersRead = new Set(prLog.filter((e) => e.path.includes('/comm-handling/')).map((e) => e.path.split('/')[6])).size;
  return {
    usersRead,
    changes: (JSON.parse(pr.out()) as { changes: unknown[] }).changes.length,
    rateLimited: prLog.filter((e) => e.status === 429).length,
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Directories removed at the end. */
const temporary: string[] = [];
if (process.env.BENCH_STARTUP !== '0') benchStartup();
// BENCH_STARTUP=0 / BENCH_ENGINE=0 leave out the figures that need no emulator.
if (process.env.BENCH_ENGINE !== '0') {
  const engineDir = await mkdtemp(join(tmpdir(), 'ringform-bench-'));
  temporary.push(engineDir);
  await writeManifests(engineDir, ENGINE_USERS);
  // The first run is what one CLI invocation pays (schema compilation, JIT warm-up included); the
  // second is the steady state of a process that plans repeatedly.
  const engine = await engineOnly(engineDir);
  const warm = await engineOnly(engineDir);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `engine only (parse, validate, compile, diff, order, render) for ${ENGINE_USERS} users, ${engine.changes} changes (target < 1000 ms):`,
  );
  console.log(`  first run ${engine.ms.toFixed(0)} ms (${engine.stages}); second run ${warm.ms.toFixed(0)} ms (${warm.stages})`);
  console.log(`  peak RSS ${rssMb.toFixed(0)} MB (target < 256 MB)`);
}

const usersDir = await mkdtemp(join(tmpdir(), 'ringform-bench-'));
temporary.push(usersDir);
await writeManifests(usersDir, USERS);
const full = await fullPlan(usersDir, USERS, 0);
console.log(`full plan of ${USERS} users against the emulator (window ${WINDOW_MS} ms; median of ${RUNS} runs):`);
console.log(
  `  GET requests: ${full.gets} in all (${full.light} Light, ${full.medium} Medium, ${full.heavy} Heavy); ${full.perUser.toFixed(2)} per managed user (target 2.0)`,
);
console.log(
  `  ringform ${s(full.wallMs)}; ideal client sending the same GETs ${s(full.idealMs)}${full.idealFailures ? ` (${full.idealFailures} not 200)` : ''}; ratio ${(full.wallMs / full.idealMs).toFixed(3)} (target <= 1.05)`,
);
console.log(
  `  ringform's first GET after ${s(full.firstGetMs)} (start, manifests, login), its last after ${s(full.lastGetMs)}; done after ${s(full.wallMs)}`,
);
console.log(`  429 responses: ${full.rateLimited} (target 0); ${full.changes} changes planned`);
let pr;
try {
  pr = await pullRequest(usersDir, full.env, full.log);
} finally {
  full.child.kill();
}
console.log(
  `pull-request run (--changed-since, 3 user files changed): ${pr.usersRead} users read, ${pr.changes} changes, ${pr.rateLimited} 429s`,
);

const queuesDir = await mkdtemp(join(tmpdir(), 'ringform-bench-'));
temporary.push(queuesDir);
await writeManifests(queuesDir, USERS, QUEUES);
const both = await fullPlan(queuesDir, USERS, QUEUES);
both.child.kill();
console.log(`full plan of ${USERS} users and ${QUEUES} call queues (Light, Medium and Heavy paced side by side):`);
console.log(`  GET requests: ${both.gets} in all (${both.light} Light, ${both.medium} Medium, ${both.heavy} Heavy)`);
console.log(
  `  ringform ${s(both.wallMs)} (${USERS} users alone: ${s(full.wallMs)}); ideal client ${s(both.idealMs)}; ratio ${(both.wallMs / both.idealMs).toFixed(3)}`,
);
console.log(
  `  the queues' own Medium reads (${both.medium - full.medium}) are what they add: ${both.medium - full.medium} / ${LIMITS.medium} × ${WINDOW_MS} ms = ${s(((both.medium - full.medium) / LIMITS.medium) * WINDOW_MS)}; their ${both.heavy} Heavy reads alone would take ${s(Math.max(0, Math.ceil(both.heavy / LIMITS.heavy) - 1) * WINDOW_MS)}`,
);
console.log(`  ringform's first GET after ${s(both.firstGetMs)}, its last after ${s(both.lastGetMs)}; done after ${s(both.wallMs)}`);
console.log(`  429 responses: ${both.rateLimited} (target 0); ${both.changes} changes planned`);
console.log(`peak RSS of the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
for (const dir of temporary) await rm(dir, { recursive: true, force: true });
