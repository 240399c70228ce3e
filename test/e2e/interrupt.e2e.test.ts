import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';

/** Ctrl-C during apply: the change in flight finishes, the rest is reported as not attempted. */
const t = useEmulator({ windowMs: 1000 });

describe('apply interrupted with Ctrl-C', () => {
  it('stops cleanly, says what was not attempted, and a rerun finishes the job', async () => {
    t.emu.addFault({ type: 'delay', method: 'PATCH', delayMs: 300, count: -1 });
    const child = spawn(process.execPath, ['bin/ringform.js', 'apply', '--yes', 'examples'], {
      env: { ...process.env, ...t.env, CI: 'true', RINGFORM_TOKEN_CACHE: 'off' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    // Interrupt once the first write has arrived.
    while (writes(t.emu).length === 0) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(stderr).toContain('Stopping after the change in flight');
    expect(stdout).toMatch(/Apply: \d+ applied, 0 failed, 0 skipped, \d+ not attempted\./);
    expect(stdout).toContain('Run ringform plan again to see what is left');
    t.emu.clearFaults();
    expect((await runCli(['apply', '--yes', 'examples'], t.env)).code).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode', 'examples'], t.env)).code).toBe(0);
  });

  it('SIGTERM (a cancelled CI job) is handled like Ctrl-C: the report, exit 1, a rerun finishes', async () => {
    t.emu.addFault({ type: 'delay', method: 'PATCH', delayMs: 300, count: -1 });
    const child = spawn(process.execPath, ['bin/ringform.js', 'apply', '--yes', 'examples'], {
      env: { ...process.env, ...t.env, CI: 'true', RINGFORM_TOKEN_CACHE: 'off' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    while (writes(t.emu).length === 0) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(stderr).toContain('Stopping after the change in flight (SIGTERM)');
    expect(stdout).toMatch(/Apply: \d+ applied, 0 failed, 0 skipped, \d+ not attempted\./);
    t.emu.clearFaults();
    expect((await runCli(['apply', '--yes', 'examples'], t.env)).code).toBe(0);
  });
});
