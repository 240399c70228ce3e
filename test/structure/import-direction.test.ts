import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The dependency direction of architecture.md: cli → stages → kinds → core. A stage never
 * imports another stage; the emulator is the other side of the API and imports no client code.
 */

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const STAGES = ['load', 'validate', 'resolve', 'live', 'diff', 'plan', 'render', 'apply', 'simulate', 'export'];
/** src/parts (one module per call-handling part) sits at the kinds level. */
const KINDS = ['kinds', 'parts'];
/**
 * The one allowed cross-stage import: apply executes the plan through live/, the only home of
 * the SDK (architecture.md: "apply/ execute steps through live/").
 */
const ALLOWED = new Set(['apply -> live']);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

interface Import {
  file: string;
  from: string;
  to: string;
  target: string;
}

const imports: Import[] = tsFiles(SRC).flatMap((file) =>
  ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const target = relative(SRC, resolve(dirname(file), spec));
      return { file: relative(SRC, file), from: relative(SRC, file).split('/')[0], to: target.split('/')[0], target };
    })
    .filter((i) => i.from !== i.to),
);

const layer = (folder: string) =>
  folder === 'cli' ? 3 : STAGES.includes(folder) ? 2 : KINDS.includes(folder) ? 1 : folder === 'core' ? 0 : -1;
const show = (i: Import) => `${i.file} imports ${i.target}`;

describe('import direction (architecture.md)', () => {
  it('every top-level folder of src/ has a place in the layers', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => f !== 'emulator' && layer(f) < 0)).toEqual([]);
    expect(imports.length).toBeGreaterThan(100);
  });

  it('cli → stages → kinds → core: nothing imports a layer above its own', () => {
    const upward = imports.filter((i) => i.from !== 'emulator' && i.to !== 'emulator' && layer(i.to) > layer(i.from));
    expect(upward.map(show)).toEqual([]);
  });

  it('a stage never imports another stage (apply → live aside)', () => {
    const across = imports.filter((i) => STAGES.includes(i.from) && STAGES.includes(i.to) && !ALLOWED.has(`${i.from} -> ${i.to}`));
    expect(across.map(show)).toEqual([]);
  });

  it('the emulator imports only core helpers (not the RingCentral defaults), and only the CLI starts it', () => {
    const fromEmulator = imports.filter(
      (i) => i.from === 'emulator' && (i.to !== 'core' || i.target === 'core/defaults.ts' || i.target === 'core/defaults.js'),
    );
    expect(fromEmulator.map(show)).toEqual([]);
    const intoEmulator = imports.filter((i) => i.to === 'emulator' && i.from !== 'cli');
    expect(intoEmulator.map(show)).toEqual([]);
  });
});
