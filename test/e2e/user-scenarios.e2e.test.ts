import { beforeEach, describe, expect, it } from 'vitest';
import { calls, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

let files: Awaited<ReturnType<typeof tempManifests>>;

const t = useEmulator({ windowMs: 1000 });
beforeEach(async () => {
  files = await tempManifests();
});

const V2 = '/restapi/v2/accounts/~/extensions/63701632004/comm-handling';

async function applyThenPlanIsEmpty(dir: string) {
  const applied = await runCli(['apply', '--yes', dir], t.env);
  expect(applied.stderr).toBe('');
  expect(applied.code).toBe(0);
  t.emu.clearLog();
  const again = await runCli(['plan', '--detailed-exitcode', dir], t.env);
  expect(again.stdout).toContain('No changes');
  expect(again.code).toBe(0);
  expect(writes(t.emu)).toEqual([]);
  return applied;
}

describe('user scenarios against the emulator', () => {
  it('after-hours appears in the same apply that sets work-hours', async () => {
    await files.write(
      'jordan.yaml',
      `
version: 1
kind: User
extension: "103"
states:
  work-hours:
    schedule: {weekly: {monday: ["09:00-17:00"], tuesday: ["09:00-17:00"]}}
rules:
  after-hours:
    immediately: {forwardTo: {phone: "+14082324343"}}
`,
    );
    const plan = await runCli(['plan', '--format', 'json', files.dir], t.env);
    expect(plan.code).toBe(0);
    const json = JSON.parse(plan.stdout);
    expect(json.changes.map((c: any) => [c.id, c.kind, c.target.name, c.dependsOn])).toEqual([
      ['c1', 'user-state', 'work-hours', []],
      ['c2', 'user-state-rule', 'after-hours', ['c1']],
    ]);
    // reads: the account (who the plan is for) and the extension list, sent together, two per
    // user, and the greetings dictionary to name the preset greetings the plan shows; nothing else
    const reads = calls(t.emu);
    expect(reads.slice(0, 2).sort()).toEqual(['GET /restapi/v1.0/account/~/extension', 'GET /restapi/v1.0/account/~/extension/~']);
    expect(reads.slice(2)).toEqual([
      expect.stringContaining(`GET ${V2}/voice/`),
      expect.stringContaining(`GET ${V2}/voice/`),
      expect.stringContaining('GET /restapi/v1.0/dictionary/greeting'),
    ]);
    t.emu.clearLog();
    await applyThenPlanIsEmpty(files.dir);
  });

  it('creates, updates, renames and prunes custom rules with exactly the expected calls', async () => {
    const caller = { VIP: '["+16501111111", {number: "+16502222222", name: "Sandra Bell"}]' } as Record<string, string>;
    const rule = (name: string, phone: string) => `
  - name: ${name}
    when: {callers: ${caller[name] ?? '["+16503333333"]'}}
    immediately: {forwardTo: {phone: "${phone}"}}`;
    await files.write(
      'jordan.yaml',
      `version: 1\nkind: User\nextension: "103"\nprune: true\ncustomRules:${rule('VIP', '+14082324343')}${rule('Partners', '+14085550000')}\n`,
    );
    await applyThenPlanIsEmpty(files.dir);

    // update one, rename the other (create new before deleting old)
    await files.write(
      'jordan.yaml',
      `version: 1\nkind: User\nextension: "103"\nprune: true\ncustomRules:${rule('VIP', '+14089999999')}${rule('Key partners', '+14085550000')}\n`,
    );
    t.emu.clearLog();
    const plan = await runCli(['plan', '--format', 'json', files.dir], t.env);
    const changes = JSON.parse(plan.stdout).changes;
    expect(changes.map((c: any) => `${c.action} ${c.target.name} ${c.dependsOn}`)).toEqual([
      'create Key partners ',
      'update VIP ',
      'delete Partners c1',
    ]);
    t.emu.clearLog();
    await runCli(['apply', '--yes', files.dir], t.env);
    expect(writes(t.emu).map((w) => w.replace(/\/\d+$/, '/{id}'))).toEqual([
      `POST ${V2}/voice/interaction-rules`,
      `PATCH ${V2}/voice/interaction-rules/{id}`,
      `DELETE ${V2}/voice/interaction-rules/{id}`,
    ]);
    await applyThenPlanIsEmpty(files.dir);
  });

  it('keeps unlisted rules without prune and reports them as unmanaged', async () => {
    await files.write(
      'a.yaml',
      `version: 1\nkind: User\nextension: "103"\ncustomRules:\n  - name: Keep me\n    when: {calledNumbers: ["+16505550100"]}\n    immediately: {voicemail: {}}\n`,
    );
    await applyThenPlanIsEmpty(files.dir);
    await files.write('a.yaml', `version: 1\nkind: User\nextension: "103"\ncustomRules: []\n`);
    const plan = await runCli(['plan', files.dir], t.env);
    expect(plan.stdout).toContain('unmanaged');
    expect(plan.stdout).toContain('Keep me');
    expect(plan.stdout).toContain('Plan: 0 to create, 0 to update, 0 to delete.');
  });

  it('forward-all-calls PTO range, dnd and a shared team document', async () => {
    await files.write(
      'team.yaml',
      `
version: 1
kind: User
extensions: ["104", "105"]
states:
  forward-all-calls:
    schedule: {ranges: [{from: "2026-12-20T00:00", to: "2027-01-02T23:59"}]}
  dnd: {enabled: false}
rules:
  forward-all-calls:
    immediately: {forwardTo: {extension: "1200"}}
  dnd:
    immediately: {voicemail: {greeting: {preset: "590080"}}}
`,
    );
    const applied = await applyThenPlanIsEmpty(files.dir);
    expect(applied.stdout).toMatch(/Apply: 4 applied, 0 failed, 0 skipped/);
  });

  it('reports unknown references as plan errors with file:line and makes no write', async () => {
    const file = await files.write(
      'bad.yaml',
      `version: 1\nkind: User\nextension: "103"\nrules:\n  work-hours:\n    ring:\n      groups:\n        - {targets: [{coworker: "999"}], seconds: 20}\n`,
    );
    const plan = await runCli(['plan', files.dir], t.env);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/bad\.yaml:8:\d+  /);
    void file;
    expect(plan.stderr).toContain('rules.work-hours.ring.groups[0].targets[0].coworker');
    expect(plan.stderr).toContain('extension "999" was not found');
    expect(writes(t.emu)).toEqual([]);
  });
});
