import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { exportFileName, exportHeader, slug } from '../../src/export/export-file.js';
import { exportUser } from '../../src/export/export-user.js';
import { ExtensionRefs } from '../../src/export/extension-refs.js';
import { joinYamlDocuments, renderManifestYaml } from '../../src/load/render-manifest-yaml.js';
import { ALEX, EXTENSIONS, completeUserSnapshot } from './samples-user.js';

const { manifest } = exportUser(ALEX, completeUserSnapshot(), new ExtensionRefs(EXTENSIONS));
const owner = { type: 'user' as const, id: ALEX.id, extensionNumber: '101', name: 'Alex Smith' };

describe('renderManifestYaml', () => {
  const text = renderManifestYaml(manifest, exportHeader(owner, [], '../../schemas/manifest-v1.schema.json'));

  it('reads back as exactly the manifest', () => {
    expect(parse(text)).toEqual(manifest);
  });

  it('starts with the schema modeline and the exported line, and explains prune', () => {
    expect(text.split('\n').slice(0, 2)).toEqual([
      '# yaml-language-server: $schema=../../schemas/manifest-v1.schema.json',
      '# Exported by `ringform export` from the live call handling of user 101 (Alex Smith).',
    ]);
    expect(text).toContain(
      '# prune: true makes this file the complete list of custom rules:\n# live custom rules it does not list are then deleted.\nprune: false\n',
    );
  });

  it('lays out structure as blocks and short leaves in flow style, numbers quoted', () => {
    expect(text).toContain(
      [
        'rules:',
        '  work-hours:',
        '    greeting:',
        '      welcome: {custom: "5072424004"}',
        '      connectingMessage: off',
        '      connectingAudio: off',
        '      screening: off',
        '    ring:',
        '      order: at-once',
        '      groups:',
        '        - {targets: [mobile-apps], seconds: 20}',
        '    ifNoAnswer: {forwardTo: {phone: "+12132223456"}}',
      ].join('\n'),
    );
    expect(text).toContain('        - {targets: [{coworker: "101"}], seconds: 40}');
    expect(text).toContain('extension: "101"');
    expect(text).toContain('    monday: ["09:00-16:00"]');
  });

  it('is deterministic', () => {
    const again = exportUser(ALEX, completeUserSnapshot(), new ExtensionRefs(EXTENSIONS)).manifest;
    expect(renderManifestYaml(again, exportHeader(owner, [], '../../schemas/manifest-v1.schema.json'))).toBe(text);
  });

  it('joins documents into one stream', () => {
    const stream = joinYamlDocuments([renderManifestYaml(manifest, exportHeader(owner, [])), renderManifestYaml(manifest, [])]);
    const docs = parseAllDocuments(stream) as any[];
    expect(docs.map((d) => d.toJS())).toEqual([manifest, manifest]);
  });

  it('lists findings in the header', () => {
    const header = exportHeader(owner, [
      { owner: 'user', extension: '101', where: 'state rule work-hours', message: 'x cannot be expressed in manifest v1; y' },
    ]);
    expect(header).toEqual([
      'Exported by `ringform export` from the live call handling of user 101 (Alex Smith).',
      'not exported: state rule work-hours: x cannot be expressed in manifest v1; y',
    ]);
  });
});

describe('file names', () => {
  it('are the extension number and a slug of the name', () => {
    expect(exportFileName(owner)).toBe('users/101-alex-smith.yaml');
    expect(exportFileName({ type: 'site', id: '84854000016', extensionNumber: '2001', name: 'London Office' })).toBe(
      'sites/2001-london-office.yaml',
    );
    expect(exportFileName({ type: 'site', id: '84854000016', extensionNumber: '', name: '' })).toBe('sites/84854000016.yaml');
    expect(slug('  José  Müller / Sales (EMEA) ')).toBe('jose-muller-sales-emea');
  });
});
