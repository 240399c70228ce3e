/**
 * Validation at scale (issue 13): generates one user manifest with N custom rules (default
 * 16,000; each with its own caller, so the file is valid) and times `ringform validate` on it,
 * spawned as a user runs it. Prints the file size and wall time; tests never assert timings.
 *   node bin/run-ts.js scripts/bench-validate.ts [N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.argv[2] ?? 16_000);

const rules = Array.from({ length: count }, (_, i) => {
  const caller = `+1650${String(2000000 + i).padStart(7, '0')}`;
  return `  - name: Rule ${i}\n    when: {callers: ["${caller}"]}\n    immediately: {voicemail: {}}\n`;
}).join('');
const dir = mkdtempSync(join(tmpdir(), 'ringform-bench-validate-'));
const file = join(dir, 'many.yaml');
writeFileSync(file, `version: 1\nkind: User\nextension: "101"\ncustomRules:\n${rules}`);

const started = performance.now();
const run = spawnSync(process.execPath, ['bin/ringform.js', 'validate', file], { cwd: ROOT, encoding: 'utf8' });
const ms = performance.now() - started;
const size = Buffer.byteLength(rules);
console.log(`${count} custom rules, ${(size / 1e6).toFixed(2)} MB: validate exit ${run.status} in ${(ms / 1000).toFixed(2)} s`);
if (run.status !== 0) console.log(run.stderr.split('\n').slice(0, 5).join('\n'));
