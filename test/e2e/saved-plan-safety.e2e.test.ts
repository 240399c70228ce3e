import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * issue 13 finding 1: a saved plan is data, never code. Each test saves a real plan of the
 * examples, edits it as an attacker (or an unlucky operator) would, and applies it: refused with
 * the change and the reason, exit 1, no write reaches any server.
 */
const t = useEmulator({ windowMs: 1000 });

/** Another host: records whatever reaches it (nothing should). */
let other: Server;
let otherUrl = '';
const reachedOther: string[] = [];
beforeAll(async () => {
  other = createServer((req, res) => {
    reachedOther.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.end('{}');
  });
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => other.close(() => r())));

async function savedPlan(): Promise<{ file: string; plan: any }> {
  const file = join(await mkdtemp(join(tmpdir(), 'ringform-saved-')), 'plan.json');
  const run = await runCli(['plan', '--out', file, 'examples'], t.env);
  expect(run.code).toBe(0);
  t.emu.clearLog();
  return { file, plan: JSON.parse(await readFile(file, 'utf8')) };
}

async function applyEdited(edit: (plan: any) => void) {
  const { file, plan } = await savedPlan();
  edit(plan);
  await writeFile(file, JSON.stringify(plan));
  const run = await runCli(['apply', '--yes', '--plan', file], t.env);
  expect(run.code).toBe(1);
  expect(writes(t.emu)).toEqual([]);
  expect(reachedOther).toEqual([]);
  expect(run.stderr).toContain('nothing was applied');
  expect(run.stderr).not.toContain('bug in ringform');
  return run;
}

const byKind = (plan: any, kind: string, action = 'create') => plan.changes.find((c: any) => c.kind === kind && c.action === action);

describe('apply --plan treats the saved plan as data', () => {
  it('applies an untouched saved plan (the checks accept what plan --out writes)', async () => {
    const { file, plan } = await savedPlan();
    expect(plan.account).toMatchObject({ id: expect.any(String), name: expect.any(String), server: t.emu.url });
    const run = await runCli(['apply', '--yes', '--plan', file], t.env);
    expect(run.code).toBe(0);
    expect(writes(t.emu)).toEqual(plan.changes.map((c: any) => `${c.method} ${c.path}`));
  });

  it('refuses a change whose path is an absolute URL to another host', async () => {
    const run = await applyEdited((p) => {
      const c = byKind(p, 'user-custom-rule');
      c.path = `${otherUrl}${c.path}`;
    });
    expect(run.stderr).toMatch(/change c\d+ .*not a relative RingCentral API path/);
  });

  it('refuses any method and path that is not the write of the change kind (DELETE of an extension)', async () => {
    const run = await applyEdited((p) => {
      const c = p.changes[0];
      c.method = 'DELETE';
      c.path = `/restapi/v1.0/account/~/extension/${c.target.extensionId}`;
    });
    expect(run.stderr).toContain(`change c1 (DELETE /restapi/v1.0/account/~/extension/`);
    expect(run.stderr).toContain('is not the update of state work-hours');
  });

  it('refuses a path with .. or a query string, and a write addressed to another object than its target', async () => {
    const dots = await applyEdited((p) => {
      p.changes[0].path = p.changes[0].path.replace('/states/work-hours', '/states/../../../../../v1.0/account/~/extension/63701631004');
    });
    expect(dots.stderr).toContain('not a relative RingCentral API path');
    const query = await applyEdited((p) => {
      p.changes[0].path += '?x=1';
    });
    expect(query.stderr).toContain('not a relative RingCentral API path');
    const otherUser = await applyEdited((p) => {
      // Same kind, same shape, but another user than the target names.
      p.changes[0].path = p.changes[0].path.replace('63701631004', '63707590004');
    });
    expect(otherUser.stderr).toContain('is not the update of state work-hours of user 63701631004');
  });

  it('refuses a plan without fingerprints, or a change whose fingerprint was removed', async () => {
    const none = await applyEdited((p) => {
      p.fingerprints = [];
    });
    expect(none.stderr).toMatch(/change c1 .*carries no fingerprint of the object it writes/);
    const partial = await applyEdited((p) => {
      const c = byKind(p, 'site-custom-rule');
      p.fingerprints = p.fingerprints.filter((f: any) => f.select !== c.target.name);
    });
    expect(partial.stderr).toMatch(/carries no fingerprint .*Christmas closure/);
  });

  it('refuses an edited body that the report would not show', async () => {
    const run = await applyEdited((p) => {
      byKind(p, 'user-custom-rule').body.displayName = 'Something else';
    });
    expect(run.stderr).toContain('its body is not what its recorded patch describes');
    const both = await applyEdited((p) => {
      // Body and patch edited together: the reviewer's field list still names the old rule.
      const c = byKind(p, 'site-custom-rule');
      c.body.name = 'Renamed';
      c.patch.find((op: any) => op.path === '/name').value = 'Renamed';
    });
    expect(both.stderr).toMatch(
      /recorded field difference is not the difference between live and its body|body is not what|but its body creates/,
    );
  });

  it('refuses a plan made against another server or another account', async () => {
    const server = await applyEdited((p) => {
      p.account.server = 'https://platform.ringcentral.com';
    });
    expect(server.stderr).toContain(`the saved plan was made for https://platform.ringcentral.com, not for ${t.emu.url}`);
    expect(t.emu.log).toEqual([]); // refused before logging in
    const account = await applyEdited((p) => {
      p.account.id = '999999999';
    });
    expect(account.stderr).toContain('the saved plan was made for account Acme Inc. (999999999), but the credentials reach');
    const missing = await applyEdited((p) => {
      delete p.account;
    });
    expect(missing.stderr).toContain('account is missing');
  });

  it('schema-checks the file: null or partial changes, unknown kinds, malformed or cyclic dependsOn', async () => {
    const nulls = await applyEdited((p) => {
      p.changes = [null];
    });
    expect(nulls.stderr).toContain('changes[0]: must be a change object, found null');
    const partial = await applyEdited((p) => {
      p.changes = [{ id: 'c1', action: 'update' }];
    });
    expect(partial.stderr).toContain('changes[0] (c1): kind undefined is not one of user-state');
    expect(partial.stderr).toContain('changes[0] (c1): patch must be an array');
    const kind = await applyEdited((p) => {
      p.changes[0].kind = 'extension';
    });
    expect(kind.stderr).toContain('kind "extension" is not one of');
    const cycle = await applyEdited((p) => {
      p.changes[0].dependsOn = ['c2'];
      p.changes[1].dependsOn = ['c1'];
    });
    expect(cycle.stderr).toContain('dependsOn forms a cycle: c1 → c2 → c1');
    const dangling = await applyEdited((p) => {
      p.changes[0].dependsOn = ['c999'];
    });
    expect(dangling.stderr).toContain('dependsOn names c999, which is not a change of this plan');
    const notList = await applyEdited((p) => {
      p.changes[0].dependsOn = 'c2';
    });
    expect(notList.stderr).toContain('dependsOn must be an array of change ids');
    // `fill` may set only a planned id of the body, from a create the change depends on.
    const FILL = 'fill must be an array of {"pointer", "from"}, each pointing at a planned id of the body and naming a change of dependsOn';
    const overwrite = await applyEdited((p) => {
      p.changes[1].dependsOn = ['c1'];
      p.changes[1].fill = [{ pointer: '/displayName', from: 'c1' }];
    });
    expect(overwrite.stderr).toContain(`changes[1] (c2): ${FILL}`);
    const undeclared = await applyEdited((p) => {
      p.changes[1].dependsOn = [];
      p.changes[1].body.planned = '(id of new IVR menu 2100)';
      p.changes[1].fill = [{ pointer: '/planned', from: 'c1' }];
    });
    expect(undeclared.stderr).toContain(`changes[1] (c2): ${FILL}`);
    const notCreate = await applyEdited((p) => {
      const update = p.changes.findIndex((c: any) => c.action === 'update');
      const later = p.changes.findIndex((c: any, i: number) => i > update);
      p.changes[later].dependsOn = [p.changes[update].id];
      p.changes[later].body.planned = '(id of new IVR menu 2100)';
      p.changes[later].fill = [{ pointer: '/planned', from: p.changes[update].id }];
    });
    expect(notCreate.stderr).toMatch(/fill names c\d+, which creates nothing/);
  });

  it('accepts saved updates, renames and prune deletes of user and site custom rules', async () => {
    const files = await tempManifests();
    const userRule = (n: string, to: string) =>
      `  - name: ${n}\n    when: {callers: ["+16501111111"]}\n    immediately: {forwardTo: {phone: "${to}"}}\n`;
    const siteRule = (n: string, ext: string) => `  - name: ${n}\n    when: {callers: ["+14132223333"]}\n    transferTo: "${ext}"\n`;
    const write = async (a: string, b: string) => {
      await files.write('u.yaml', `version: 1\nkind: User\nextension: "103"\nprune: true\ncustomRules:\n${a}`);
      await files.write('s.yaml', `version: 1\nkind: Site\nsite: "3001"\nprune: true\ncustomRules:\n${b}`);
    };
    await write(userRule('A', '+14155550101') + userRule('B', '+14155550102'), siteRule('P', '1200') + siteRule('Q', '1500'));
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await write(userRule('A', '+14155550109') + userRule('C', '+14155550102'), siteRule('P', '1600') + siteRule('R', '1500'));
    const file = join(files.dir, 'plan.json');
    expect((await runCli(['plan', '--out', file, join(files.dir, 'u.yaml'), join(files.dir, 's.yaml')], t.env)).code).toBe(0);
    const plan = JSON.parse(await readFile(file, 'utf8'));
    expect(plan.changes.map((c: any) => c.action).sort()).toEqual(['create', 'create', 'delete', 'delete', 'update', 'update']);
    t.emu.clearLog();
    const run = await runCli(['apply', '--yes', '--plan', file], t.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(writes(t.emu).sort()).toEqual(plan.changes.map((c: any) => `${c.method} ${c.path}`).sort());
    expect((await runCli(['plan', '--detailed-exitcode', join(files.dir, 'u.yaml'), join(files.dir, 's.yaml')], t.env)).code).toBe(0);
  });

  it('counts deletes from the changes for --max-deletes, not from the file summary (issue 22 item 1)', async () => {
    const files = await tempManifests();
    const rules = Array.from(
      { length: 11 },
      (_, i) => `  - name: R${i}\n    when: {callers: ["+1650111110${i % 10}"]}\n    immediately: {voicemail: {}}\n`,
    ).join('');
    await files.write('u.yaml', `version: 1\nkind: User\nextension: "103"\ncustomRules:\n${rules}`);
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write('u.yaml', `version: 1\nkind: User\nextension: "103"\nprune: true\ncustomRules: []\n`);
    const file = join(files.dir, 'plan.json');
    expect((await runCli(['plan', '--out', file, join(files.dir, 'u.yaml')], t.env)).code).toBe(0);
    const plan = JSON.parse(await readFile(file, 'utf8'));
    expect(plan.summary.delete).toBe(11);
    plan.summary = { create: 0, update: 0, delete: 0 };
    await writeFile(file, JSON.stringify(plan));
    t.emu.clearLog();
    const run = await runCli(['apply', '--yes', '--plan', file], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the plan deletes 11 objects, more than --max-deletes 10 allows; nothing was applied');
    expect(run.stdout).toContain('11 to delete');
    expect(writes(t.emu)).toEqual([]);
  });

  it('shows whose extension, which account and what warnings from live state, never from the file (issue 22 item 2)', async () => {
    const { file, plan } = await savedPlan();
    const alex = plan.changes.find((c: any) => c.target.extension === '101');
    expect(alex.target.ownerName).toBe('Alex Smith');
    for (const c of plan.changes.filter((x: any) => x.target.extensionId === alex.target.extensionId)) {
      c.target.extension = '999';
      c.target.ownerName = 'Mallory Forged';
      c.origin = { file: 'users/forged.yaml', line: 1, col: 1 };
    }
    plan.account.name = 'Someone Else Inc.';
    plan.warnings = [{ file: 'x.yaml', line: 1, column: 1, message: 'FAKE WARNING all is fine' }];
    await writeFile(file, JSON.stringify(plan));
    const run = await runCli(['apply', '--yes', '--plan', file], t.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('user 101 (Alex Smith)');
    expect(run.stdout).toContain('Account: Acme Inc.');
    for (const forged of ['999', 'Mallory', 'users/forged.yaml', 'Someone Else', 'FAKE WARNING']) expect(run.stdout).not.toContain(forged);
    const json = await runCli(['plan', '--format', 'json', 'examples'], t.env);
    expect(JSON.parse(json.stdout).changes).toEqual([]);
  });

  it('refuses a create whose target names another rule than its body creates', async () => {
    const run = await applyEdited((p) => {
      const c = byKind(p, 'user-custom-rule');
      const recorded = p.fingerprints.find((f: any) => f.select === c.target.name);
      c.target.name = 'Harmless';
      p.fingerprints.push({ ...recorded, select: 'Harmless' });
    });
    expect(run.stderr).toMatch(/its target names custom rule "Harmless", but its body creates custom rule/);
  });

  it('refuses malformed display fields naming the field, never as a bug (issue 22 item 3)', async () => {
    const cases: [(p: any) => void, string][] = [
      [(p) => (p.affected = {}), 'affected must be {"users": [...], "sites": [...]}'],
      [(p) => delete p.summary, 'summary is missing'],
      [(p) => (p.summary = { delete: 'x' }), 'summary must be {"create", "update", "delete"}'],
      [(p) => (p.warnings = 'x'), 'warnings must be an array'],
      [(p) => (p.unmanaged = null), 'unmanaged must be an array'],
      [(p) => (p.changes[0].target.ownerName = 123), 'changes[0] (c1): target.ownerName must be a string'],
      [(p) => (p.changes[0].origin = 'x'), 'changes[0] (c1): origin must be {"file", "line", "col"}'],
      [(p) => (p.changes[0].fields = {}), 'changes[0] (c1): fields must be an array'],
    ];
    for (const [edit, message] of cases) {
      const run = await applyEdited(edit);
      expect(run.stderr).toContain(message);
    }
  });

  it('applies a saved plan that manages a rule named like a copy `name (id)` (issue 22 item 4)', async () => {
    const USER = '/restapi/v2/accounts/~/extensions/63701632004/comm-handling/voice/interaction-rules';
    const files = await tempManifests();
    const rule = (name: string, caller: string) =>
      `version: 1\nkind: User\nextension: "103"\ncustomRules:\n  - name: ${name}\n    when: {callers: ["${caller}"]}\n    immediately: {voicemail: {}}\n`;
    await files.write('u.yaml', rule('VIP', '+16501111111'));
    const body = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout).changes[0].body;
    const { connect } = await import('../../src/live/connect.js');
    const client = await connect({ serverUrl: t.emu.url, ...t.emu.credentials });
    await client.send('POST', USER, body);
    const copy = (await client.send<{ id: string }>('POST', USER, body)).json?.id;
    await client.close();
    await files.write('u.yaml', rule(`VIP (${copy})`, '+16503333333'));
    const file = join(files.dir, 'plan.json');
    expect((await runCli(['plan', '--out', file, join(files.dir, 'u.yaml')], t.env)).code).toBe(0);
    const run = await runCli(['apply', '--yes', '--plan', file], t.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode', join(files.dir, 'u.yaml')], t.env)).code).toBe(0);
  });
});
