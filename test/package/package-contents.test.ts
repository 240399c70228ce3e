import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

/** Every module specifier compiled code imports, static or dynamic (TypeScript's own scanner). */
function importsOf(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe('the published package', () => {
  it('runs compiled JavaScript: bin imports dist, and TypeScript tooling is for development only', () => {
    expect(pkg.bin.ringform).toBe('bin/ringform.js');
    expect(readFileSync(join(ROOT, 'bin/ringform.js'), 'utf8')).toContain('../dist/cli/main.js');
    for (const tool of ['tsx', 'typescript', 'vitest']) {
      expect(pkg.dependencies[tool]).toBeUndefined();
      expect(pkg.devDependencies[tool]).toBeDefined();
    }
    expect(pkg.scripts.prepare).toMatch(/build/);
  });

  it('every package the compiled code imports is a run-time dependency', () => {
    const builtins = new Set(builtinModules);
    const packages = new Set<string>();
    for (const file of [join(ROOT, 'bin/ringform.js'), ...jsFiles(join(ROOT, 'dist'))]) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
        packages.add(packageName(spec));
      }
    }
    expect([...packages].length).toBeGreaterThan(3);
    const missing = [...packages].filter((p) => !(p in pkg.dependencies));
    expect(missing).toEqual([]);
  });

  it('ships dist, the schemas and the binary, and no sources, tests or build state', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT });
    const files: string[] = JSON.parse(stdout)[0].files.map((f: { path: string }) => f.path);
    for (const needed of [
      'package.json',
      'bin/ringform.js',
      'dist/cli/main.js',
      'dist/emulator/demo-seed.js',
      'schemas/manifest-v1.schema.json',
      'schemas/routing-test-v1.schema.json',
      // The Action's steps, so a workflow can run them from the npm package too.
      'action.yml',
      'action/lib.sh',
      'action/pull-request.sh',
      'action/apply.sh',
      'action/drift.sh',
    ]) {
      expect(files).toContain(needed);
    }
    expect(
      files.filter(
        (f) => /^(src|test|scripts|spec)\//.test(f) || f.endsWith('.ts') || f.includes('tsbuildinfo') || f.includes('build-stamp'),
      ),
    ).toEqual([]);
    expect(files).not.toContain('bin/run-ts.js');
  });
});
