import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appPermissionOf, missingPermissions, permissionsOfChanges, scopeGrants } from '../../src/core/app-permission.js';
import type { Change } from '../../src/core/plan.js';

const OPS = JSON.parse(readFileSync(new URL('../../spec/ringcentral-api/operations.json', import.meta.url), 'utf8')) as {
  method: string;
  path: string;
  appPermission: string | null;
}[];

/** A request path for an operation's template, with `~` or a numeric id for each parameter. */
const instantiate = (template: string, value: string) => template.replace(/\{[^}]+\}/g, value);

describe('appPermissionOf (issue 18 item 2)', () => {
  it('gives every operation of operations.json its x-app-permission', () => {
    for (const op of OPS) {
      for (const value of ['~', '63701631004']) {
        const path = instantiate(op.path, value);
        const expected = op.appPermission === 'None' ? null : op.appPermission;
        expect(appPermissionOf(op.method, path) ?? null, `${op.method} ${path}`).toBe(expected);
      }
    }
  });

  it('EditAccounts includes ReadAccounts and EditExtensions; nothing else includes EditAccounts', () => {
    expect(scopeGrants(['EditAccounts'], 'EditExtensions')).toBe(true);
    expect(scopeGrants(['EditAccounts'], 'ReadAccounts')).toBe(true);
    expect(scopeGrants(['EditExtensions', 'ReadAccounts'], 'EditAccounts')).toBe(false);
  });

  it("lists a plan's needs per permission with the documents that need them, and what a scope lacks", () => {
    const change = (method: Change['method'], path: string, file?: string): Change => ({
      id: 'c',
      action: 'update',
      kind: 'company-rule',
      target: { name: 'x', owner: file ? 'company' : 'user', ownerName: 'Alex', extension: '101' },
      method,
      path,
      patch: [],
      diff: [],
      dependsOn: [],
      ...(file ? { origin: { file, line: 1, col: 1 } } : {}),
    });
    const needs = permissionsOfChanges([
      change('PUT', '/restapi/v1.0/account/~/business-hours', 'company.yaml'),
      change('PUT', '/restapi/v1.0/account/~/answering-rule/business-hours-rule', 'company.yaml'),
      change('DELETE', '/restapi/v2/accounts/~/extensions/1/comm-handling/voice/interaction-rules/9'),
    ]);
    expect(needs).toEqual([
      { permission: 'EditAccounts', documents: ['company.yaml'] },
      { permission: 'EditExtensions', documents: ['company.yaml', 'user 101'] },
    ]);
    expect(missingPermissions(needs, ['EditExtensions', 'ReadAccounts'])).toEqual([needs[0]]);
    expect(missingPermissions(needs, ['EditAccounts'])).toEqual([]);
  });
});
