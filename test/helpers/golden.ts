import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares `actual` byte for byte with `<dir>/golden/<name>`, `dir` being the test's folder
 * (`new URL('.', import.meta.url)`). `UPDATE_GOLDEN=1` rewrites the file instead: review the git
 * diff of the goldens like any other change to the output contract.
 */
export function expectGolden(dir: URL, name: string, actual: string): void {
  const file = join(new URL('golden/', dir).pathname, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
  expect(actual, `output differs from golden/${name}`).toBe(readFileSync(file, 'utf8'));
}
