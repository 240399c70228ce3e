import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SDK } from '@ringcentral/sdk';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

/** `ringform emulator` as a process: banner on stdout, admin API, window option, clean stop on SIGTERM. */

const BIN = fileURLToPath(new URL('../../bin/ringform.js', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

function spawnEmulator(args: string[]): Promise<{ url: string; stdout: () => string; stderr: () => string }> {
  const proc = spawn(process.execPath, [BIN, 'emulator', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes('Stop with Ctrl+C')) resolve({ url: m[1], stdout: () => out, stderr: () => err });
    });
    proc.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${err}`)));
  });
}

function memoryIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    cwd: process.cwd(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
  };
}

describe('ringform emulator', () => {
  it('prints its URL and credentials, serves the API and the admin API, and stops on SIGTERM', async () => {
    const { url, stdout, stderr } = await spawnEmulator(['--port', '0', '--window-ms', '300']);
    // Lines a shell takes as they are (issue 18 item 8: they lacked `export`), and the window in use.
    expect(stdout()).toContain(`\n  export RINGCENTRAL_SERVER_URL=${url}\n`);
    expect(stdout()).toContain('\n  export RINGCENTRAL_CLIENT_ID=demo-client-id\n');
    expect(stdout()).toContain('\n  export RINGCENTRAL_JWT=demo-jwt\n');
    expect(stdout()).toContain("Rate-limit window: 0.3 s instead of RingCentral's 60 s (--window-ms).");
    const platform = new SDK({
      server: url,
      clientId: 'demo-client-id',
      clientSecret: 'demo-client-secret',
    }).platform();
    await platform.login({ jwt: 'demo-jwt' });
    const res = await platform.get('/restapi/v1.0/account/~/extension/~');
    expect(res.headers.get('x-rate-limit-window')).toBe('0.3');
    const log = (await (await fetch(`${url}/__emulator/log`)).json()) as { path: string }[];
    expect(log.map((e) => e.path)).toEqual(['/restapi/oauth/token', '/restapi/v1.0/account/~/extension/~']);
    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr()).toContain('RingCentral emulator stopped');
  });

  it('refuses bad options before starting', async () => {
    const io = memoryIO();
    expect(await main(['emulator', '--port', 'eighty'], io)).toBe(1);
    expect(io.err.join('')).toContain('--port must be an integer');
    const seed = memoryIO();
    expect(await main(['emulator', '--port', '0', '--seed', 'no-such-seed.json'], seed)).toBe(1);
    expect(seed.err.join('')).toContain('cannot read seed file');
  });
});
