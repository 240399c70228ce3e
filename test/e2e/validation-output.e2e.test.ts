import { afterEach, describe, expect, it } from 'vitest';
import { calls, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

const t = useEmulator({ windowMs: 1000 });
let files: Awaited<ReturnType<typeof tempManifests>>;

afterEach(async () => {
  await files?.cleanup();
});

const GOOD = `version: 1
kind: User
extension: "103"
rules:
  work-hours:
    ring: {order: at-once, groups: [{targets: [{coworker: "104"}], seconds: 20}]}
`;

/** Two documents with four reference mistakes between them, one of them in the owner itself. */
async function badReferences() {
  files = await tempManifests();
  await files.write(
    'a.yaml',
    `version: 1
kind: User
extension: "103"
rules:
  work-hours:
    ring: {order: at-once, groups: [{targets: [{coworker: "199"}], seconds: 20}]}
  forward-all-calls:
    immediately: {announcement: {greeting: {preset: "No Such Greeting"}}}
`,
  );
  await files.write(
    'b.yaml',
    `version: 1
kind: User
extension: "198"
rules:
  dnd:
    immediately: {forwardTo: {extension: {email: "nobody@acme.com"}}}
`,
  );
}

describe('validation step of plan and apply (cli.md)', () => {
  it('reports every unresolved reference in one run, with no write', async () => {
    await badReferences();
    const run = await runCli(['plan', files.dir], t.env);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.includes('.yaml:'));
    expect(lines).toHaveLength(4);
    expect(run.stderr).toContain('rules.work-hours.ring.groups[0].targets[0].coworker  extension "199" was not found');
    expect(run.stderr).toContain(
      'rules.forward-all-calls.immediately.announcement.greeting  no standard Announcement greeting is named "No Such Greeting"',
    );
    expect(run.stderr).toContain('b.yaml:3:12  extension  extension "198" was not found');
    expect(run.stderr).toContain('rules.dnd.immediately.forwardTo.extension  extension {email: "nobody@acme.com"} was not found');
    expect(writes(t.emu)).toEqual([]);
  });

  it('--format json prints the plan-time problems as {"problems": [...]} on stdout', async () => {
    await badReferences();
    const run = await runCli(['plan', '--format', 'json', files.dir], t.env);
    expect(run.code).toBe(1);
    const { problems } = JSON.parse(run.stdout);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toEqual({
      file: expect.stringMatching(/a\.yaml$/),
      line: 6,
      column: 59,
      path: 'rules.work-hours.ring.groups[0].targets[0].coworker',
      severity: 'error',
      message: 'extension "199" was not found in the account',
    });
    expect(run.stderr).toMatch(/^Error: the plan cannot be made: 4 problems/m);
  });

  it('--format github prints workflow commands and makes no API call for invalid manifests', async () => {
    files = await tempManifests();
    await files.write('u.yaml', GOOD.replace('seconds: 20', 'seconds: 21'));
    const run = await runCli(['apply', '--yes', '--format', 'github', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=.*u\.yaml,line=6,col=\d+::seconds must be a multiple of 5/);
    expect(calls(t.emu)).toEqual([]);
  });

  it('plan --format github annotates warnings and then prints the plan as text', async () => {
    files = await tempManifests();
    await files.write(
      'u.yaml',
      GOOD +
        `customRules:\n  - name: Old\n    when: {schedule: {ranges: [{from: "2020-01-01T00:00", to: "2020-01-02T00:00"}]}}\n    immediately: {voicemail: {}}\n`,
    );
    const run = await runCli(['plan', '--format', 'github', files.dir], t.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning file=.*u\.yaml,line=9,col=\d+::this range ended on 2020-01-02T00:00/);
    expect(run.stdout).toContain('Plan: 1 to create, 1 to update, 0 to delete.');
  });
});

describe('--only', () => {
  it('names an extension no document manages, and reads nothing of any user', async () => {
    const run = await runCli(['plan', '--only', '103', '999', 'examples'], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--only 999: no document manages extension 999');
    expect(calls(t.emu).filter((c) => /extensions?\/\d+\//.test(c))).toEqual([]);
  });
});
