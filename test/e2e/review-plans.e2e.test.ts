import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { runCli, withEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * Plans for pull-request reviewers (issue 11): a change to 250 users fits one GitHub comment
 * and names them; the JSON plan carries the account, manifest fields and warnings; the apply
 * prompt names the account.
 */
const USERS = 250;
const START = 5000;
let emu: RunningEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  // A short rate-limit window: 250 users are read in seconds, the pacing logic still runs.
  ({ emu, env } = await withEmulator({ seed: { base: 'demo', generateUsers: { count: USERS, startNumber: START } }, windowMs: 50 }));
  env = { ...env, RINGFORM_NOW: '2026-11-22T09:00:00Z' };
}, 60_000);
afterAll(async () => {
  await emu.stop();
});

const team = Array.from({ length: USERS }, (_, i) => `"${START + i}"`).join(', ');
const TEAM = `
version: 1
kind: User
extensions: [${team}]
states:
  work-hours:
    schedule: {weekly: {monday: ["08:00-16:00"], tuesday: ["08:00-16:00"], wednesday: ["08:00-16:00"], thursday: ["08:00-16:00"], friday: ["08:00-16:00"]}}
rules:
  work-hours:
    ring:
      order: at-once
      groups: [{targets: [mobile-apps], seconds: 30}, {targets: [{coworker: "102"}], seconds: 30}]
`;

describe('a work-hours change for 250 users', () => {
  it('gives a Markdown plan within 65,000 characters that names the count of users, with one chart', async () => {
    const files = await tempManifests();
    await files.write('team.yaml', TEAM);
    emu.reset();
    const run = await runCli(['plan', '--format', 'markdown', files.dir], env);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).toContain(`**Plan: 0 to create, ${2 * USERS} to update, 0 to delete.** Affects ${USERS} users.`);
    expect(md).toContain(`<summary>~ update · ${USERS} users · state work-hours</summary>`);
    expect(md).toContain(`<summary>~ update · ${USERS} users · state rule work-hours</summary>`);
    expect(md).toContain(`For ${USERS} users: ${START} (User ${START}), ${START + 1} (User ${START + 1}),`);
    expect(md).toContain('| `rules.work-hours.ring.groups[0].seconds` | `20` | `30` |');
    // Kim's group is added and the desktop apps are switched off (issue 18): not desktop-apps turned into Kim.
    expect(md).toContain('| `rules.work-hours.ring.groups[1]` | _(absent)_ | `{targets: [{coworker: "102 (Kim Lee)"}], seconds: 30}` |');
    expect(md).toContain('| `rules.work-hours.ring.groups[2].enabled` | `true` | `false` |');
    expect(md.match(/```mermaid/g)).toHaveLength(1);
    expect(md).toContain(`#### Who rings when: ${USERS} users`);
    expect(writes(emu)).toEqual([]);
    await files.cleanup();
  }, 60_000);

  it('prints every change in the text plan, which the Markdown points to for the full plan', async () => {
    const files = await tempManifests();
    await files.write('team.yaml', TEAM);
    emu.reset();
    const run = await runCli(['plan', files.dir], env);
    expect(run.stdout.match(/^~ update {2}user-state-rule {2}user \d+ .* · state rule work-hours {2}\[c\d+\]$/gm)).toHaveLength(USERS);
    expect(run.stdout).toContain('    ~ rules.work-hours.ring.groups[0].seconds: 20 → 30');
    await files.cleanup();
  }, 60_000);
});

describe('JSON plan and apply prompt', () => {
  it('JSON has the account, manifest fields and warnings (unmanaged rules among them), and is byte-identical', async () => {
    const files = await tempManifests();
    await files.write(
      'kim.yaml',
      `
version: 1
kind: User
extension: "102"
rules:
  work-hours:
    ifNoAnswer: {forwardTo: {phone: "+14082324343"}}
`,
    );
    emu.reset();
    // A live custom rule no document lists: a warning at the document's place.
    await runCli(['apply', '--yes', 'examples/users/kim.yaml', 'examples/schedules'], env);
    const first = await runCli(['plan', '--format', 'json', files.dir], env);
    const again = await runCli(['plan', '--format', 'json', files.dir], env);
    expect(again.stdout).toBe(first.stdout);
    const plan = JSON.parse(first.stdout);
    expect(plan.account).toEqual({ id: '37439510', name: 'Acme Inc.', server: env.RINGCENTRAL_SERVER_URL.replace(/\/$/, '') });
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0].fields).toEqual([
      {
        path: 'rules.work-hours.ifNoAnswer',
        before: { voicemail: { greeting: { preset: '590080 (Default)' } } },
        after: { forwardTo: { phone: '+14082324343' } },
      },
    ]);
    expect(plan.changes[0].body.dispatching).toBeDefined();
    expect(plan.changes[0].patch.length).toBeGreaterThan(0);
    expect(plan.warnings).toContainEqual({
      file: expect.stringContaining('kim.yaml'),
      line: 3,
      column: 12,
      message: expect.stringMatching(/^user 102 \(Kim Lee\): custom rule "Key accounts" \(id \d+\) is unmanaged/),
    });
    const text = await runCli(['plan', files.dir], env);
    expect(text.stdout).toMatch(/! warning: .*kim\.yaml:3:12 {2}user 102 \(Kim Lee\): custom rule "Lunch break" \(id \d+\) is unmanaged/);
    await files.cleanup();
  }, 60_000);

  it('the apply prompt and the apply report name the account', async () => {
    emu.reset();
    let stdout = '';
    const questions: string[] = [];
    const io: CliIO = {
      stdout: (t) => void (stdout += t),
      stderr: () => {},
      env,
      cwd: process.cwd(),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdinIsTTY: true,
      confirm: async (q) => {
        questions.push(q);
        return true;
      },
    };
    const code = await main(['apply', 'examples/users/jordan.yaml'], io);
    expect(code).toBe(0);
    const host = new URL(env.RINGCENTRAL_SERVER_URL).host;
    // jordan.yaml's changes, its work-hours rule (desk phone, Teams, ring-always) among them.
    expect(questions).toEqual([`Apply 4 change(s) to account Acme Inc. (37439510) at ${host}?`]);
    expect(stdout.startsWith(`Account: Acme Inc. (37439510) at ${host}\n`)).toBe(true);
    expect(stdout).toMatch(/Account: Acme Inc\. \(37439510\) at .*\n\n✓ applied/);
  }, 60_000);
});

describe('a custom rule renamed in place', () => {
  it('reads as a change of name, not as a new rule', async () => {
    const files = await tempManifests();
    const company = (name: string, extra = '') => `
version: 1
kind: Company
customRules:
  - name: ${name}${extra}
    when:
      calledNumbers: ["+16505550100"]
      schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}
    transferTo: {name: "Holiday Announcement"}
`;
    emu.reset();
    await files.write('company.yaml', company('Xmas'));
    expect((await runCli(['apply', '--yes', files.dir], env)).code).toBe(0);
    await files.write('company.yaml', company('Christmas closure', '\n    renamedFrom: Xmas'));
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], env)).stdout);
    expect(plan.changes.map((c: { action: string; kind: string }) => [c.action, c.kind])).toEqual([['update', 'company-custom-rule']]);
    expect(plan.changes[0].fields).toEqual([{ path: 'customRules[0].name', before: 'Xmas', after: 'Christmas closure' }]);
    await files.cleanup();
  }, 60_000);
});

describe('apply --plan', () => {
  it('shows fields computed from the live objects and the verified bodies, never the ones in the file', async () => {
    const files = await tempManifests();
    await files.write(
      'kim.yaml',
      `
version: 1
kind: User
extension: "102"
rules:
  work-hours:
    ifNoAnswer: {forwardTo: {phone: "+14082324343"}}
`,
    );
    emu.reset();
    const planFile = `${files.dir}/plan.json`;
    expect((await runCli(['plan', '--out', planFile, files.dir], env)).code).toBe(0);
    const saved = JSON.parse(await readFile(planFile, 'utf8'));
    const honest = saved.changes[0].fields;
    expect(honest).toEqual([
      {
        path: 'rules.work-hours.ifNoAnswer',
        before: { voicemail: { greeting: { preset: '590080 (Default)' } } },
        after: { forwardTo: { phone: '+14082324343' } },
      },
    ]);
    saved.changes[0].fields = [{ path: 'rules.work-hours.ifNoAnswer', before: { voicemail: {} }, after: { voicemail: {} } }];
    await writeFile(planFile, JSON.stringify(saved));
    const applied = await runCli(['apply', '--plan', planFile, '--yes'], env);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain(
      [
        '    ~ rules.work-hours.ifNoAnswer:',
        '        before: {voicemail: {greeting: {preset: "590080 (Default)"}}}',
        '        after:  {forwardTo: {phone: "+14082324343"}}',
      ].join('\n'),
    );
    expect(applied.stdout).not.toContain('{voicemail: {}}');
    await files.cleanup();
  }, 60_000);
});

describe('validation and lint warnings', () => {
  it('appear in text, Markdown and JSON at their place in the manifest', async () => {
    const files = await tempManifests();
    await files.write(
      'jordan.yaml',
      `version: 1
kind: User
extension: "103"
customRules:
  - name: Old summit
    when:
      callers: ["+14155550123"]
      schedule: {ranges: [{from: "2020-03-08T08:00", to: "2020-03-10T18:00"}]}
    immediately: {forwardTo: {extension: "101"}}
`,
    );
    emu.reset();
    const message = 'customRules[0].when.schedule.ranges[0].to: this range ended on 2020-03-10T18:00; it no longer matches any call';
    const json = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], env)).stdout);
    expect(json.warnings).toEqual([{ file: expect.stringMatching(/jordan\.yaml$/), line: 8, column: 58, message }]);
    const md = (await runCli(['plan', '--format', 'markdown', files.dir], env)).stdout;
    expect(md).toMatch(
      /#### Warnings\n\n- `[^`]*jordan\.yaml:8:58` customRules\\\[0\\\]\.when\.schedule\.ranges\\\[0\\\]\.to: this range ended/,
    );
    const text = (await runCli(['plan', files.dir], env)).stdout;
    expect(text).toContain(`jordan.yaml:8:58  ${message}`);
    await files.cleanup();
  }, 60_000);
});
