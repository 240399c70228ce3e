import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 23 item 3: the plan is one pure function of (documents, live snapshots, account facts),
 * `planFrom`; `plan` and `apply` read first (`readPlanInputs`) and then call it. Pure is shown
 * here by what it can reach: nothing it imports, however indirectly, is the client, a file, the
 * network or the clock.
 */
const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
}

function local(file: string, spec: string): string {
  return resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
}

/** Every import of the modules `entry` reaches: module (below src/) → what it imports. */
function reach(entry: string): { from: string; spec: string }[] {
  const seen = new Set<string>();
  const edges: { from: string; spec: string }[] = [];
  const queue = [join(SRC, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    const from = relative(SRC, file);
    if (seen.has(from)) continue;
    seen.add(from);
    for (const spec of importsOf(file)) {
      const target = spec.startsWith('.') ? local(file, spec) : undefined;
      if (target) queue.push(target);
      edges.push({ from, spec: target ? relative(SRC, target) : spec });
    }
  }
  return edges;
}

/**
 * Modules that read a file the package ships (a schema extracted from the spec), once, when
 * first used: a constant of the tool, not an input of the plan.
 */
const SHIPPED_FILES = ['core/api/spec-schemas.ts', 'validate/manifest-schema.ts', 'validate/routing-test/routing-test-schema.ts'];
/** Built-ins that compute: deep equality, hashes. */
const PURE_BUILTINS = ['node:util', 'node:crypto'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the planning function is pure, and it is what plan and apply call', () => {
  it('reaches no client, no IO and no clock', () => {
    const edges = reach('cli/pipeline/plan-from.ts');
    expect(edges.map((e) => e.spec)).toContain('diff/diff-owner.ts');
    const io = edges.filter(
      ({ from, spec }) =>
        spec.startsWith('live/') ||
        spec.startsWith('apply/') ||
        spec.startsWith('@ringcentral/') ||
        ['cli/clock.ts', 'cli/io.ts'].includes(spec) ||
        (spec.startsWith('node:') && !PURE_BUILTINS.includes(spec) && !(spec === 'node:fs' && SHIPPED_FILES.includes(from))),
    );
    expect(io).toEqual([]);
  });

  it('plan and apply reach it through buildLivePlan: read the inputs, then plan from them', () => {
    const importers = (target: string) =>
      tsFiles(SRC)
        .filter((f) => importsOf(f).some((s) => s.startsWith('.') && local(f, s) === join(SRC, target)))
        .map((f) => relative(SRC, f));
    // Others may plan from inputs too; these are the doors plan and apply go through.
    expect(importers('cli/pipeline/plan-from.ts')).toContain('cli/pipeline/build-live-plan.ts');
    expect(importers('cli/pipeline/read-plan-inputs.ts')).toContain('cli/pipeline/build-live-plan.ts');
    expect(importers('cli/pipeline/build-live-plan.ts')).toContain('cli/pipeline/plan-from-manifests.ts');
    expect(importers('cli/pipeline/plan-from-manifests.ts')).toEqual(
      expect.arrayContaining(['cli/commands/apply.ts', 'cli/commands/plan.ts']),
    );
  });
});
