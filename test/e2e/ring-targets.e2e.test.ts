import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calls, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';
import { rewritingProxy } from '../helpers/rewriting-proxy.js';
import { json, login, v2 } from '../emulator/helpers.js';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';

/**
 * Every ring target a real account has, over the SDK against the emulator: devices by name,
 * ring-always, raw targets of every other type, nothing lost by a partial document, export of
 * every target type round-tripping, and the plan errors at the target's place.
 */

const EVERY_TARGET_SEED = new URL('../fixtures/seeds/every-target-type.json', import.meta.url).pathname;

/** The live objects as the API returns them, as far as these tests read them. */
interface Target {
  type: string;
  device?: { id: string };
}
interface Action {
  type: string;
  enabled?: boolean;
  duration?: number;
  targets: Target[];
  greeting?: { preset: { id: string } };
}
interface Dispatching {
  type: string;
  actions: Action[];
}
interface Rule {
  displayName?: string;
  dispatching: Dispatching;
}

async function liveRule(emu: RunningEmulator, ext: string, id: string): Promise<Rule> {
  const platform = await login(emu);
  return json(platform.get(`${v2(ext)}/voice/state-rules/${id}`));
}

async function liveCustomRules(emu: RunningEmulator, ext: string): Promise<Rule[]> {
  const platform = await login(emu);
  return (await json(platform.get(`${v2(ext)}/voice/interaction-rules`))).records;
}

const ringParts = (d: Dispatching) => d.actions.filter((a) => a.type === 'RingGroupAction' || a.type === 'RingAlwaysGroupAction');
/**
 * A dispatching without one action, as a set: ringform writes actions in its own order (greetings,
 * enabled groups in ring order, disabled ones, ring-always, terminating), which carries no meaning
 * except for the enabled groups, whose order is kept.
 */
const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
const withoutGreeting = (type: string) => (d: Dispatching) => ({
  ...d,
  actions: d.actions
    .filter((a) => a.type !== type)
    .map((a) => (a.type === 'TerminatingAction' ? { ...a, targets: [...a.targets].sort(byJson) } : a))
    .sort(byJson),
  enabledGroups: d.actions.filter((a) => a.type === 'RingGroupAction' && a.enabled),
});

describe('desk phones on the demo account', () => {
  const t = useEmulator({ windowMs: 1000 });

  it('{device: "desk phone"} rings first, then mobile apps; apply; plan empty', async () => {
    const files = await tempManifests();
    await files.write(
      'jordan.yaml',
      `
version: 1
kind: User
extension: "103"
rules:
  work-hours:
    ring:
      order: in-order
      groups:
        - {targets: [{device: "  desk PHONE "}], seconds: 15}
        - {targets: [mobile-apps], seconds: 20}
      always: [desktop-apps]
`,
    );
    const applied = await runCli(['apply', '--yes', files.dir], t.env);
    expect(applied.code).toBe(0);
    // The device list is read for Jordan only: the document names a device by name.
    expect(calls(t.emu).filter((c) => c.includes('forwarding-targets'))).toEqual([
      `GET /restapi/v2/accounts/~/extensions/63701632004/comm-handling/voice/forwarding-targets`,
    ]);
    const rule = await liveRule(t.emu, '63701632004', 'work-hours');
    expect(rule.dispatching.type).toBe('RingInOrder');
    const groups = ringParts(rule.dispatching).filter((a) => a.type === 'RingGroupAction' && a.enabled);
    expect(groups.map((g) => [g.targets.map((x) => x.device?.id ?? x.type), g.duration])).toEqual([
      [['805184004'], 15],
      [['AllMobileRingTarget'], 20],
    ]);
    const always = rule.dispatching.actions.filter((a) => a.type === 'RingAlwaysGroupAction');
    expect(always.map((a) => [a.enabled, a.targets.map((x) => x.type)])).toEqual([[true, ['AllDesktopRingTarget']]]);

    t.emu.clearLog();
    const again = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(again.code).toBe(0);
    expect(writes(t.emu)).toEqual([]);

    const simulated = await runCli(
      ['simulate', '--extension', '103', '--from', '+12025550100', '--at', '2026-12-21T10:00', files.dir],
      t.env,
    );
    expect(simulated.stdout).toContain('rings device desk PHONE for 15 s, with desktop apps ringing alongside');
    await files.cleanup();
  });
});

describe('an account holding every target type of the spec', () => {
  const t = useEmulator({ windowMs: 1000, seed: EVERY_TARGET_SEED });

  it('a document that changes only the greeting leaves device, hotdesk, integration and ring-always parts as they were', async () => {
    const before = await liveRule(t.emu, '~', 'work-hours');
    const beforeVip = (await liveCustomRules(t.emu, '~')).find((r) => r.displayName === 'VIP callers');
    const files = await tempManifests();
    await files.write(
      'alex.yaml',
      `
version: 1
kind: User
extension: "101"
rules:
  work-hours:
    greeting:
      connectingAudio: {preset: "Acoustic"}
`,
    );
    const applied = await runCli(['apply', '--yes', files.dir], t.env);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(writes(t.emu)).toEqual(['PATCH /restapi/v2/accounts/~/extensions/63701631004/comm-handling/voice/state-rules/work-hours']);
    const after = await liveRule(t.emu, '~', 'work-hours');
    const audio = after.dispatching.actions.find((a) => a.type === 'PlayConnectingPromptAction')!;
    expect([audio.enabled, audio.greeting?.preset.id]).toEqual([true, '197120']);
    // Everything else, device, hotdesk, integration, IMS/FMC, Cloud Connector and ring-always, as it was.
    expect(withoutGreeting('PlayConnectingPromptAction')(after.dispatching)).toEqual(
      withoutGreeting('PlayConnectingPromptAction')(before.dispatching),
    );
    const afterVip = (await liveCustomRules(t.emu, '~')).find((r) => r.displayName === 'VIP callers');
    expect(afterVip).toEqual(beforeVip);
    expect(ringParts(afterVip!.dispatching).flatMap((a) => a.targets.map((x) => x.type))).toEqual([
      'AllDesktopRingTarget',
      'AllMobileRingTarget',
      'DeviceRingTarget',
      'AllDesktopRingTarget',
      'IntegrationRingTarget',
    ]);
    await files.cleanup();
  });

  it('export writes every target type and round-trips to an empty plan, with nothing left out', async () => {
    const files = await tempManifests();
    const exported = await runCli(['export', '--all-users', '--all-sites', '--out', files.dir], t.env);
    expect(exported.code).toBe(0);
    expect(exported.stderr).not.toMatch(/warning|cannot be expressed|left out/);
    const users = await readdir(join(files.dir, 'users'));
    expect(users).toContain('101-alex-smith.yaml');
    const alex = (await import('node:fs')).readFileSync(join(files.dir, 'users', '101-alex-smith.yaml'), 'utf8');
    for (const written of [
      '{device: Desk phone}',
      'type: HotdeskRingTarget',
      'type: IntegrationRingTarget',
      'type: ImsPhoneNumberRingTarget',
      'type: FmcPhoneNumberRingTarget',
      'type: CloudConnectorRingTarget',
      'type: CloudConnectorTerminatingTarget',
      'always: [mobile-apps, desktop-apps]',
    ]) {
      expect(alex).toContain(written);
    }
    t.emu.clearLog();
    const plan = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);
    // Apply of the export writes nothing either.
    const applied = await runCli(['apply', '--yes', files.dir], t.env);
    expect(applied.code).toBe(0);
    expect(writes(t.emu)).toEqual([]);
    await files.cleanup();
  });

  it("export writes hot-desk and integration targets in their request form, and the day's hot desk is no change (issue 22 item 22)", async () => {
    const files = await tempManifests();
    const exported = await runCli(['export', '--extension', '101', '--out', files.dir], t.env);
    expect(exported.code).toBe(0);
    const alex = (await import('node:fs')).readFileSync(join(files.dir, 'users', '101-alex-smith.yaml'), 'utf8');
    expect(alex).toContain('{raw: {type: HotdeskRingTarget}}');
    expect(alex).toMatch(/- raw:\n\s+type: IntegrationRingTarget\n\s+integration: \{type: MsTeamsDirectRouting\}\n/);
    // Response-only fields are not written: the request schemas do not declare them.
    expect(alex).not.toMatch(/HotdeskRingTarget, device|phoneNumber: "\+16505550111"/);
    // Tomorrow the user sits at another desk: the hot-desk target's device changes, the plan does not.
    const proxy = await rewritingProxy(t.emu.url, (m, path, body) => {
      const swap = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(swap);
        if (!v || typeof v !== 'object') return;
        const o = v as Record<string, unknown>;
        if (o.type === 'HotdeskRingTarget') o.device = { id: '999000111', name: 'Desk 7', phoneNumber: '+16505559999' };
        if (o.type === 'IntegrationRingTarget' && o.integration) (o.integration as Record<string, unknown>).phoneNumber = '+16505550199';
        Object.values(o).forEach(swap);
      };
      if (m === 'GET') swap(body);
      return body;
    });
    try {
      const plan = await runCli(['plan', '--detailed-exitcode', files.dir], { ...t.env, RINGCENTRAL_SERVER_URL: proxy.url });
      expect(plan.stdout).toContain('No changes');
      expect(plan.code).toBe(0);
    } finally {
      await proxy.stop();
    }
    await files.cleanup();
  });

  it('a raw object the spec refuses is an error at its place, before any call', async () => {
    const files = await tempManifests();
    const file = await files.write(
      'alex.yaml',
      `
version: 1
kind: User
extension: "101"
rules:
  work-hours:
    ring:
      groups:
        - {targets: [{raw: {type: IntegrationRingTarget}}]}
    ifNoAnswer:
      raw: {type: CloudConnectorTerminatingTarget, destination: {integrationId: "1111111"}}
`,
    );
    const run = await runCli(['apply', '--yes', files.dir], t.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      `${file}:8:23  rules.work-hours.ring.groups[0].targets[0].raw  an IntegrationRingTarget needs "integration"`,
    );
    expect(run.stderr).toContain(`${file}:10:7  rules.work-hours.ifNoAnswer.raw  a CloudConnectorTerminatingTarget needs "name"`);
    expect(calls(t.emu)).toEqual([]);
    await files.cleanup();
  });
});

describe('plan errors at the target, before any write', () => {
  const t = useEmulator({
    windowMs: 1000,
    seed: {
      base: 'demo',
      extensions: [
        {
          extensionNumber: '103',
          devices: [
            { id: '805184004', name: 'Desk phone', type: 'HardPhone' },
            { id: '805184005', name: 'desk phone ', type: 'SoftPhone' },
          ],
        },
      ],
    },
  });

  it('unknown and ambiguous device names and a coworker that is not a user', async () => {
    const files = await tempManifests();
    const alex = await files.write(
      'alex.yaml',
      `
version: 1
kind: User
extension: "101"
rules:
  work-hours:
    ring:
      groups:
        - {targets: [{device: "Laptop"}]}
        - {targets: [{coworker: "1500"}]}
`,
    );
    const jordan = await files.write(
      'jordan.yaml',
      `
version: 1
kind: User
extension: "103"
rules:
  work-hours:
    ring:
      groups:
        - targets:
            - {device: "Desk Phone"}
`,
    );
    const run = await runCli(['apply', '--yes', files.dir], t.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      `${alex}:8:31  rules.work-hours.ring.groups[0].targets[0].device  no device of this user is named "Laptop". The user's devices: "Desk phone" (id 805183004)`,
    );
    expect(run.stderr).toContain(
      `${alex}:9:33  rules.work-hours.ring.groups[1].targets[0].coworker  coworker "1500" is Main IVR, an IvrMenu extension; a coworker must be a User extension`,
    );
    expect(run.stderr).toContain(
      `${jordan}:9:24  rules.work-hours.ring.groups[0].targets[0].device  2 devices of this user are named "Desk Phone"; write {device: {id: "<device id>"}} to pick one. The user's devices: "Desk phone" (id 805184004), "desk phone " (id 805184005)`,
    );
    expect(writes(t.emu)).toEqual([]);
    await files.cleanup();
  });
});
