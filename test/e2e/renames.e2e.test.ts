import { beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/live/connect.js';
import type { Plan } from '../../src/core/plan.js';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** manifest-v1.md "Renaming a custom rule", and duplicate live names (RingCentral allows them). */

let files: Awaited<ReturnType<typeof tempManifests>>;

const t = useEmulator({ windowMs: 1000 });
beforeEach(async () => {
  files = await tempManifests();
});

const USER = '/restapi/v2/accounts/~/extensions/63707590004/comm-handling/voice/interaction-rules';
const SITE = '/restapi/v1.0/account/~/extension/84854001016/answering-rule';
const COMPANY = '/restapi/v1.0/account/~/answering-rule';

const userDoc = (name: string, extra = '') => `
version: 1
kind: User
extension: "102"
customRules:
  - name: ${name}
${extra}    when: {callers: ["+16501111111"]}
    immediately: {voicemail: {}}
`;
const siteDoc = (name: string, extra = '') => `
version: 1
kind: Site
site: "3001"
customRules:
  - name: ${name}
${extra}    when: {callers: ["+14132223333"]}
    transferTo: "1700"
`;
const companyDoc = (name: string, extra = '') => `
version: 1
kind: Company
customRules:
  - name: ${name}
${extra}    when: {callers: ["+14132223333"]}
    disconnect: {}
`;

async function applyAndClear(): Promise<void> {
  const run = await runCli(['apply', '--yes', files.dir], t.env);
  expect(run.code, run.stderr).toBe(0);
  t.emu.clearLog();
}

describe('renamedFrom', () => {
  it.each([
    ['a user', 'user.yaml', userDoc, 'PATCH', USER],
    ['a site', 'site.yaml', siteDoc, 'PUT', SITE],
    ['the company', 'company.yaml', companyDoc, 'PUT', COMPANY],
  ])('renames %s rule in place with one write; the second plan is empty', async (_who, file, doc, method, base) => {
    await files.write(file, doc('Lunch break'));
    await applyAndClear();
    await files.write(file, doc('Lunch hour', '    renamedFrom: [Midday, Lunch break]\n'));
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout);
    expect(plan.unmanaged).toEqual([]);
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ action: 'update', method, target: { name: 'Lunch hour', renamedFrom: 'Lunch break' } });
    // A saved plan of the rename applies too (its fingerprint is the live rule's).
    const saved = `${files.dir}/../rename-${file}.json`;
    expect((await runCli(['plan', '--out', saved, files.dir], t.env)).code).toBe(0);
    t.emu.clearLog();
    const applied = await runCli(['apply', '--yes', '--plan', saved], t.env);
    expect(applied.code, applied.stderr).toBe(0);
    expect(writes(t.emu)).toEqual([`${method} ${base}/${plan.changes[0].path.split('/').pop()}`]);
    t.emu.clearLog();
    const again = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('unmanaged');
    expect(writes(t.emu)).toEqual([]);
  });

  it.each([
    ['a user', 'user.yaml', userDoc],
    ['a site', 'site.yaml', siteDoc],
    ['the company', 'company.yaml', companyDoc],
  ])('a renamedFrom of %s rule that matches nothing is said in the change and warned about', async (_who, file, doc) => {
    // issue 18 finding 5: a typo in the former name would silently create a second rule.
    await files.write(file, doc('Lunch break'));
    await applyAndClear();
    const written = doc('Lunch hour', '    renamedFrom: Lunch brake\n').replace(/^\n/, '');
    await files.write(file, written);
    const line = written.split('\n').findIndex((l) => l.includes('renamedFrom')) + 1;
    const json = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout) as Plan;
    const create = json.changes.find((c) => c.action === 'create')!;
    expect(create.target).toMatchObject({ name: 'Lunch hour', unmatchedRenamedFrom: ['Lunch brake'] });
    expect(create.target.renamedFrom).toBeUndefined();
    const warning = json.warnings!.find((w) => w.message.includes('renamedFrom'))!;
    expect(warning).toMatchObject({ file: expect.stringContaining(file), line, column: 18 });
    expect(warning.message).toContain(
      'custom rule "Lunch hour": renamedFrom "Lunch brake" matches no live rule, so the plan creates "Lunch hour" as a new rule and renames nothing (live: "Lunch break"',
    );
    const text = await runCli(['plan', files.dir], t.env);
    expect(text.stdout).toContain('    ! renamedFrom "Lunch brake" matches no live rule: this creates a new rule and renames nothing\n');
    const markdown = await runCli(['plan', '--format', 'markdown', files.dir], t.env);
    expect(markdown.stdout).toContain(
      '**Note:** renamedFrom "Lunch brake" matches no live rule: this creates a new rule and renames nothing',
    );
    expect(writes(t.emu)).toEqual([]);
  });

  it('two live rules holding the former names is a plan error naming both', async () => {
    await files.write(
      'company.yaml',
      companyDoc('Midday') + '  - name: Lunch break\n    when: {callers: ["+14132224444"]}\n    operator: {}\n',
    );
    await applyAndClear();
    await files.write('company.yaml', companyDoc('Lunch hour', '    renamedFrom: [Midday, Lunch break]\n'));
    const run = await runCli(['plan', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /company\.yaml:5:5  customRules\[0\]\.renamedFrom  no live rule is named "Lunch hour" and 2 live rules hold its former names \(\d+ "Midday", \d+ "Lunch break"\)/,
    );
  });
});

describe('two rules renamed from one name (issue 22 item 12)', () => {
  it('is a validation error at both places, and nothing is read or written', async () => {
    await files.write('user.yaml', userDoc('Lunch break'));
    await applyAndClear();
    await files.write(
      'user.yaml',
      userDoc('Lunch hour', '    renamedFrom: Lunch break\n') +
        '  - name: Midday\n    renamedFrom: [Noon, Lunch break]\n    when: {callers: ["+16502222222"]}\n    immediately: {voicemail: {}}\n',
    );
    for (const command of ['validate', 'apply']) {
      const run = await runCli(command === 'apply' ? ['apply', '--yes', files.dir] : ['validate', files.dir], t.env);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /user\.yaml:6:18  customRules\[0\]\.renamedFrom  renamedFrom "Lunch break" is also the former name of custom rule "Midday" \(.*user\.yaml:10\)/,
      );
      expect(run.stderr).toMatch(
        /user\.yaml:10:25  customRules\[1\]\.renamedFrom\[1\]  renamedFrom "Lunch break" is also the former name of custom rule "Lunch hour" \(.*user\.yaml:6\)/,
      );
    }
    expect(t.emu.log).toEqual([]);
  });
});

describe('several live rules with a managed name', () => {
  it('is a plan error naming their ids, never "No changes"', async () => {
    await files.write('company.yaml', companyDoc('Dup'));
    await applyAndClear();
    // A second rule of the same name, as a concurrent run or the admin portal can make one.
    const client = await connect({ serverUrl: t.emu.url, ...t.emu.credentials });
    try {
      await client.send('POST', COMPANY, {
        type: 'Custom',
        name: 'Dup',
        callers: [{ callerId: '+14132223333' }],
        callHandlingAction: 'Disconnect',
      });
    } finally {
      await client.close();
    }
    t.emu.clearLog();
    const run = await runCli(['apply', '--yes', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('No changes');
    expect(run.stderr).toMatch(
      /company\.yaml:4:11  customRules\[0\]\.name  2 live rules are named "Dup" \(ids \d+, \d+\); .*Delete the extra copies/,
    );
    expect(writes(t.emu)).toEqual([]);
  });
});
