import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoadedDocument } from '../../src/core/document.js';
import type { PathSeg } from '../../src/core/path.js';
import { loadManifests } from '../../src/load/load-manifests.js';
import { isScheduleDocument } from '../../src/validate/schedule-library.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ODD_VALUES: unknown[] = [null, 0, -5, 'x', '', true, [], {}, [null], { x: 1 }];

/** Every path of a value, depth first. */
function paths(value: unknown, prefix: PathSeg[] = []): PathSeg[][] {
  const out: PathSeg[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

function replaced(data: unknown, path: PathSeg[], value: unknown): unknown {
  if (path.length === 0) return value;
  // Through JSON rather than structuredClone: YAML aliases share objects, and a mutation must
  // change one place only.
  const copy = JSON.parse(JSON.stringify(data)) as Record<string | number, unknown>;
  let node = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

describe('validation of malformed data', () => {
  it('never throws, and reports one wrong value as at most one error', async () => {
    const { documents } = await loadManifests(['examples'], REPO);
    let runs = 0;
    for (const doc of documents) {
      // The Schedules the examples use are read beside each document, as a run reads them.
      const schedules = documents.filter((d) => d !== doc && isScheduleDocument(d.data));
      for (const path of paths(doc.data)) {
        for (const value of ODD_VALUES) {
          const mutated: LoadedDocument = { ...doc, data: replaced(doc.data, path, value) };
          const result = validateDocuments([mutated, ...schedules], { now: new Date(2026, 5, 1) });
          const errors = result.problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);
          expect(errors.length, `${JSON.stringify(path)} = ${JSON.stringify(value)}: ${errors.join('; ')}`).toBeLessThanOrEqual(1);
          const valid = result.documents.length + result.routingTests.length + result.schedules.length - schedules.length;
          expect(valid).toBe(errors.length === 0 ? 1 : 0);
          runs++;
        }
      }
    }
    expect(runs).toBeGreaterThan(1000);
  });
});
