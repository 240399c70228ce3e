import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAllDocuments, parseDocument } from 'yaml';
import { defaultStateDispatching } from '../../src/core/defaults.js';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { calls, runCli, useEmulator, withEmulator, writes } from '../helpers/e2e.js';
import { guideVipRule } from '../helpers/guide-samples.js';
import { tempManifests } from '../helpers/temp-manifests.js';

let files: Awaited<ReturnType<typeof tempManifests>>;

const t = useEmulator({ windowMs: 1000 });
beforeEach(async () => {
  files = await tempManifests();
});
afterEach(async () => {
  await files.cleanup();
});

const ALL = ['--all-users', '--all-sites'];
/** The call-handling examples (examples/routing-tests holds RoutingTest documents, not for apply). */
const EXAMPLES = ['examples/users', 'examples/sites', 'examples/schedules'];

async function exportTo(dir: string, args = ALL) {
  const run = await runCli(['export', ...args, '--out', dir], t.env);
  expect(run.code).toBe(0);
  return run;
}

/** `plan` on the exported files finds nothing to change, and `validate` accepts them. */
async function expectRoundTrip(dir: string) {
  t.emu.clearLog();
  const plan = await runCli(['plan', '--detailed-exitcode', dir], t.env);
  const notWarnings = (text: string) => text.split('\n').filter((l) => l && !l.includes('  warning: '));
  expect(notWarnings(plan.stderr)).toEqual([]);
  expect(plan.stdout).toContain('No changes');
  expect(plan.code).toBe(0);
  expect(writes(t.emu)).toEqual([]);
  const validate = await runCli(['validate', dir], t.env);
  // Lint warnings (e.g. a date range that has ended by the time the suite runs) are not errors.
  expect(notWarnings(validate.stderr)).toEqual([]);
  expect(validate.code).toBe(0);
  expect(validate.stdout).toMatch(/^7 files, 7 documents valid \(5 users, 2 sites\)/);
}

async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const sub of await readdir(dir)) {
    for (const name of await readdir(join(dir, sub))) out[`${sub}/${name}`] = await readFile(join(dir, sub, name), 'utf8');
  }
  return out;
}

const FILES = [
  'users/101-alex-smith.yaml',
  'users/102-kim-lee.yaml',
  'users/103-jordan-park.yaml',
  'users/104-priya-patel.yaml',
  'users/105-sam-rivera.yaml',
  'sites/2001-london-office.yaml',
  'sites/3001-new-york-office.yaml',
];

describe('ringform export against the emulator', () => {
  it("exports the demo account with the reads of plan and each user's devices, and plan on it is empty", async () => {
    const run = await exportTo(files.dir);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(FILES);
    expect(run.stderr).toBe(`Exported 5 users and 2 sites to ${files.dir}.\n`);
    const reads = calls(t.emu);
    expect(writes(t.emu)).toEqual([]);
    expect(
      reads.filter((c) => c.includes('/restapi/v1.0/account/~/extension?') || c.endsWith('/restapi/v1.0/account/~/extension')),
    ).toHaveLength(1);
    // state rules, interaction rules and forwarding targets (devices are written by name) per user
    expect(reads.filter((c) => c.includes('/comm-handling/'))).toHaveLength(5 * 3);
    expect(reads.filter((c) => c.includes('/voice/forwarding-targets'))).toHaveLength(5);
    expect(reads.filter((c) => /business-hours$|answering-rule/.test(c))).toHaveLength(2 * 2);
    expect(reads.some((c) => c.includes('/dictionary/greeting'))).toBe(false);
    expect(reads).toHaveLength(1 + 15 + 4);

    const alex = await readFile(join(files.dir, 'users/101-alex-smith.yaml'), 'utf8');
    // Outside the repository there is no schema to point at; the first line says where the file came from.
    expect(alex.split('\n')[0]).toBe('# Exported by `ringform export` from the live call handling of user 101 (Alex Smith).');
    expect(alex).toContain('agent: {schedule: same-as-work-hours}');
    await expectRoundTrip(files.dir);
  });

  it('round-trips every example configuration: apply the examples, export, plan is empty', async () => {
    const applied = await runCli(['apply', '--yes', ...EXAMPLES], t.env);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const run = await exportTo(files.dir);
    expect(run.stderr).not.toContain('ringform bug');
    expect(run.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([]);
    await expectRoundTrip(files.dir);

    const tree = await readTree(files.dir);
    expect(tree['users/101-alex-smith.yaml']).toContain('        - {targets: [{coworker: "102"}], seconds: 40}');
    expect(tree['sites/2001-london-office.yaml']).toContain('after-hours: {transferTo: "1600"}');
  });

  it('two exports of the same state are byte-identical', async () => {
    expect((await runCli(['apply', '--yes', ...EXAMPLES], t.env)).code).toBe(0);
    const second = await tempManifests();
    try {
      await exportTo(files.dir);
      await exportTo(second.dir);
      const [a, b] = [await readTree(files.dir), await readTree(second.dir)];
      expect(Object.keys(a).sort()).toEqual([...FILES].sort());
      expect(b).toEqual(a);
    } finally {
      await second.cleanup();
    }
  });

  it('writes every document to stdout without --out', async () => {
    expect((await runCli(['apply', '--yes', ...EXAMPLES], t.env)).code).toBe(0);
    const run = await runCli(['export', '--extension', '103', '101', '--site', '3001'], t.env);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const docs = parseAllDocuments(run.stdout) as any[];
    expect(docs.map((d) => [d.toJS().kind, d.toJS().extension ?? d.toJS().site])).toEqual([
      ['User', '101'],
      ['User', '103'],
      ['Site', '3001'],
    ]);
    await files.write('all.yaml', run.stdout);
    const plan = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);
  });

  it('a queue member whose agent follows work-hours stays clean: export, change the work-hours ring, apply, plan is empty', async () => {
    // issue 18 finding 3: the agent rule's ring settings follow work-hours while its state does.
    await exportTo(files.dir, ['--extension', '101']);
    const file = join(files.dir, 'users/101-alex-smith.yaml');
    const doc = parseDocument(await readFile(file, 'utf8'));
    expect(doc.getIn(['states', 'agent', 'schedule'])).toBe('same-as-work-hours');
    expect(doc.hasIn(['rules', 'agent'])).toBe(false);
    doc.setIn(['rules', 'work-hours', 'ring'], doc.createNode({ order: 'in-order', groups: [{ targets: ['mobile-apps'], seconds: 35 }] }));
    await writeFile(file, doc.toString());
    const applied = await runCli(['apply', '--yes', files.dir], t.env);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain('1 applied');
    const again = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(again.stdout).toContain('No changes');
    expect(again.code).toBe(0);
  });

  it('needs a selection, and names what it cannot find', async () => {
    const none = await runCli(['export', '--out', files.dir], t.env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      'error: nothing to export: name users with --extension, sites with --site, call queues with --queue, IVR menus with --ivr, or use --all-users, --all-sites, --company, --all-queues, --all-ivrs or --all',
    );
    expect(calls(t.emu)).toEqual([]);

    const wrong = await runCli(['export', '--extension', '2001', '999'], t.env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('extension 2001 (London Office) is a Site extension, not a User (export sites with --site)');
    expect(wrong.stderr).toContain('extension 999 was not found in the account');
    expect(wrong.stdout).toBe('');
    const queue = await runCli(['export', '--queue', '101'], t.env);
    expect(queue.stderr).toContain(
      'extension 101 (Alex Smith) is a User extension, not a call queue (Department) (export users with --extension)',
    );
  });
});

describe('ringform export of what manifest v1 cannot express', () => {
  let seeded: RunningEmulator;
  let seededEnv: Record<string, string>;

  beforeAll(async () => {
    const workHours = defaultStateDispatching('work-hours') as any;
    workHours.actions.push({ type: 'RingAlwaysGroupAction', enabled: true, targets: [{ type: 'AllMobileRingTarget' }] });
    ({ emu: seeded, env: seededEnv } = await withEmulator({
      windowMs: 1000,
      seed: {
        extensions: [
          { extensionNumber: '101', states: { 'work-hours': WEEKDAYS_9_TO_5 }, interactionRules: [guideVipRule()] },
          { extensionNumber: '104', stateRules: { 'work-hours': { dispatching: workHours } } },
          { extensionNumber: '105', newCallHandling: false },
        ],
      },
    }));
  });
  afterAll(async () => {
    await seeded?.stop();
  });

  it('warns on stderr, leaves it out of the files, and plan on them is still empty', async () => {
    const run = await runCli(['export', '--all-users', '--out', files.dir], seededEnv);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      "warning: user 105 was not exported: extension 105 is not on RingCentral's new call handling (v2 comm-handling API); ringform manages only accounts with new call handling",
      `Exported 4 users and 0 sites to ${files.dir}.`,
    ]);
    // One owner could not be exported at all: the export is incomplete, so it fails.
    expect(run.code).toBe(1);
    const priya = await readFile(join(files.dir, 'users/104-priya-patel.yaml'), 'utf8');
    // The RingAlwaysGroupAction is written, not left out.
    expect(priya).toContain('always: [mobile-apps]');

    seeded.clearLog();
    const plan = await runCli(['plan', '--detailed-exitcode', files.dir], seededEnv);
    expect(plan.stdout).toContain('No changes');
    // The guide's VIP rule (no immediate announcement target) is exported and matches live.
    expect(await readFile(join(files.dir, 'users/101-alex-smith.yaml'), 'utf8')).toContain('name: VIP Calls After-Hours');
    expect(plan.code).toBe(0);
    expect(writes(seeded)).toEqual([]);
  });
});

const WEEKDAYS_9_TO_5 = {
  conditions: [
    {
      type: 'Schedule',
      schedule: { triggers: [{ triggerType: 'Weekly', ranges: { monday: [{ startTime: '09:00:00', endTime: '17:00:00' }] } }] },
    },
  ],
};

/** user-interaction-rules.md's request body, as the guide sends it (one announcement target only). */

describe('greetings and screening that are off but configured (issue 22 item 24)', () => {
  it('export writes {off: <greeting>} and {off: {when, result}}, and applying it elsewhere restores them', async () => {
    const source = await tempManifests();
    await source.write(
      'alex.yaml',
      `version: 1
kind: User
extension: "101"
rules:
  work-hours:
    greeting:
      welcome: {off: {custom: "5072424004"}}
      connectingMessage: {off: {preset: "66304"}}
      screening: {off: {when: Always, result: PlayCallerNameOnly}}
`,
    );
    const applied = await runCli(['apply', '--yes', source.dir], t.env);
    expect(applied.code, applied.stderr).toBe(0);
    const run = await exportTo(files.dir, ['--extension', '101']);
    expect(run.stderr).not.toMatch(/cannot be expressed|kept configured while/);
    const alex = await readFile(join(files.dir, 'users', '101-alex-smith.yaml'), 'utf8');
    expect(alex).toContain('welcome: {off: {custom: "5072424004"}}');
    expect(alex).toContain('screening: {off: {when: Always, result: PlayCallerNameOnly}}');
    // RingCentral's own default greeting, off, stays plain `off`.
    expect(alex).toContain('connectingMessage: off');
    const plan = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);
    // After a loss (the account back to its defaults), applying the export restores them.
    t.emu.reset();
    const restored = await runCli(['apply', '--yes', files.dir], t.env);
    expect(restored.code, restored.stderr).toBe(0);
    const again = await exportTo(join(files.dir, 'again'), ['--extension', '101']);
    expect(again.code).toBe(0);
    expect(await readFile(join(files.dir, 'again', 'users', '101-alex-smith.yaml'), 'utf8')).toBe(alex);
    await source.cleanup();
  });

  it('validate refuses an {off: …} holding anything but the greeting', async () => {
    await files.write(
      'a.yaml',
      'version: 1\nkind: User\nextension: "101"\nrules:\n  work-hours:\n    greeting:\n      welcome: {off: {custom: "5072424004"}, extra: 1}\n',
    );
    const run = await runCli(['validate', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rules.work-hours.greeting.welcome');
  });
});
