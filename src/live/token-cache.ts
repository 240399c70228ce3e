import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConnectionConfig } from './connection-config.js';

/**
 * The SDK's auth data (TokenInfo plus `expire_time`/`refresh_token_expire_time` in ms). Opaque
 * here: it goes back into `platform.auth().setData` as it came out.
 */
export type CachedAuth = Record<string, unknown> & { expire_time?: number; refresh_token_expire_time?: number };

/**
 * Where a valid access token waits for the next command (cli.md "Connection": one login, not one
 * per command). The file is encrypted (AES-256-GCM) with a key derived by scrypt from the client
 * secret and the JWT, which live only in the environment: without them the file is noise, and
 * its name (an HKDF of the same secrets, the server and the client id) reveals nothing either.
 * Written with mode 0600 in a 0700 directory, replaced atomically; never printed.
 */
export interface TokenCache {
  /** Where the cache lives (a directory), for messages. */
  readonly dir: string;
  /** The cached auth data, or undefined when there is none or it cannot be read with these credentials. */
  load(): Promise<CachedAuth | undefined>;
  save(auth: CachedAuth): Promise<void>;
  /** Removes the file; true when there was one. */
  remove(): Promise<boolean>;
}

const FORMAT = 'ringform-token-cache/1';
/** scrypt cost: about 30 ms, twice per command; the secrets are long, this only adds a floor. */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/**
 * The cache directory from the environment, or undefined when the token must not be cached:
 * `RINGFORM_TOKEN_CACHE=off`, or no `RINGFORM_CACHE_DIR`, `XDG_CACHE_HOME`, `HOME` (or
 * `LOCALAPPDATA`) to put it under. Read from the environment given, never from the process.
 * CI jobs share it too (doctor, plan and apply of one job log in once); the file is as useless
 * on a shared runner as anywhere without the secrets, and the session expires within the hour.
 */
export function tokenCacheDir(env: Record<string, string | undefined>): string | undefined {
  const setting = env.RINGFORM_TOKEN_CACHE?.trim().toLowerCase();
  if (setting === 'off' || setting === '0' || setting === 'false' || setting === 'no') return undefined;
  const nonBlank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const explicit = nonBlank(env.RINGFORM_CACHE_DIR);
  if (explicit) return explicit;
  const xdg = nonBlank(env.XDG_CACHE_HOME);
  if (xdg) return join(xdg, 'ringform');
  const home = nonBlank(env.HOME);
  if (home) return join(home, '.cache', 'ringform');
  const local = nonBlank(env.LOCALAPPDATA);
  return local ? join(local, 'ringform', 'cache') : undefined;
}

export function createTokenCache(dir: string, config: ConnectionConfig): TokenCache {
  const secret = Buffer.from(`${config.clientSecret}\0${config.jwt}`, 'utf8');
  const binding = `${FORMAT}\0${config.serverUrl}\0${config.clientId}`;
  const name = Buffer.from(hkdfSync('sha256', secret, 'ringform token cache name', binding, 16)).toString('hex');
  const file = join(dir, `session-${name}.json`);
  const keyFor = (salt: Buffer) =>
    new Promise<Buffer>((resolve, reject) => scrypt(secret, salt, 32, SCRYPT, (e, key) => (e ? reject(e) : resolve(key))));

  return {
    dir,
    async load() {
      try {
        const stat = await lstat(file);
        // Only a plain file of ours that nobody else may read is trusted.
        if (!stat.isFile() || (process.getuid && stat.uid !== process.getuid()) || (stat.mode & 0o077) !== 0) return undefined;
        const box = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
        if (box.format !== FORMAT) return undefined;
        const decipher = createDecipheriv('aes-256-gcm', await keyFor(Buffer.from(box.salt, 'base64')), Buffer.from(box.iv, 'base64'));
        decipher.setAAD(Buffer.from(binding));
        decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
        const plain = Buffer.concat([decipher.update(Buffer.from(box.data, 'base64')), decipher.final()]);
        const auth = JSON.parse(plain.toString('utf8')) as unknown;
        return typeof auth === 'object' && auth !== null && !Array.isArray(auth) ? (auth as CachedAuth) : undefined;
      } catch {
        // Missing, unreadable, or sealed with other credentials: as good as no cache.
        return undefined;
      }
    },
    async save(auth) {
      const salt = randomBytes(16);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', await keyFor(salt), iv);
      cipher.setAAD(Buffer.from(binding));
      const data = Buffer.concat([cipher.update(JSON.stringify(auth), 'utf8'), cipher.final()]);
      const box = {
        format: FORMAT,
        salt: salt.toString('base64'),
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      };
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(temp, JSON.stringify(box), { mode: 0o600, flag: 'wx' });
        await rename(temp, file);
      } finally {
        await rm(temp, { force: true });
      }
    },
    async remove() {
      try {
        await lstat(file);
      } catch {
        return false;
      }
      await rm(file, { force: true });
      return true;
    },
  };
}
