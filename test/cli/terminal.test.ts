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
  });
});
