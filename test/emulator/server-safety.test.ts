import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { useEmulator } from '../helpers/e2e.js';

/**
 * issue 22, "the emulator as a server": it is a product feature, so it must be safe to run.
 * Each test is an attack that used to work: a dot-segment path reaching the admin API, a web
 * page arming a fault, a huge body, an emulator listening on every interface.
 */
const t = useEmulator({ windowMs: 1000 });

/** A raw HTTP request (fetch would resolve `%2e%2e` before sending). */
function raw(
  url: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('the emulator as a server', () => {
  it('refuses encoded or plain dot segments instead of answering the admin API', async () => {
    for (const path of ['/restapi/%2e%2e/__emulator/info', '/restapi/%2E%2E/__emulator/info', '/restapi/../__emulator/info']) {
      const res = await raw(t.emu.url, path);
      expect(res.status).toBe(400);
      expect(res.text).not.toContain(t.emu.credentials.clientSecret);
      expect(res.text).toContain('dot segments');
    }
  });

  it('does not let a web page arm a fault or reset the account (cross-origin text/plain POST)', async () => {
    const fault = JSON.stringify({ type: 'status', status: 503, count: -1 });
    const page = { origin: 'https://evil.example', 'content-type': 'text/plain;charset=UTF-8' };
    expect((await raw(t.emu.url, '/__emulator/faults', { method: 'POST', headers: page, body: fault })).status).toBe(403);
    expect((await raw(t.emu.url, '/__emulator/reset', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const plain = await raw(t.emu.url, '/__emulator/faults', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: fault });
    expect(plain.status).toBe(415);
    const faults = await raw(t.emu.url, '/__emulator/faults');
    expect(JSON.parse(faults.text)).toEqual([]);
    const json = { 'content-type': 'application/json' };
    expect((await raw(t.emu.url, '/__emulator/faults', { method: 'POST', headers: json, body: fault })).status).toBe(201);
  });

  it('answers a 20 MB body with a 413, without a stack trace or a dropped connection', async () => {
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      const big = Buffer.alloc(20 * 1024 * 1024, 0x20);
      const path = '/restapi/v2/accounts/~/extensions/~/comm-handling/voice/interaction-rules';
      const res = await raw(t.emu.url, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.text).errors[0].errorCode).toBe('CMN-413');
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).not.toContain('internal error');
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('listening beyond loopback', () => {
  let emu: RunningEmulator | undefined;
  let child: ChildProcess | undefined;
  afterEach(async () => {
    await emu?.stop();
    emu = undefined;
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  it('requires the admin token for every admin request', async () => {
    emu = await startEmulator({ port: 0, host: '0.0.0.0', windowMs: 1000 });
    expect(emu.adminToken).toMatch(/^[\w-]{20,}$/);
    const url = emu.url.replace('0.0.0.0', '127.0.0.1');
    const none = await raw(url, '/__emulator/info');
    expect(none.status).toBe(401);
    expect(none.text).not.toContain(emu.credentials.clientSecret);
    expect((await raw(url, '/__emulator/info', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await raw(url, '/__emulator/info', { headers: { authorization: `Bearer ${emu.adminToken}` } });
    expect(ok.status).toBe(200);
    // On loopback the admin API stays open, as the tests and scripts use it.
    expect((await raw(t.emu.url, '/__emulator/info')).status).toBe(200);
    expect(t.emu.adminToken).toBeUndefined();
  });

  it('`ringform emulator --host 0.0.0.0` warns on stderr and prints the admin token', async () => {
    const bin = fileURLToPath(new URL('../../bin/ringform.js', import.meta.url));
    const proc = spawn(process.execPath, [bin, 'emulator', '--port', '0', '--host', '0.0.0.0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let out = '';
    let err = '';
    proc.stderr!.on('data', (d) => (err += d));
    await new Promise<void>((resolve, reject) => {
      proc.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('Stop with Ctrl+C') && err.includes('warning')) resolve();
      });
      proc.stderr!.on('data', () => out.includes('Stop with Ctrl+C') && err.includes('warning') && resolve());
      proc.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${err}`)));
    });
    expect(err).toContain('warning: --host 0.0.0.0 makes the emulator reachable from other machines');
    const token = /Authorization: Bearer (\S+)"/.exec(out)?.[1];
    expect(token).toBeDefined();
    const port = /listening on http:\/\/[^:]+:(\d+)/.exec(out)![1];
    expect((await raw(`http://127.0.0.1:${port}`, '/__emulator/log')).status).toBe(401);
    expect((await raw(`http://127.0.0.1:${port}`, '/__emulator/log', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});
