import { describe, expect, it } from 'vitest';
import type { EmulatorSeed } from '../../src/emulator/seed-types.js';
import { calls, runCli, useEmulator, withEmulator, type CliRun } from '../helpers/e2e.js';

/** `ringform doctor` against the emulator: one line per check, exit 0 only when all pass, no secret shown. */

const t = useEmulator({ windowMs: 1000 });

function linesOf(run: CliRun): Record<string, string> {
  const lines = run.stdout.trim().split('\n');
  return Object.fromEntries(lines.slice(0, -1).map((l) => [l.slice(2, l.indexOf(':')), l]));
}

/** Nothing secret: not the client secret, the JWT, nor any token the emulator issued. */
function expectNoSecrets(run: CliRun, env: Record<string, string>): void {
  const out = run.stdout + run.stderr;
  for (const secret of [env.RINGCENTRAL_CLIENT_SECRET, env.RINGCENTRAL_JWT]) expect(out).not.toContain(secret);
  expect(out).not.toMatch(/EMU-(AT|RT)-/);
}

async function doctorWith(seed: EmulatorSeed): Promise<CliRun> {
  const { emu, env } = await withEmulator({ seed, windowMs: 1000 });
  try {
    const run = await runCli(['doctor'], env);
    expectNoSecrets(run, env);
    return run;
  } finally {
    await emu.stop();
  }
}

describe('ringform doctor', () => {
  it('passes every check on the demo account, one line each, GET only', async () => {
    const run = await runCli(['doctor'], t.env);
    expect(run.code).toBe(0);
    const port = new URL(t.emu.url).port;
    expect(run.stdout).toBe(
      [
        `✓ settings: server http://127.0.0.1:${port}, the app's client id and secret, and a JWT are set`,
        '✓ login: logged in with the JWT',
        `✓ account: Acme Inc. (37439510) at http://127.0.0.1:${port}`,
        '✓ user: Alex Smith, extension 101, administrator',
        '✓ app permissions: ReadAccounts, EditExtensions (token scope: EditAccounts EditExtensions ReadAccounts)',
        '✓ new call handling: available (the v2 comm-handling API ringform uses for users)',
        '✓ rate limits: left in the current window: Auth 4/5 per 1 s, Light 49/50 per 1 s, Medium 39/40 per 1 s',
        'All 7 checks passed.',
        '',
      ].join('\n'),
    );
    expect(calls(t.emu).every((c) => c.startsWith('GET '))).toBe(true);
    expectNoSecrets(run, t.env);
  });

  it('a token without EditExtensions fails the permissions check and says what to do', async () => {
    const run = await doctorWith({ credentials: { scope: 'ReadAccounts' } });
    expect(run.code).toBe(1);
    const line = linesOf(run)['app permissions'];
    expect(line).toBe(
      "✗ app permissions: the app lacks EditExtensions (token scope: ReadAccounts); plan and export work without it, apply does not. Fix: add EditExtensions to the app's permissions in the RingCentral Developer Console, then run ringform logout so that the next login gets them",
    );
    expect(linesOf(run).account).toMatch(/^✓ /);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 failed, 6 passed.');
  });

  it('a token without ReadAccounts cannot read the account, and says so', async () => {
    const run = await doctorWith({ credentials: { scope: 'EditExtensions' } });
    expect(run.code).toBe(1);
    expect(linesOf(run).account).toContain('CMN-401');
    expect(linesOf(run).account).toContain('Fix: the app needs the ReadAccounts permission');
    expect(linesOf(run)['app permissions']).toContain('the app lacks ReadAccounts');
  });

  it('a user not on new call handling, and one who is not an administrator', async () => {
    const legacy = await doctorWith({ extensions: [{ extensionNumber: '101', newCallHandling: false }] });
    expect(legacy.code).toBe(1);
    expect(linesOf(legacy)['new call handling']).toMatch(
      /^✗ new call handling: the authorized user is not on RingCentral's new call handling\. Fix: /,
    );
    const plain = await doctorWith({ credentials: { owner: '102' }, extensions: [{ extensionNumber: '102', admin: false }] });
    expect(linesOf(plain).user).toMatch(/^✗ user: Kim Lee, extension 102, not an administrator\. Fix: /);
  });

  it('a spent rate-limit group fails the budget check', async () => {
    const run = await doctorWith({ rateLimits: { light: 1 } });
    expect(run.code).toBe(1);
    expect(linesOf(run)['rate limits']).toMatch(
      /^✗ rate limits: no requests left in the Light group \(.*Light 0\/1 per 1 s.*\)\. Fix: wait/,
    );
  });

  it('missing settings and rejected credentials: the first failure named, the rest not checked', async () => {
    const missing = await runCli(['doctor'], { ...t.env, RINGCENTRAL_JWT: '' });
    expect(missing.code).toBe(1);
    expect(missing.stdout.split('\n')[0]).toBe(
      '✗ settings: missing RingCentral connection settings: set RINGCENTRAL_JWT (or RC_JWT). Fix: set them in the environment (CI secrets), then run ringform doctor again',
    );
    expect(linesOf(missing).login).toBe('- login: not checked (fix the settings first)');
    expect(missing.stdout.trim().split('\n').at(-1)).toBe('1 failed, 6 not checked, 0 passed.');
    const rejected = await runCli(['doctor'], { ...t.env, RINGCENTRAL_JWT: 'not-the-jwt' });
    expect(rejected.code).toBe(1);
    expect(linesOf(rejected).login).toMatch(
      /^✗ login: RingCentral rejected the credentials: .*\. Fix: check that the client id and secret/,
    );
    expect(rejected.stdout + rejected.stderr).not.toContain('not-the-jwt');
    expect(linesOf(rejected).account).toBe('- account: not checked (fix the login first)');
    // Checks that never ran are not failures (issue 18 item 11: it said "6 of 7 checks failed").
    expect(rejected.stdout.trim().split('\n').at(-1)).toBe('1 failed, 5 not checked, 1 passed.');
  });
});
