import { describe, expect, it } from 'vitest';
import type { ManifestDocument } from '../../src/core/document.js';
import { documentPermissions } from '../../src/plan/document-permissions.js';

/** Only `file` and `data.kind` are read: the permissions follow from the kinds, not the content. */
const doc = (file: string, kind: string) => ({ file, data: { version: 1, kind } }) as unknown as ManifestDocument;

describe('documentPermissions', () => {
  it('asks each kind only for the writes the API offers it: an IVR menu is never deleted, and doctor does not crash on one', () => {
    const needs = documentPermissions([doc('ivr.yaml', 'IvrMenu'), doc('company.yaml', 'Company'), doc('queue.yaml', 'CallQueue')]);
    const of = (p: string) => needs.find((n) => n.permission === p)?.documents ?? [];
    expect(of('EditAccounts')).toEqual(['company.yaml', 'ivr.yaml']);
    expect(of('EditExtensions')).toContain('queue.yaml');
  });
});
