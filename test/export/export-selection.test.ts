import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectOwners } from '../../src/cli/pipeline/export-live.js';
import { findSchemaFrom } from '../../src/cli/pipeline/write-export.js';
import { EXTENSIONS } from './samples-user.js';

const none = { extensions: [], sites: [], allUsers: false, allSites: false };
const numbers = (list: { extensionNumber: string }[]) => list.map((e) => e.extensionNumber);

describe('selectOwners', () => {
  it('picks users then sites, each by extension number, once each', () => {
    expect(numbers(selectOwners(EXTENSIONS, { ...none, allUsers: true, allSites: true }))).toEqual(['101', '102', '103', '2001']);
    expect(numbers(selectOwners(EXTENSIONS, { ...none, extensions: ['102', '101', '102'], sites: ['2001'] }))).toEqual([
      '101',
      '102',
      '2001',
    ]);
  });

  it('reports every bad selection at once, with a hint for the right flag', () => {
    expect(() => selectOwners(EXTENSIONS, { ...none, extensions: ['999', '2001', '1500'], sites: ['101'] })).toThrow(
      [
        'nothing was exported:',
        '  extension 999 was not found in the account',
        '  extension 2001 (London Office) is a Site extension, not a User (export sites with --site)',
        '  extension 1500 (Main IVR) is a IvrMenu extension, not a User (export IVR menus with --ivr)',
        '  extension 101 (Alex Smith) is a User extension, not a Site (export users with --extension)',
      ].join('\n'),
    );
  });
});

describe('findSchemaFrom', () => {
  it('is the schema path relative to the output directory inside this repository', async () => {
    expect(await findSchemaFrom(join(process.cwd(), 'out', 'users'))).toBe('../../schemas/manifest-v1.schema.json');
  });

  it('is absent outside a checkout with the schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ringform-export-'));
    try {
      expect(await findSchemaFrom(dir)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
