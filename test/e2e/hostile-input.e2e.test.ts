import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emulatorEnv, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { rewritingProxy } from '../helpers/rewriting-proxy.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** issue 13 findings 4-8: hostile or unlucky input is contained, with a clear message each. */
const t = useEmulator({ windowMs: 1000 });
const user = (ext: string, extra = '') => `version: 1\nkind: User\nextension: ${ext}\nstates:\n  dnd: {enabled: false}\n${extra}`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

describe('--changed-since refs are refs, never options', () => {
  it('refuses --changed-since=--output=FILE and leaves FILE alone; resolves real refs first', async () => {
    const files = await tempManifests();
    await files.write('u.yaml', user('"101"'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: files.dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'base');
    const victim = join(files.dir, 'victim.txt');
    await writeFile(victim, 'keep me\n');
    const run = await runCli(['plan', `--changed-since=--output=${victim}`, '.'], t.env, files.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a git ref');
    expect(await readFile(victim, 'utf8')).toBe('keep me\n');
    const unknown = await runCli(['plan', '--changed-since', 'no-such-branch', '.'], t.env, files.dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('git knows no commit by that name');
    const head = await runCli(['plan', '--changed-since', 'HEAD', '.'], t.env, files.dir);
    expect(head.stderr).toContain('planning 1 changed document(s)');
    expect(head.code).toBe(0);
  });
});

describe('export writes only inside --out', () => {
  it('an extension number such as ../../x from the server does not become a path', async () => {
    const proxy = await rewritingProxy(t.emu.url, (m, path, body) => {
      if (m === 'GET' && path === '/restapi/v1.0/account/~/extension')
        for (const r of body.records ?? []) if (r.extensionNumber === '101') r.extensionNumber = '../../x';
      return body;
    });
    try {
      const out = join(await mkdtemp(join(tmpdir(), 'ringform-export-')), 'a', 'b');
      const run = await runCli(['export', '--all-users', '--out', out], { ...emulatorEnv(t.emu), RINGCENTRAL_SERVER_URL: proxy.url });
      expect(run.stderr).not.toContain('bug in ringform');
      expect(run.code).toBe(0);
      const written = filesUnder(out);
      expect(written).toContain(join('users', 'x-alex-smith.yaml'));
      expect(written.every((f) => !f.startsWith('..'))).toBe(true);
      expect(readdirSync(dirname(dirname(out))).sort()).toEqual(['a']);
      expect(existsSync(join(out, '..', '..', 'x-alex-smith.yaml'))).toBe(false);
    } finally {
      await proxy.stop();
    }
  });
});

describe('export never writes through a symlink inside --out (issue 22 item 18)', () => {
  it('refuses a linked folder and a linked file, and leaves their targets alone', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'ringform-outside-'));
    const victim = join(outside, 'victim.txt');
    await writeFile(victim, 'keep me\n');
    const folder = await mkdtemp(join(tmpdir(), 'ringform-export-'));
    await symlink(outside, join(folder, 'users'));
    const linkedDir = await runCli(['export', '--extension', '101', '--out', folder], t.env);
    expect(linkedDir.code).toBe(1);
    expect(linkedDir.stderr).toContain(`${join(folder, 'users')} is a symbolic link; export writes only real files inside --out`);
    expect(readdirSync(outside)).toEqual(['victim.txt']);

    const file = await mkdtemp(join(tmpdir(), 'ringform-export-'));
    const first = await runCli(['export', '--extension', '101', '--out', file], t.env);
    expect(first.code).toBe(0);
    const [written] = filesUnder(file);
    await rm(join(file, written));
    await symlink(victim, join(file, written));
    const linkedFile = await runCli(['export', '--extension', '101', '--out', file], t.env);
    expect(linkedFile.code).toBe(1);
    expect(linkedFile.stderr).toContain('is a symbolic link');
    expect(await readFile(victim, 'utf8')).toBe('keep me\n');
  });
});

describe('manifest input is read exactly or refused', () => {
  it('a Latin-1 file is an error with its location, not Caf\\uFFFD', async () => {
    const files = await tempManifests();
    const text = user('"101"', 'customRules:\n  - name: Café\n    when: {callers: ["+16501111111"]}\n    immediately: {voicemail: {}}\n');
    await writeFile(join(files.dir, 'latin1.yaml'), Buffer.from(text, 'latin1'));
    const run = await runCli(['validate', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/latin1\.yaml:7:14 .*not UTF-8 text \(byte 0xE9 here\)/);
  });

  it('extension numbers in hex, with a fraction or a leading zero are errors; %YAML 1.1 is refused', async () => {
    const files = await tempManifests();
    await files.write('hex.yaml', user('0x65'));
    await files.write('fraction.yaml', user('101.0'));
    await files.write('zero.yaml', user('0101'));
    await files.write('yaml11.yaml', `%YAML 1.1\n---\n${user('"101"')}`);
    await files.write('fine.yaml', user('102'));
    const run = await runCli(['validate', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/hex\.yaml:3:12 +extension +0x65 is not a number in plain decimal/);
    expect(run.stderr).toMatch(/fraction\.yaml:3:12 +extension +101\.0 is not a number in plain decimal/);
    expect(run.stderr).toMatch(/zero\.yaml:3:12 +extension +0101 is not a number in plain decimal/);
    expect(run.stderr).toMatch(/yaml11\.yaml:1:1 .*%YAML 1\.1: ringform reads YAML 1\.2 only/);
    expect(run.stderr).not.toContain('fine.yaml');
    expect(writes(t.emu)).toEqual([]);
  });

  it('a file over the size limit is refused with a clear message, not a V8 crash', async () => {
    const files = await tempManifests();
    await files.write('huge.yaml', user('"101"', `# ${'x'.repeat(9 * 1024 * 1024)}\n`));
    const run = await runCli(['validate', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/huge\.yaml:1:1 .*the file is 9\.0 MB, more than the 4\.0 MB a manifest may have/);
  });

  it('a dangling symlink among manifest paths is reported, not skipped', async () => {
    const files = await tempManifests();
    await files.write('a.yaml', user('"101"'));
    await symlink(join(files.dir, 'gone.yaml'), join(files.dir, 'b.yaml'));
    const run = await runCli(['validate', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('b.yaml:1:1');
    expect(run.stderr).toContain('a symbolic link to a file that does not exist');
  });
});

describe('rough edges', () => {
  it('emulator --host with an address not on this machine is a clear error, not a bug (nothing is sent anywhere)', async () => {
    // Binding fails locally with EADDRNOTAVAIL; no packet leaves the machine.
    const run = await runCli(['emulator', '--host', '8.8.8.8', '--port', '0'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot listen on --host 8.8.8.8: it is not an address of this machine');
    expect(run.stderr).not.toContain('bug in ringform');
  });

  it('simulate --at a local time the clocks skip on the spring-forward day gets a note', async () => {
    const args = ['simulate', '--live', '--extension', '101', '--from', '+16501111111'];
    const skipped = await runCli([...args, '--at', '2026-03-08T02:30'], t.env);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain('note: 2026-03-08T02:30 does not exist in America/Los_Angeles');
    const normal = await runCli([...args, '--at', '2026-03-08T03:30'], t.env);
    expect(normal.stderr).not.toContain('does not exist');
  });
});
