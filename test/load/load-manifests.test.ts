import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/load/load-manifests.js';
import type { LocatedDocument } from '../../src/load/parse-manifest-file.js';

const USER = 'version: 1\nkind: User\nextension: "101"\n';
let dir: string;

async function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ringform-load-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadManifests: files', () => {
  it('reads every *.yaml / *.yml below a directory, recursively, in sorted order', async () => {
    await write({
      'm/users/b.yml': USER,
      'm/users/a.yaml': USER,
      'm/sites/x.YAML': USER,
      'm/top.yaml': USER,
      'm/notes.txt': 'not yaml',
      'm/.github/workflows/ci.yml': 'on: push\n',
      'm/node_modules/pkg/x.yaml': 'nope: 1\n',
    });
    const loaded = await loadManifests(['m'], dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.files).toEqual(['m/sites/x.YAML', 'm/top.yaml', 'm/users/a.yaml', 'm/users/b.yml']);
    expect(loaded.documents.map((d) => d.file)).toEqual(loaded.files);
  });

  it('defaults to the working directory and keeps paths relative to it', async () => {
    await write({ 'a.yaml': USER });
    const loaded = await loadManifests([], dir);
    expect(loaded.files).toEqual(['a.yaml']);
  });

  it('normalizes paths as given and reads a file named twice once', async () => {
    await write({ 'm/a.yaml': USER, 'm/b.yaml': USER });
    const loaded = await loadManifests(['./m/', 'm/a.yaml'], dir);
    expect(loaded.files).toEqual(['m/a.yaml', 'm/b.yaml']);
  });

  it('reports a path that does not exist, and a directory without manifests', async () => {
    await write({ 'empty/readme.md': '#' });
    const loaded = await loadManifests(['missing.yaml', 'empty'], dir);
    expect(loaded.problems.map((p) => [p.pos.file, p.message])).toEqual([
      ['missing.yaml', 'no such file or directory'],
      ['empty', 'no *.yaml or *.yml files in this directory'],
    ]);
  });
});

describe('loadManifests: documents', () => {
  it('splits multi-document files and skips empty documents', async () => {
    await write({ 'a.yaml': `# header only\n---\n${USER}---\n---\n# comment\n---\n${USER.replace('101', '102')}` });
    const loaded = await loadManifests(['a.yaml'], dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.documents.map((d) => [d.index, (d.data as { extension: string }).extension])).toEqual([
      [0, '101'],
      [3, '102'],
    ]);
  });

  it('resolves anchors, aliases and merge keys', async () => {
    await write({
      'a.yaml': [
        'version: 1',
        'kind: User',
        'extension: "101"',
        'rules:',
        '  work-hours: &base',
        '    greeting: {welcome: off}',
        '    ring: {groups: [{targets: [mobile-apps], seconds: 20}]}',
        '  after-hours:',
        '    <<: *base',
        '    ring: {groups: [{targets: [desktop-apps]}]}',
      ].join('\n'),
    });
    const [doc] = (await loadManifests(['a.yaml'], dir)).documents;
    const rules = (doc.data as { rules: Record<string, unknown> }).rules;
    expect(rules['after-hours']).toEqual({
      greeting: { welcome: 'off' },
      ring: { groups: [{ targets: ['desktop-apps'] }] },
    });
    // A merged value is located where it is written (inside the anchor).
    expect(doc.locate(['rules', 'after-hours', 'greeting', 'welcome'])).toEqual({ file: 'a.yaml', line: 6, col: 25 });
    // An explicit key wins over the merged one.
    expect(doc.locate(['rules', 'after-hours', 'ring'])).toMatchObject({ line: 10, col: 5 });
  });

  it('locates values, keys and the deepest existing ancestor', async () => {
    await write({ 'a.yaml': `${USER}states:\n  dnd: {enabled: true}\n` });
    const [doc] = (await loadManifests(['a.yaml'], dir)).documents as LocatedDocument[];
    expect(doc.locate(['extension'])).toEqual({ file: 'a.yaml', line: 3, col: 12 });
    expect(doc.locate(['states', 'dnd', 'enabled'])).toEqual({ file: 'a.yaml', line: 5, col: 18 });
    expect(doc.locateKey(['states', 'dnd', 'enabled'])).toEqual({ file: 'a.yaml', line: 5, col: 9 });
    expect(doc.locate(['states', 'dnd', 'missing', 'deeper'])).toEqual({ file: 'a.yaml', line: 5, col: 3 });
    expect(doc.locate([])).toEqual({ file: 'a.yaml', line: 1, col: 1 });
  });

  it('reports every YAML syntax error with its line and column, and keeps other documents', async () => {
    await write({
      'a.yaml': ['version: 1', 'kind: User', 'kind: Site', '---', USER.trimEnd(), '---', 'a:', '\tb: 1'].join('\n'),
    });
    const loaded = await loadManifests(['a.yaml'], dir);
    expect(loaded.problems.map((p) => `${p.pos.line}:${p.pos.col} ${p.path} ${p.message}`)).toEqual([
      '3:1 kind YAML: duplicate key "kind" (keys must be unique in a mapping)',
      '10:1  YAML: tabs are not allowed as indentation; indent with spaces',
    ]);
    expect(loaded.documents.map((d) => d.index)).toEqual([1]);
  });

  it('reports an alias without an anchor at the alias', async () => {
    await write({ 'a.yaml': `${USER}states: *nowhere\n` });
    const loaded = await loadManifests(['a.yaml'], dir);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ pos: { line: 4, col: 9 }, severity: 'error' });
    expect(loaded.documents).toEqual([]);
  });
});
