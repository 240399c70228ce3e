import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/load/load-manifests.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

/**
 * One malformed manifest per file, one problem each. The first line states the expectation:
 * `# expect[ warning]: <line>:<col> <json.path> <message fragment>`.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIR = 'test/fixtures/bad';
const NOW = new Date(2026, 5, 1, 12, 0, 0);
const EXPECT = /^# expect( warning)?: (\d+):(\d+) (\S+) (.+)$/;

const files = readdirSync(`${REPO}/${DIR}`)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('bad manifest corpus', () => {
  it('has at least 45 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
  });

  it.each(files)('%s', async (file) => {
    const first = readFileSync(`${REPO}/${DIR}/${file}`, 'utf8').split('\n')[0];
    const m = EXPECT.exec(first);
    expect(m, `first line of ${file} must be an expectation`).not.toBeNull();
    const [, warning, line, col, path, fragment] = m!;

    const loaded = await loadManifests([`${DIR}/${file}`], REPO);
    const validated = validateDocuments(loaded.documents, { now: NOW });
    const problems = [...loaded.problems, ...validated.problems];

    expect(problems.map((p) => `${p.pos.line}:${p.pos.col} ${p.path} ${p.message}`)).toHaveLength(1);
    const [p] = problems;
    expect(p.severity).toBe(warning ? 'warning' : 'error');
    expect(p.pos).toEqual({ file: `${DIR}/${file}`, line: Number(line), col: Number(col) });
    expect(p.path || '(document)').toBe(path);
    expect(p.message).toContain(fragment.trim());
    // A warning leaves the document valid; an error removes it (a YAML error already did).
    const expected = warning ? loaded.documents.length : Math.max(loaded.documents.length - 1, 0);
    expect(validated.documents).toHaveLength(expected);
  });
});
