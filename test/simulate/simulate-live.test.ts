import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { calls, runCli, withEmulator } from '../helpers/e2e.js';

let emu: RunningEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  ({ emu, env } = await withEmulator({ windowMs: 1000 }));
  const applied = await runCli(['apply', '--yes', 'examples/users', 'examples/sites', 'examples/schedules', 'examples/company.yaml'], env);
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
];

describe('ringform simulate --live', () => {
  it.each(CASES.map((c) => [c.join(' '), c]))('agrees with the manifests once they are applied: %s', async (_name, args) => {
    emu.clearLog();
    const live = await runCli(['simulate', '--live', '--format', 'json', ...args], env);
    expect(live.code, live.stderr).toBe(0);
    expect(calls(emu).every((c) => c.startsWith('GET '))).toBe(true);
    const desired = await runCli(
      ['simulate', 'examples/users', 'examples/sites', 'examples/schedules', 'examples/company.yaml', '--format', 'json', ...args],
      {},
    );
    expect(desired.code, desired.stderr).toBe(0);
    expect(essence(JSON.parse(live.stdout))).toEqual(essence(JSON.parse(desired.stdout)));
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
