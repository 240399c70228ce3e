import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: tests that spawn bin/ringform.js run the compiled CLI in dist/, so it is
 * rebuilt first whenever a source file is newer than the last build (a no-op otherwise).
 */
export function setup(): void {
  const script = fileURLToPath(new URL('../../scripts/build-if-stale.mjs', import.meta.url));
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}
