import { readFileSync } from 'node:fs';
import { UserError } from '../core/problem.js';
import { DEFAULT_APP_SCOPE } from './app-permission.js';
import { DEMO_SEED } from './demo-seed.js';
import { EXTENSION_STATUSES, EXTENSION_TYPES } from './extension-types.js';
import { isObject } from './json-value.js';
import type { EmulatorSeed, ResolvedSeed, SeedExtension, SeedUserGenerator } from './seed-types.js';

/**
 * Seed (object or JSON file path) → a complete seed. File seeds extend the demo account unless
 * they say `"base": "empty"`; `generateUsers` appends users for large accounts.
 */
export function loadSeed(input?: EmulatorSeed | string): ResolvedSeed {
  const seed = typeof input === 'string' ? readSeedFile(input) : (input ?? DEMO_SEED);
  checkSeedShape(seed);
  const base = seed.base === 'empty' ? undefined : loadSeed(DEMO_SEED);
  const merged = merge(base, seed);
  if (seed.generateUsers) merged.extensions.push(...generateUsers(seed.generateUsers, merged));
  checkExtensions(merged);
  return merged;
}

function readSeedFile(path: string): EmulatorSeed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read seed file ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as EmulatorSeed;
  } catch (e) {
    throw new UserError(`seed file ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

function checkSeedShape(seed: EmulatorSeed): void {
  if (!isObject(seed as unknown)) throw new UserError('a seed must be a JSON object');
  if (seed.base !== undefined && seed.base !== 'demo' && seed.base !== 'empty') throw new UserError('seed: base must be "demo" or "empty"');
  if (seed.extensions !== undefined && !Array.isArray(seed.extensions)) throw new UserError('seed: extensions must be an array');
  if (seed.customGreetings !== undefined && !Array.isArray(seed.customGreetings))
    throw new UserError('seed: customGreetings must be an array');
  if (seed.ivrPrompts !== undefined && !Array.isArray(seed.ivrPrompts)) throw new UserError('seed: ivrPrompts must be an array');
  if (seed.credentials?.scope !== undefined && typeof seed.credentials.scope !== 'string')
    throw new UserError('seed: credentials.scope must be a string of space-separated app permissions');
  if (seed.base === 'empty' && !seed.account?.id) throw new UserError('seed: account.id is required when base is "empty"');
}

function merge(base: ResolvedSeed | undefined, seed: EmulatorSeed): ResolvedSeed {
  const extensions = (base?.extensions ?? []).map((e) => ({ ...e }));
  for (const ext of seed.extensions ?? []) {
    const same = extensions.findIndex((e) => e.id === ext.id || e.extensionNumber === ext.extensionNumber);
    if (same >= 0) extensions[same] = { ...extensions[same], ...ext };
    else extensions.push({ ...ext } as SeedExtension);
  }
  const demo = DEMO_SEED.credentials!;
  return {
    account: {
      id: seed.account?.id ?? base?.account.id ?? '',
      mainNumber: seed.account?.mainNumber ?? base?.account.mainNumber ?? '+16505550100',
      name: seed.account?.name ?? base?.account.name ?? 'Emulated Account',
      timezone: seed.account?.timezone ?? base?.account.timezone ?? 'America/Los_Angeles',
    },
    credentials: {
      clientId: seed.credentials?.clientId ?? base?.credentials.clientId ?? demo.clientId!,
      clientSecret: seed.credentials?.clientSecret ?? base?.credentials.clientSecret ?? demo.clientSecret!,
      jwt: seed.credentials?.jwt ?? base?.credentials.jwt ?? demo.jwt!,
      owner: seed.credentials?.owner ?? base?.credentials.owner ?? firstUser(extensions),
      scope: seed.credentials?.scope ?? base?.credentials.scope ?? DEFAULT_APP_SCOPE,
    },
    extensions,
    customGreetings: [...(base?.customGreetings ?? []), ...(seed.customGreetings ?? [])],
    company: seed.company ?? base?.company ?? {},
    phoneNumbers: [...(base?.phoneNumbers ?? []), ...(seed.phoneNumbers ?? [])],
    ivrPrompts: [...(base?.ivrPrompts ?? []), ...(seed.ivrPrompts ?? [])],
    rateLimits: { ...base?.rateLimits, ...seed.rateLimits },
  };
}

function firstUser(extensions: SeedExtension[]): string {
  const admin = extensions.find((e) => e.type === 'User' && e.admin) ?? extensions.find((e) => e.type === 'User');
  return admin?.extensionNumber ?? '';
}

function generateUsers(gen: SeedUserGenerator, seed: ResolvedSeed): SeedExtension[] {
  if (!Number.isInteger(gen.count) || gen.count < 0 || gen.count > 100_000) {
    throw new UserError('seed: generateUsers.count must be an integer from 0 to 100000');
  }
  const startNumber = gen.startNumber ?? 10001;
  const startId = gen.startId ?? 70_000_001_004;
  const domain = gen.emailDomain ?? 'example.com';
  const users: SeedExtension[] = [];
  for (let i = 0; i < gen.count; i++) {
    const n = startNumber + i;
    users.push({
      id: String(startId + i * 1000),
      extensionNumber: String(n),
      name: `User ${n}`,
      type: 'User',
      email: `user${n}@${domain}`,
      timezone: gen.timezone ?? seed.account.timezone,
    });
  }
  if (gen.queue) {
    const queue = seed.extensions.find((e) => e.id === gen.queue || e.extensionNumber === gen.queue);
    if (!queue || queue.type !== 'Department') throw new UserError(`seed: generateUsers.queue ${gen.queue} is not a call queue`);
    queue.members = [...(queue.members ?? []), ...users.map((u) => u.id)];
  }
  return users;
}

function checkExtensions(seed: ResolvedSeed): void {
  seed.extensions.forEach((e, i) => {
    const where = `seed: extensions[${i}]`;
    if (!isObject(e)) throw new UserError(`${where} must be an object`);
    if (typeof e.id !== 'string' || !/^\d+$/.test(e.id)) throw new UserError(`${where}.id must be a string of digits`);
    if (typeof e.extensionNumber !== 'string' || e.extensionNumber === '') throw new UserError(`${where}.extensionNumber is required`);
    if (typeof e.name !== 'string') throw new UserError(`${where}.name is required`);
    if (!EXTENSION_TYPES.includes(e.type)) throw new UserError(`${where}.type must be one of ${EXTENSION_TYPES.join(', ')}`);
    if (e.status !== undefined && !EXTENSION_STATUSES.includes(e.status))
      throw new UserError(`${where}.status must be one of ${EXTENSION_STATUSES.join(', ')}`);
    if (e.timezone !== undefined && !isTimeZone(e.timezone))
      throw new UserError(`${where}.timezone ${e.timezone} is not an IANA time zone`);
  });
  if (!isTimeZone(seed.account.timezone)) throw new UserError(`seed: account.timezone ${seed.account.timezone} is not an IANA time zone`);
  if (!seed.credentials.owner) throw new UserError('seed: credentials.owner (a user extension) is required');
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
