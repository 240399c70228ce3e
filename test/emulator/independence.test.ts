import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The emulator checks the client, so it must not share the client's idea of what is valid: no
 * module it loads (directly or through others) may be a call-handling part, a resource kind or
 * the client's defaults.
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const FORBIDDEN = [/^parts\//, /^kinds\//, /^core\/defaults\.ts$/];

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
  const dynamic = [...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  return [...specs, ...dynamic].map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

function loadedBy(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

describe('the emulator stays independent of the client', () => {
  it('loads no call-handling part, resource kind or client default', () => {
    const emulator = readdirSync(join(SRC, 'emulator'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(SRC, 'emulator', f));
    const loaded = [...loadedBy(emulator)].map((f) => relative(SRC, f));
    expect(loaded.length).toBeGreaterThan(emulator.length);
    expect(loaded.filter((f) => FORBIDDEN.some((re) => re.test(f)))).toEqual([]);
  });

  it('would notice a forbidden import', () => {
    const loaded = [...loadedBy([join(SRC, 'core', 'defaults.ts')])].map((f) => relative(SRC, f));
    expect(loaded.filter((f) => FORBIDDEN.some((re) => re.test(f)))).toEqual(['core/defaults.ts']);
  });
});
