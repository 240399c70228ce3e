import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { calls, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

let files: Awaited<ReturnType<typeof tempManifests>>;

const t = useEmulator({ windowMs: 1000 });
beforeEach(async () => {
  files = await tempManifests();
});

const A = '/restapi/v1.0/account/~';
const MAIN = '+16505550100';

const companyDoc = (extra = '') => `
version: 1
kind: Company
businessHours:
  schedule: {weekly: {monday: ["08:00-18:00"], tuesday: ["08:00-18:00"], friday: ["08:00-16:00"]}}
rules:
  business-hours: {transferTo: {name: "Support Queue"}}   # the demo's main number goes to the Main IVR
  after-hours: {operator: {}}
customRules:
  - name: Holiday closure
    when:
      calledNumbers: ["${MAIN}"]
      schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}
    transferTo: {name: "Holiday Announcement"}
${extra}`;

describe('kind: Company against the emulator', () => {
  it('applies hours, the after-hours rule and a holiday closure in order; the next plan and the export round trip are empty', async () => {
    await files.write('company.yaml', companyDoc());
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout);
    expect(plan.changes.map((c: any) => `${c.id} ${c.action} ${c.kind} ${c.method} ${c.path} <- ${c.dependsOn}`)).toEqual([
      `c1 update company-business-hours PUT ${A}/business-hours <- `,
      `c2 update company-rule PUT ${A}/answering-rule/business-hours-rule <- `,
      `c3 create company-custom-rule POST ${A}/answering-rule <- `,
    ]);
    // The demo's after-hours rule already sends calls to the operator: nothing to write there.
    expect(plan.changes.every((c: any) => c.target.extension === undefined && c.target.owner === 'company')).toBe(true);
    expect(plan.changes[1].body).toEqual({ callHandlingAction: 'Bypass', extension: { id: '62952430016' } });
    expect(plan.changes[2].body).toEqual({
      type: 'Custom',
      name: 'Holiday closure',
      enabled: true,
      calledNumbers: [{ phoneNumber: MAIN }],
      schedule: { ranges: [{ from: '2026-12-24T00:00:00', to: '2026-12-26T23:59:59' }] },
      callHandlingAction: 'Bypass',
      extension: { id: '62952433016' },
    });
    t.emu.clearLog();
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([`PUT ${A}/business-hours`, `PUT ${A}/answering-rule/business-hours-rule`, `POST ${A}/answering-rule`]);
    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
    // Reads: hours, the list, each rule whole (Light), and the numbers a calledNumbers condition needs.
    const reads = calls(t.emu).filter((c) => c.includes('/business-hours') || c.includes('/answering-rule') || c.includes('/phone-number'));
    expect(reads.map((c) => c.split('?')[0]).sort()).toEqual(
      [
        `GET ${A}/answering-rule`,
        `GET ${A}/answering-rule/after-hours-rule`,
        `GET ${A}/answering-rule/business-hours-rule`,
        `GET ${A}/answering-rule/9424953016`,
        `GET ${A}/business-hours`,
        `GET ${A}/phone-number`,
      ].sort(),
    );
    const exported = await runCli(['export', '--company', '--out', `${files.dir}/export`], t.env);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe(`Exported 0 users, 0 sites and the company to ${files.dir}/export.\n`);
    const text = await readFile(`${files.dir}/export/company.yaml`, 'utf8');
    expect(text).toContain('kind: Company');
    expect(text).toContain('after-hours: {operator: {}}');
    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', `${files.dir}/export`], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([]);
  });

  it('the after-hours rule disappears with 24/7 hours and comes back with hours, ordered after them', async () => {
    await files.write('company.yaml', 'version: 1\nkind: Company\nbusinessHours: {schedule: always}\n');
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    const state: any = await (await fetch(`${t.emu.url}/__emulator/state`)).json();
    expect(state.company.rules.map((r: any) => r.id)).toEqual(['business-hours-rule']);
    await files.write(
      'company.yaml',
      'version: 1\nkind: Company\nbusinessHours: {schedule: {weekly: {monday: ["09:00-17:00"]}}}\nrules:\n  after-hours: {disconnect: {}}\n',
    );
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout);
    expect(plan.changes.map((c: any) => `${c.id} ${c.kind} ${c.path} <- ${c.dependsOn}`)).toEqual([
      `c1 company-business-hours ${A}/business-hours <- `,
      `c2 company-rule ${A}/answering-rule/after-hours-rule <- c1`,
    ]);
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
  });

  it('rejects bad Company documents with file:line and makes no API call', async () => {
    await files.write(
      'a.yaml',
      `version: 1
kind: Company
customRules:
  - name: Closed for the winter holidays 26
    when: {schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}}
    operator: {}
  - name: Bypass nowhere
    when: {callers: ["+14155550100"]}
`,
    );
    await files.write('b.yaml', 'version: 1\nkind: Company\nbusinessHours: {schedule: always}\nrules:\n  after-hours: {operator: {}}\n');
    t.emu.clearLog();
    const run = await runCli(['plan', files.dir], t.env);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/a\.yaml:4:11  customRules\[0\]\.name  a company rule name has at most 30 characters/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/a\.yaml:7:5  customRules\[1\]  a company custom rule must say where calls go/));
    expect(lines).toContainEqual(
      expect.stringMatching(/b\.yaml:5:3  rules\.after-hours  the after-hours rule needs business hours that are not 24\/7/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/b\.yaml:2:7  kind  the company is also managed by .*a\.yaml:2:7/));
    expect(t.emu.log).toEqual([]);
  });

  it('a called number the account does not own is a plan error at its line, before any write', async () => {
    await files.write(
      'company.yaml',
      `version: 1
kind: Company
customRules:
  - name: Sales line
    when:
      calledNumbers: ["+16505550110", "+14085550199"]
    transferTo: "1200"
`,
    );
    t.emu.clearLog();
    const run = await runCli(['apply', '--yes', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /company\.yaml:6:39  customRules\[0\]\.when\.calledNumbers\[1\]  \+14085550199 is not a phone number of the account \(its numbers are \+16505550100, \+16505550110\)/,
    );
    expect(writes(t.emu)).toEqual([]);
  });

  it('a server without the phone-number list gets a warning, not a failed plan', async () => {
    await files.write('company.yaml', companyDoc());
    t.emu.addFault({ type: 'status', status: 404, method: 'GET', path: '/phone-number', count: 1 });
    const run = await runCli(['plan', '--format', 'json', files.dir], t.env);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.changes).toHaveLength(3);
    expect(plan.warnings.map((w: any) => w.message).join('\n')).toMatch(/calledNumbers were not checked .*phone-number answered .*404/);
  });

  it('--only company plans the Company document alone', async () => {
    t.emu.clearLog();
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', '--only', 'company', 'examples'], t.env)).stdout);
    expect(new Set(plan.changes.map((c: any) => c.target.owner))).toEqual(new Set(['company']));
    expect(calls(t.emu).some((c) => c.includes('/comm-handling/'))).toBe(false);
  });

  it('a saved plan applies, the after-hours rule RingCentral creates on the way included', async () => {
    await files.write('company.yaml', 'version: 1\nkind: Company\nbusinessHours: {schedule: always}\n');
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write('company.yaml', companyDoc());
    const saved = `${files.dir}/../company-plan.json`;
    expect((await runCli(['plan', '--out', saved, files.dir], t.env)).code).toBe(0);
    t.emu.clearLog();
    const run = await runCli(['apply', '--yes', '--plan', saved], t.env);
    expect(run.code, run.stderr).toBe(0);
    expect(writes(t.emu)).toEqual([
      `PUT ${A}/business-hours`,
      `PUT ${A}/answering-rule/after-hours-rule`,
      `PUT ${A}/answering-rule/business-hours-rule`,
      `POST ${A}/answering-rule`,
    ]);
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
  });

  it('a saved plan is refused when company hours changed since it was made', async () => {
    await files.write('company.yaml', companyDoc());
    const saved = `${files.dir}/plan.json`;
    expect((await runCli(['plan', '--out', saved, `${files.dir}/company.yaml`], t.env)).code).toBe(0);
    await files.write('other/hours.yaml', 'version: 1\nkind: Company\nbusinessHours: {schedule: {weekly: {monday: ["07:00-19:00"]}}}\n');
    expect((await runCli(['apply', '--yes', `${files.dir}/other`], t.env)).code).toBe(0);
    t.emu.clearLog();
    const run = await runCli(['apply', '--yes', '--plan', saved], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/company: business hours changed since the plan was made/);
    expect(writes(t.emu)).toEqual([]);
  });
});
