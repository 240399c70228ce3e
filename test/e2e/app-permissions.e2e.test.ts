import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { runCli, withEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * Issue 18 item 2: an app lacking EditAccounts and a Company document. Before, doctor said "All 7
 * checks passed", the plan was clean, and apply changed the business hours, then failed the rules
 * with 403, leaving the main number half-changed.
 */

const COMPANY = `
version: 1
kind: Company
businessHours:
  schedule: {weekly: {monday: ["08:00-18:00"], tuesday: ["08:00-18:00"], friday: ["08:00-16:00"]}}
rules:
  business-hours: {transferTo: {name: "Support Queue"}}   # the demo's main number goes to the Main IVR
`;

const USER = `
version: 1
kind: User
extension: "101"
rules:
  work-hours:
    ring: {order: at-once, groups: [{targets: [desktop-apps, mobile-apps], seconds: 25}]}
`;

let files: Awaited<ReturnType<typeof tempManifests>>;
let emu: RunningEmulator;
let env: Record<string, string>;
beforeAll(async () => {
  // The emulator issues tokens with the seed's scope: this app may edit extensions, not the account.
  ({ emu, env } = await withEmulator({ windowMs: 1000, seed: { credentials: { scope: 'EditExtensions ReadAccounts' } } }));
});
afterAll(() => emu.stop());
beforeEach(async () => {
  emu.reset();
  emu.clearLog();
  files = await tempManifests();
  await files.write('company.yaml', COMPANY);
  await files.write('users/alex.yaml', USER);
});

describe('app permissions (operations.json x-app-permission)', () => {
  it('doctor with the manifests fails naming EditAccounts and the Company document', async () => {
    const run = await runCli(['doctor', files.dir], env);
    expect(run.code).toBe(1);
    const line = run.stdout.split('\n').find((l) => l.includes('app permissions'));
    expect(line).toBe(
      `✗ app permissions: the app lacks EditAccounts, which ${files.dir}/company.yaml needs (token scope: EditExtensions ReadAccounts). ` +
        "Fix: add EditAccounts to the app's permissions in the RingCentral Developer Console, then run ringform logout so that the next login gets them",
    );
    expect(run.stdout).toContain('1 failed, 6 passed.');
    // Without paths only what every command needs is checked.
    expect((await runCli(['doctor'], env)).code).toBe(0);
  });

  it('plan lists the permissions its changes need, in text, Markdown and JSON', async () => {
    const text = await runCli(['plan', files.dir], env);
    expect(text.stdout).toContain(
      `App permissions needed: EditAccounts (${files.dir}/company.yaml), EditExtensions (${files.dir}/company.yaml, ${files.dir}/users/alex.yaml).`,
    );
    // The reviewer learns before the merge that apply would refuse (issue 18: "the plan was clean").
    expect(text.stderr).toContain(
      `warning: the app lacks the permission EditAccounts (${files.dir}/company.yaml) that these documents' changes need (token scope: EditExtensions ReadAccounts); apply will refuse this plan before any write.`,
    );
    expect((await runCli(['plan', `${files.dir}/users`], env)).stderr).not.toContain('lacks');
    const markdown = await runCli(['plan', '--format', 'markdown', files.dir], env);
    expect(markdown.stdout).toMatch(/App permissions needed: EditAccounts \(.*company\.yaml\), EditExtensions \(/);
    const json = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], env)).stdout);
    expect(json.permissions).toEqual([
      { permission: 'EditAccounts', documents: [`${files.dir}/company.yaml`] },
      { permission: 'EditExtensions', documents: [`${files.dir}/company.yaml`, `${files.dir}/users/alex.yaml`] },
    ]);
  });

  it('apply refuses before any write, naming EditAccounts and the document that needs it; a saved plan too', async () => {
    const run = await runCli(['apply', '--yes', files.dir], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `the app lacks the permission EditAccounts (${files.dir}/company.yaml) that these documents' changes need (token scope: EditExtensions ReadAccounts); nothing was applied.`,
    );
    expect(writes(emu)).toEqual([]);

    const saved = `${files.dir}/plan.json`;
    expect((await runCli(['plan', '--out', saved, files.dir], env)).code).toBe(0);
    const fromFile = await runCli(['apply', '--yes', '--plan', saved], env);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toContain('the app lacks the permission EditAccounts');
    expect(writes(emu)).toEqual([]);

    // The user's document alone needs only EditExtensions, which the app has.
    const user = await runCli(['apply', '--yes', `${files.dir}/users`], env);
    expect(user.code).toBe(0);
    expect(writes(emu)).toHaveLength(1);
  });
});
