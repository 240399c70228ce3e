import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/load/load-manifests.js';
import { manifestSchema } from '../../src/validate/manifest-schema.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

describe('examples/', async () => {
  const loaded = await loadManifests(['examples'], REPO);

  it('are valid, without warnings', () => {
    const validated = validateDocuments(loaded.documents, { now: new Date(2026, 5, 1) });
    expect([...loaded.problems, ...validated.problems]).toEqual([]);
    expect(validated.documents.length + validated.routingTests.length + validated.schedules.length).toBe(loaded.documents.length);
    expect(validated.schedules.length).toBeGreaterThan(0);
    expect(validated.routingTests.length).toBeGreaterThan(0);
  });

  it('use every field of the format', () => {
    const used = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          used.add(key);
          walk(inner);
        }
      }
    };
    loaded.documents.forEach((doc) => walk(doc.data));
    expect([...manifestSchema().fields].filter((field) => !used.has(field))).toEqual([]);
  });

  it('start with the editor schema line', () => {
    for (const file of loaded.files) {
      const first = readFileSync(`${REPO}/${file}`, 'utf8').split('\n')[0];
      const schema = file.includes('routing-tests/') ? 'routing-test-v1' : 'manifest-v1';
      // examples/company.yaml sits at the top; the others one folder down.
      const up = file.split('/').length === 2 ? '../' : '../../';
      expect(first, file).toBe(`# yaml-language-server: $schema=${up}schemas/${schema}.schema.json`);
    }
  });
});
