import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

let files: Awaited<ReturnType<typeof tempManifests>>;

const t = useEmulator({ windowMs: 1000 });
beforeEach(async () => {
  files = await tempManifests();
});

const SITE = '/restapi/v1.0/account/~/extension/84854001016';

const siteDoc = (hours: string, extra = '') => `
version: 1
kind: Site
site: "3001"
businessHours:
  schedule: ${hours}
rules:
  business-hours: {transferTo: {name: "Main IVR"}}
${extra}`;

describe('site scenarios against the emulator', () => {
  it('business hours, the after-hours rule they create, and a holiday rule, in dependency order', async () => {
    await files.write(
      'ny.yaml',
      siteDoc(
        '{weekly: {monday: ["09:00-17:00"], friday: ["09:00-13:00"]}}',
        `  after-hours: {transferTo: "1600"}
customRules:
  - name: Christmas closure
    when:
      callers: ["+14132223333", {name: "John Smith"}]
      schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}
    transferTo: "1700"
`,
      ),
    );
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout);
    expect(plan.changes.map((c: any) => `${c.id} ${c.action} ${c.kind} ${c.method} ${c.path} <- ${c.dependsOn}`)).toEqual([
      `c1 update site-business-hours PUT ${SITE}/business-hours <- `,
      `c2 update site-rule PUT ${SITE}/answering-rule/after-hours-rule <- c1`,
      `c3 create site-custom-rule POST ${SITE}/answering-rule <- `,
    ]);
    expect(plan.changes[0].body).toEqual({
      schedule: { weeklyRanges: { monday: [{ from: '09:00', to: '17:00' }], friday: [{ from: '09:00', to: '13:00' }] } },
    });
    expect(plan.changes[2].body).toMatchObject({
      type: 'Custom',
      name: 'Christmas closure',
      callHandlingAction: 'TransferToExtension',
      transfer: { extension: { id: '62952433016' } },
    });
    const applied = await runCli(['apply', '--yes', files.dir], t.env);
    expect(applied.code).toBe(0);
    t.emu.clearLog();
    const again = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(again.code).toBe(0);
    expect(writes(t.emu)).toEqual([]);
  });

  it('refuses an after-hours rule while business hours are 24/7 (plan error, no call)', async () => {
    await files.write('ny.yaml', `version: 1\nkind: Site\nsite: "3001"\nrules:\n  after-hours: {transferTo: "1600"}\n`);
    const plan = await runCli(['plan', files.dir], t.env);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/ny\.yaml:5:\d+  rules\.after-hours  .*24\/7/);
  });

  it('going back to 24/7 removes the after-hours rule; the plan after is empty', async () => {
    await files.write('ny.yaml', siteDoc('{weekly: {monday: ["09:00-17:00"]}}', '  after-hours: {transferTo: "1600"}\n'));
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write('ny.yaml', siteDoc('always'));
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    const again = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(again.code).toBe(0);
  });

  it('updates, renames and prunes site custom rules with exactly the expected calls', async () => {
    const rule = (name: string, to: string, caller: string) =>
      `  - name: ${name}\n    when: {callers: ["${caller}"]}\n    transferTo: "${to}"\n`;
    await files.write(
      'ny.yaml',
      `version: 1\nkind: Site\nsite: "3001"\nprune: true\ncustomRules:\n${rule('Partners', '1200', '+14132223333')}${rule('Press', '1500', '+14132224444')}`,
    );
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write(
      'ny.yaml',
      `version: 1\nkind: Site\nsite: "3001"\nprune: true\ncustomRules:\n${rule('Partners', '1600', '+14132223333')}${rule('Press office', '1500', '+14132224444')}`,
    );
    t.emu.clearLog();
    const applied = await runCli(['apply', '--yes', files.dir], t.env);
    expect(applied.code).toBe(0);
    expect(writes(t.emu).map((w) => w.replace(/\/\d+$/, '/{id}'))).toEqual([
      `PUT ${SITE}/answering-rule/{id}`,
      `POST ${SITE}/answering-rule`,
      `DELETE ${SITE}/answering-rule/{id}`,
    ]);
    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([]);
  });
});
