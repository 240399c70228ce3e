import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { calls, runCli, withEmulator } from '../helpers/e2e.js';

let emu: RunningEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  ({ emu, env } = await withEmulator({ windowMs: 1000 }));
  const applied = await runCli(['apply', '--yes', 'examples'], env);
  expect(applied.code, applied.stderr).toBe(0);
});
afterAll(async () => {
  await emu.stop();
});

/** What must agree between the manifest and live paths; labels differ (ids become numbers live). */
function essence(json: any) {
  const target = (t: any) => (typeof t === 'string' ? t : Object.keys(t)[0]);
  return {
    handledBy: json.handledBy.name,
    kind: json.handledBy.kind,
    greetings: json.greetings.map((g: any) => g.kind),
    ring: json.ring.map((s: any) => ({ targets: s.targets.map(target), seconds: s.seconds })),
    endsAt: json.endsAt.type,
  };
}

const CASES: string[][] = [
  ['--extension', '101', '--from', '+16501111111', '--at', '2026-12-19T22:00'],
  ['--extension', '101', '--from', '+12025550100', '--at', '2026-12-18T16:00'],
  ['--extension', '101', '--from', '+12025550100', '--at', '2026-12-18T10:00'],
  ['--extension', '101', '--from', '+12025550100', '--at', '2026-12-18T10:00', '--queue'],
  ['--extension', '103', '--from', '+12025550100', '--at', '2026-12-24T10:00'],
  ['--extension', '104', '--from', '+12025550100', '--at', '2026-12-18T13:00'],
  ['--site', 'London Office', '--from', '+12025550100', '--at', '2026-12-25T10:00'],
  ['--site', 'London Office', '--from', '+12025550100', '--at', '2026-12-21T18:00'],
  ['--site', '3001', '--from', '+14132223333', '--to', '+12125550142', '--at', '2026-12-22T10:00'],
  ['--company', '--from', '+14155550100', '--to', '+16505550100', '--at', '2026-12-25T10:00'],
  ['--company', '--from', '+14155550100', '--to', '+16505550100', '--at', '2026-12-21T10:00'],
  ['--company', '--from', '+14155550100', '--at', '2026-12-18T17:00'],
  ['--company', '--from', '+12025550199', '--at', '2026-12-21T10:00'],
  // Across hops: the main number, the Main IVR's keys, the Support Queue and who it rings.
  ['--company', '--from', '+14155550100', '--to', '+16505550100', '--at', '2026-12-21T10:00', '--press', '2'],
  ['--company', '--from', '+14155550100', '--to', '+16505550100', '--at', '2026-12-21T10:00', '--press', '4'],
  ['--company', '--from', '+16501111111', '--to', '+16505550100', '--at', '2026-12-21T10:00', '--press', '2'],
  ['--ivr', '1500', '--from', '+14155550100', '--at', '2026-12-21T19:00', '--press', '2'],
  ['--site', 'London Office', '--from', '+12025550100', '--at', '2026-12-21T10:00', '--press', '2'],
];

describe('ringform simulate --live', () => {
  it.each(CASES.map((c) => [c.join(' '), c]))('agrees with the manifests once they are applied: %s', async (_name, args) => {
    emu.clearLog();
    const live = await runCli(['simulate', '--live', '--format', 'json', ...args], env);
    expect(live.code, live.stderr).toBe(0);
    expect(calls(emu).every((c) => c.startsWith('GET '))).toBe(true);
    const desired = await runCli(['simulate', 'examples', '--format', 'json', ...args], {});
    expect(desired.code, desired.stderr).toBe(0);
    expect(essence(JSON.parse(live.stdout))).toEqual(essence(JSON.parse(desired.stdout)));
    // The same hops, each named live by its id, number and name.
    const hops = (json: any) => json.hops.map((h: any) => `${h.kind} ${h.key ?? ''} ${h.handledBy.name}`);
    expect(hops(JSON.parse(live.stdout))).toEqual(hops(JSON.parse(desired.stdout)));
  });

  it('follows the live call across hops: the main number, the Main IVR, the Support Queue and its members in ring order', async () => {
    const live = await runCli(
      ['simulate', '--live', '--company', '--from', '+14155550100', '--at', '2026-12-21T10:00', '--press', '2', '--format', 'json'],
      env,
    );
    expect(live.code, live.stderr).toBe(0);
    const json = JSON.parse(live.stdout);
    expect(json.hops.map((h: any) => [h.kind, h.id, h.extensionNumber, h.name, h.key])).toEqual([
      ['company', null, '', 'the company', undefined],
      ['ivr', '62952431016', '1500', 'Main IVR', '2'],
      ['queue', '62952430016', '1200', 'Support Queue', undefined],
    ]);
    expect(json.queue).toMatchObject({ distribution: 'fixed-order', members: ['102', '101'] });
    const text = await runCli(
      ['simulate', '--live', '--company', '--from', '+14155550100', '--at', '2026-12-21T10:00', '--press', '2'],
      env,
    );
    expect(text.stdout).toContain(
      'path: the main number (business-hours rule) → IVR menu 1500 (Main IVR) (key 2) → call queue 1200 (Support Queue) (business-hours rule)',
    );
    expect(text.stdout).toContain('members in ring order: 102, then 101 (fixed order)');
  });

  it('names the user, the time zone and the extensions by number', async () => {
    const live = await runCli(
      ['simulate', '--live', '--extension', 'alex@acme.com', '--from', '+12025550100', '--at', '2026-12-18T16:00'],
      env,
    );
    expect(live.stdout).toContain('to 101 (Alex Smith) on Fri 2026-12-18 16:00 (America/Los_Angeles):');
    expect(live.stdout).toContain('2. rings co-worker 102 for 40 s');
  });

  it('refuses a site reference that names a user', async () => {
    const live = await runCli(['simulate', '--live', '--site', '101', '--from', '+12025550100', '--at', '2026-12-18T16:00'], env);
    expect(live.code).toBe(1);
    expect(live.stderr).toContain('is a User extension, not a Site');
  });
});
