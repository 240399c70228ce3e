import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

// Ways a vitest test can end up not running: skipped, conditional, todo, focused (.only hides
// the rest), or skipped from inside through its context.
const NOT_RUN =
  /\b(?:it|test|describe|suite|bench)\s*\.\s*(?:skip|skipIf|runIf|todo|only|fails)\b|\b(?:xit|xdescribe|fit|fdescribe)\s*\(|\b(?:ctx|context|t)\s*\.\s*skip\s*\(/;
// Tests read only the repository (spec/ holds the copies they need).
const OUTSIDE = /\.\.\/shared\b|\/work\/shared\b/;

describe('the test suite is self-contained and runs every test', () => {
  const files = tsFiles(join(ROOT, 'test')).filter((f) => !f.endsWith('no-skipped-tests.test.ts'));

  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no test is skipped, conditional, focused or todo', () => {
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (NOT_RUN.test(line) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('no test reads files outside the repository', () => {
    const found = files.filter((f) => OUTSIDE.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(found).toEqual([]);
  });
});
