import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { emulatorEnv, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * kind: CallQueue end to end, through the CLI and @ringcentral/sdk against the emulator: members,
 * fixed order, a VIP rule and an after-hours announcement applied and planned again empty;
 * references that are not users or not members refused before any write; export of two queues
 * round-trips and reproduces them on another account; simulate names the members in ring order.
 */

const t = useEmulator({ windowMs: 1000 });
let files: Awaited<ReturnType<typeof tempManifests>>;
beforeEach(async () => {
  files = await tempManifests();
});
afterEach(() => files.cleanup());

const SUPPORT = '62952430016';
const A = '/restapi/v1.0/account/~';

interface QueueState {
  details: { alertTimer: number };
  businessHours: { weeklyRanges: Record<string, unknown> };
  rules: {
    id: string;
    name?: string;
    callHandlingAction: string;
    queue: { transferMode: string; fixedOrder: string[]; agentTimeout: number };
  }[];
}

async function state(
  emu: RunningEmulator,
): Promise<{ extensions: { id: string; memberIds: string[] }[]; queues: Record<string, QueueState> }> {
  return (await fetch(`${emu.url}/__emulator/state`)).json() as never;
}

const SUPPORT_DOC = `
version: 1
kind: CallQueue
queue: {name: "Support Queue"}
members: ["102", "103"]
businessHours:
  schedule: {weekly: {monday: ["09:00-17:00"], tuesday: ["09:00-17:00"], wednesday: ["09:00-17:00"], thursday: ["09:00-17:00"], friday: ["09:00-17:00"]}}
rules:
  business-hours:
    distribution: fixed-order
    order: ["103", "102"]
    ringEachSeconds: 15
    whenMaxWait: {voicemail: {}}
  after-hours: {announcement: {}}
customRules:
  - name: VIP support
    when: {callers: ["+16501111111"]}
    queue: {distribution: simultaneous, maxWaitSeconds: 120, whenMaxWait: {transferTo: "105"}}
`;

describe('call queues against the emulator', () => {
  it('changes members (one added, one removed), fixed order, a VIP rule and an after-hours announcement; plans again empty', async () => {
    await files.write('support.yaml', SUPPORT_DOC);
    const plan = await runCli(['plan', files.dir], t.env);
    expect(plan.code).toBe(0);
    // In manifest words, with member names.
    expect(plan.stdout).toContain('call queue 1200 (Support Queue) · members');
    expect(plan.stdout).toContain('- members[0]: "101 (Alex Smith)"');
    expect(plan.stdout).toContain('+ members[1]: "103 (Jordan Park)"');
    expect(plan.stdout).toContain('+ rules.business-hours.order: ["103 (Jordan Park)", "102 (Kim Lee)"]');
    expect(plan.stdout).toContain('rules.business-hours.distribution: "longest-idle" → "fixed-order"');
    t.emu.clearLog();
    const applied = await runCli(['apply', '--yes', files.dir], t.env);
    expect(applied.stdout).toMatch(/Apply: 5 applied, 0 failed, 0 skipped\./);
    const posts = writes(t.emu);
    // One bulk-assign adds and removes, before the rule that orders the new member.
    expect(posts.filter((w) => w.includes('bulk-assign'))).toEqual([`POST ${A}/call-queues/${SUPPORT}/bulk-assign`]);
    expect(posts.findIndex((w) => w.includes('bulk-assign'))).toBeLessThan(posts.findIndex((w) => w.endsWith('business-hours-rule')));
    const bulk = t.emu.log.find((e) => e.path.endsWith('bulk-assign'))!;
    expect(bulk.body).toEqual({ addedExtensionIds: ['63701632004'], removedExtensionIds: ['63701631004'] });

    const live = await state(t.emu);
    expect(live.extensions.find((e) => e.id === SUPPORT)!.memberIds).toEqual(['63707590004', '63701632004']);
    const q = live.queues[SUPPORT];
    const business = q.rules.find((r) => r.id === 'business-hours-rule')!;
    expect(business.queue).toMatchObject({ transferMode: 'FixedOrder', fixedOrder: ['63701632004', '63707590004'], agentTimeout: 15 });
    expect(q.rules.find((r) => r.id === 'after-hours-rule')!.callHandlingAction).toBe('PlayAnnouncementOnly');
    const vip = q.rules.find((r) => r.name === 'VIP support')!;
    expect(vip.queue.transferMode).toBe('Simultaneous');

    t.emu.clearLog();
    const again = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(again.stdout).toContain('No changes');
    expect(again.code).toBe(0);
    expect(writes(t.emu)).toEqual([]);
  });

  it('refuses a member that is not a user and an order naming a non-member, at their lines, before any write', async () => {
    await files.write(
      'support.yaml',
      `
version: 1
kind: CallQueue
queue: "1200"
members: ["101", "1500"]
`,
    );
    await files.write(
      'sales.yaml',
      `
version: 1
kind: CallQueue
queue: "1300"
rules:
  business-hours:
    distribution: fixed-order
    order: ["105", "101"]
`,
    );
    // A CallQueue document that names a user: the owner type's words say what it must be.
    await files.write('user.yaml', 'version: 1\nkind: CallQueue\nqueue: "101"\n');
    t.emu.clearLog();
    const run = await runCli(['apply', '--yes', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/user\.yaml:3:8 +queue +extension 101 \(Alex Smith\) is a User extension, not a call queue \(Department\)/);
    expect(run.stderr).toMatch(
      /support\.yaml:4:18 +members\[1\] +extension 1500 \(Main IVR\) is a IvrMenu extension; only users can be members/,
    );
    expect(run.stderr).toMatch(
      /sales\.yaml:7:20 +rules\.business-hours\.order\[1\] +order names extension 101 \(Alex Smith\), which is not a member of the queue/,
    );
    expect(writes(t.emu)).toEqual([]);
  });

  it("switches greetings written `off` off with the dictionary's None greeting of their type, converges, and refuses at its line a type the dictionary cannot switch off", async () => {
    const doc = (greeting: string) => `
version: 1
kind: CallQueue
queue: "1200"
rules:
  business-hours:
    greeting:
${greeting}`;
    await files.write('support.yaml', doc('      welcome: off\n      holdMusic: off\n'));
    const plan = await runCli(['plan', '--format', 'json', files.dir], t.env);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    const rule = (JSON.parse(plan.stdout) as Plan).changes.find((c) => c.path.endsWith('/answering-rule/business-hours-rule'))!;
    const greetings = (rule.body as { greetings: { type: string; preset?: { id: string } }[] }).greetings;
    // The emulator's dictionary (GET /restapi/v1.0/dictionary/greeting): category None per type.
    expect(greetings.find((g) => g.type === 'Introductory')).toEqual({ type: 'Introductory', preset: { id: '69120' } });
    expect(greetings.find((g) => g.type === 'HoldMusic')).toEqual({ type: 'HoldMusic', preset: { id: '69632' } });
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([]);

    await files.write('support.yaml', doc('      queueFull: off\n'));
    const refused = await runCli(['apply', '--yes', files.dir], t.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /support\.yaml:7:18 +rules\.business-hours\.greeting\.queueFull +RingCentral cannot switch the Unavailable greeting off on this account: its greeting dictionary has no Unavailable greeting of category None/,
    );
    expect(writes(t.emu)).toEqual([]);
  });

  it('exports two configured queues so that plan is empty, and the export reproduces them on another account', async () => {
    await files.write('support.yaml', SUPPORT_DOC);
    const example = await readFile(new URL('../../examples/queues/support.yaml', import.meta.url), 'utf8');
    // The example configures the Support Queue; here the same configuration is the Sales Queue's.
    await files.write(
      'sales.yaml',
      example
        .replace('queue: {name: "Support Queue"}', 'queue: {name: "Sales Queue"}')
        .replace('members: ["101", "102"]', 'members: ["104", "105", "101", "102"]')
        .replace('queues: [{name: "Sales Queue"}]', 'queues: [{name: "Support Queue"}]'),
    );
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    const out = await tempManifests();
    const exported = await runCli(['export', '--all-queues', '--out', out.dir], t.env);
    expect(exported.code).toBe(0);
    expect(exported.stderr).not.toContain('warning');
    const written = (await readdir(join(out.dir, 'queues'))).sort();
    expect(written).toEqual(['1200-support-queue.yaml', '1300-sales-queue.yaml']);
    t.emu.clearLog();
    const plan = await runCli(['plan', '--detailed-exitcode', out.dir], t.env);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);

    // A second account without that configuration: the export applied reproduces it.
    const other = await startEmulator({ port: 0, windowMs: 1000 });
    try {
      const env = emulatorEnv(other);
      expect((await runCli(['apply', '--yes', out.dir], env)).code).toBe(0);
      expect((await runCli(['plan', '--detailed-exitcode', out.dir], env)).code).toBe(0);
      const again = await tempManifests();
      expect((await runCli(['export', '--all-queues', '--out', again.dir], env)).code).toBe(0);
      for (const f of written) {
        expect(await readFile(join(again.dir, 'queues', f), 'utf8')).toBe(await readFile(join(out.dir, 'queues', f), 'utf8'));
      }
      await again.cleanup();
    } finally {
      await other.stop();
      await out.cleanup();
    }
  });

  it('simulate --queue names the members in ring order in hours, and the after-hours destination out of hours', async () => {
    await files.write('support.yaml', SUPPORT_DOC);
    const inHours = await runCli(
      ['simulate', files.dir, '--queue', 'Support Queue', '--from', '+14155550123', '--at', '2026-12-21T10:00'],
      t.env,
    );
    expect(inHours.code).toBe(0);
    expect(inHours.stdout).toContain('handled by business-hours rule');
    expect(inHours.stdout).toMatch(/1\. rings co-worker 103 for 15 s\n +2\. then rings co-worker 102 for 15 s/);
    const json = JSON.parse(
      (
        await runCli(
          ['simulate', files.dir, '--queue', 'Support Queue', '--from', '+14155550123', '--at', '2026-12-21T10:00', '--format', 'json'],
          t.env,
        )
      ).stdout,
    );
    // What happens when the wait expires is in the JSON too (whenFull and whenNoAnswer when stated).
    expect(json.queue).toEqual({ distribution: 'fixed-order', members: ['103', '102'], whenMaxWait: { type: 'voicemail' } });
    const vip = await runCli(
      ['simulate', files.dir, '--queue', 'Support Queue', '--from', '+16501111111', '--at', '2026-12-21T10:00'],
      t.env,
    );
    expect(vip.stdout).toContain('handled by custom rule "VIP support"');
    expect(vip.stdout).toContain('rings co-worker 102 and co-worker 103 at once');
    const night = await runCli(
      ['simulate', files.dir, '--queue', 'Support Queue', '--from', '+14155550123', '--at', '2026-12-19T22:00'],
      t.env,
    );
    expect(night.stdout).toContain('handled by after-hours rule');
    expect(night.stdout).toContain('plays an announcement and hangs up');
    // The live configuration, once applied, routes the same way.
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    const live = await runCli(['simulate', '--live', '--queue', '1200', '--from', '+14155550123', '--at', '2026-12-21T10:00'], t.env);
    expect(live.stdout).toMatch(/1\. rings co-worker 103 for 15 s\n +2\. then rings co-worker 102 for 15 s/);
  });
});
