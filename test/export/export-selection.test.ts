import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FLAGS, selectOwners } from '../../src/cli/pipeline/export-live.js';
import { ownerWords } from '../../src/core/owner-words.js';
import { findSchemaFrom } from '../../src/cli/pipeline/write-export.js';
import { EXTENSIONS } from './samples-user.js';
import { ownerTable } from '../../src/core/affected-owners.js';
import { OWNER_TYPES, type OwnerType } from '../../src/core/plan.js';
import type { ExportSelection } from '../../src/cli/pipeline/export-live.js';

/** The selection of the given owner types: every one, or the numbers named. */
const select = (wanted: Partial<Record<OwnerType, true | string[]>>): ExportSelection =>
  ownerTable((t) => ({ all: wanted[t] === true, named: Array.isArray(wanted[t]) ? wanted[t] : [] }));
const numbers = (list: { extensionNumber: string }[]) => list.map((e) => e.extensionNumber);

describe('selectOwners', () => {
  it('picks users then sites, each by extension number, once each', () => {
    expect(numbers(selectOwners(EXTENSIONS, select({ user: true, site: true })))).toEqual(['101', '102', '103', '2001']);
    expect(numbers(selectOwners(EXTENSIONS, select({ user: ['102', '101', '102'], site: ['2001'] })))).toEqual(['101', '102', '2001']);
  });

  it('reports every bad selection at once, with a hint for the right flag', () => {
    expect(() => selectOwners(EXTENSIONS, select({ user: ['999', '2001', '1500'], site: ['101'] }))).toThrow(
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

describe('export flags (one entry per owner type)', () => {
  it('select every owner type by number or all of it, in owner-type order, with the hint of the right flag', () => {
    expect(numbers(selectOwners(EXTENSIONS, select({ ivr: true, queue: ['1200'], site: true })))).toEqual(['2001', '1200', '1500']);
    expect(() => selectOwners(EXTENSIONS, select({ ivr: ['1200'], queue: ['1500'] }))).toThrow(
      [
        'nothing was exported:',
        '  extension 1500 (Main IVR) is a IvrMenu extension, not a call queue (Department) (export IVR menus with --ivr)',
        '  extension 1200 (Support Queue) is a Department extension, not an IVR menu (export call queues with --queue)',
      ].join('\n'),
    );
  });

  it('give every owner type an --all flag, and every extension type a flag by number', () => {
    for (const type of OWNER_TYPES) {
      expect(EXPORT_FLAGS[type].all.flag).toMatch(/^--[a-z-]+$/);
      expect(EXPORT_FLAGS[type].named === undefined).toBe(ownerWords[type].account);
    }
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
