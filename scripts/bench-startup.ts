/**
 * Start-up figures of the compiled CLI (issue 12), side by side with bare `node -e 0`: the
 * median wall time of several runs of each command, spawned as a user runs them. Printed by
 * `npm run bench` (first) and `npm run bench:startup`; tests never assert timings.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 9);

function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function benchStartup(): void {
  const node = medianMs(['-e', '0']);
  const rows: [string, number, string][] = [
    ['node -e 0', node, ''],
    ['ringform --version', medianMs(['bin/ringform.js', '--version']), `target <= 3.0 × node (${(3 * node).toFixed(0)} ms)`],
    ['ringform --help', medianMs(['bin/ringform.js', '--help']), ''],
    ['ringform validate examples', medianMs(['bin/ringform.js', 'validate', 'examples']), 'target < 600 ms'],
    ['ringform test examples', medianMs(['bin/ringform.js', 'test', 'examples']), ''],
  ];
  console.log(`start-up of the compiled CLI (median of ${RUNS} runs, dist/ via bin/ringform.js):`);
  for (const [what, ms, target] of rows) {
    const ratio = what === 'node -e 0' ? '' : `  ${(ms / node).toFixed(1)} × node`;
    console.log(`  ${what.padEnd(28)} ${ms.toFixed(0).padStart(5)} ms${ratio.padEnd(13)}${target ? `  (${target})` : ''}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchStartup();
