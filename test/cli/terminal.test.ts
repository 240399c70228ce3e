import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useColour } from '../../src/cli/io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tty = (env: Record<string, string>) => useColour({ env, stdoutIsTTY: true });
const pipe = (env: Record<string, string>) => useColour({ env, stdoutIsTTY: false });

describe('colour (cli.md "Plan output")', () => {
  it('is on for a terminal and off for a pipe by default', () => {
    expect(tty({})).toBe(true);
    expect(pipe({})).toBe(false);
    expect(tty({ TERM: 'dumb' })).toBe(false);
  });

  it('NO_COLOR turns it off only when non-empty, even against FORCE_COLOR', () => {
    expect(tty({ NO_COLOR: '1' })).toBe(false);
    expect(tty({ NO_COLOR: '' })).toBe(true);
    expect(tty({ NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });

  it('FORCE_COLOR forces it into a pipe; 0 or false turns it off', () => {
    expect(pipe({ FORCE_COLOR: '1' })).toBe(true);
    expect(pipe({ FORCE_COLOR: '' })).toBe(true);
    expect(pipe({ FORCE_COLOR: '3', NO_COLOR: '' })).toBe(true);
    expect(tty({ FORCE_COLOR: '0' })).toBe(false);
    expect(tty({ FORCE_COLOR: 'false' })).toBe(false);
  });
});

describe('npm run demo into a pipe', () => {
  it('writes no escape codes and ends with an empty second plan', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DEMO_WINDOW_MS: '1000' };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/run-ts.js', 'scripts/demo.ts'], { cwd: ROOT, env });
    expect(stdout + stderr).not.toMatch(/\x1b/);
    expect(stdout).toContain('$ ringform plan --detailed-exitcode examples');
    expect(stdout).toContain('the second plan is empty');
    // issue 18 finding 7: quiet — the plan once, one line of routing impact per user or site,
    // the apply's results without the plan again, no rate-limit notice and no 429.
    expect(stdout.match(/^~ update {2}user-state {2}user 101 \(Alex Smith\) · state work-hours/gm)).toHaveLength(1);
    expect(stdout).toMatch(/^Who rings when: 101 \(Alex Smith\): \d+ of \d+ representative calls change$/m);
    expect(stdout).not.toMatch(/^ {4}before: /m);
    expect(stdout).toMatch(/^Apply: \d+ applied, 0 failed, 0 skipped\.$/m);
    // The examples now hold a call queue too (its changes add about thirty lines).
    expect(stdout.split('\n').length).toBeLessThan(500);
    expect(stderr).not.toContain('waiting');
    expect(stdout).toContain(' 0 rate-limited)');
  });
});
