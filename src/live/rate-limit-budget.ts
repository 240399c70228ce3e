import { hkdfSync, randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ThrottlingGroup } from './api-client.js';
import type { ConnectionConfig } from './connection-config.js';
import type { GroupBudget } from './rate-limit-scheduler.js';

/**
 * The rate-limit windows one command leaves to the next, next to the token cache.
 *
 * RingCentral counts requests per app and user, not per process: a command that starts right
 * after another one starts in a window the other may have spent, and a new process knows
 * nothing of it. Its first request would then draw a 429 (and the penalty restarts with every
 * request during it). So each command writes down when its requests of the last window were
 * answered, and the next one starts from there: it waits for exactly the sends that still
 * count, instead of guessing or sleeping a whole window between commands.
 *
 * Only timings are stored, no secrets; the file name is derived from the credentials like the
 * token cache's, so it says nothing about them. Mode 0600, replaced atomically.
 */
export interface BudgetStore {
  /** The windows an earlier command left, with the times made relative to now; [] when none. */
  load(): Promise<GroupBudget[]>;
  save(budgets: GroupBudget[]): Promise<void>;
}

const FORMAT = 'ringform-rate-limit-budget/1';
const GROUPS: ThrottlingGroup[] = ['Light', 'Medium', 'Heavy', 'Auth'];
/** Longer than any window RingCentral uses: a file older than this holds nothing that counts. */
const MAX_AGE_MS = 10 * 60_000;

interface BudgetFile {
  format: string;
  /** Date.now() when written. */
  savedAt: number;
  groups: GroupBudget[];
}

export function createBudgetStore(dir: string, config: ConnectionConfig): BudgetStore {
  const secret = Buffer.from(`${config.clientSecret}\0${config.jwt}`, 'utf8');
  const binding = `${FORMAT}\0${config.serverUrl}\0${config.clientId}`;
  const name = Buffer.from(hkdfSync('sha256', secret, 'ringform rate-limit budget name', binding, 16)).toString('hex');
  const file = join(dir, `budget-${name}.json`);
  return {
    async load() {
      try {
        const stat = await lstat(file);
        if (!stat.isFile() || (process.getuid && stat.uid !== process.getuid())) return [];
        return parseBudget(JSON.parse(await readFile(file, 'utf8')) as unknown, Date.now());
      } catch {
        // Missing or unreadable: the first request of each group probes the window alone.
        return [];
      }
    },
    async save(budgets) {
      const body: BudgetFile = { format: FORMAT, savedAt: Date.now(), groups: budgets.filter((b) => b.answeredAgoMs.length > 0) };
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(temp, JSON.stringify(body), { mode: 0o600, flag: 'wx' });
        await rename(temp, file);
      } finally {
        await rm(temp, { force: true });
      }
    },
  };
}

/** The groups of a budget file, their answer times made relative to `now`; [] for anything unexpected. */
export function parseBudget(data: unknown, now: number): GroupBudget[] {
  if (!isRecord(data) || data.format !== FORMAT || typeof data.savedAt !== 'number' || !Array.isArray(data.groups)) return [];
  const elapsed = now - data.savedAt;
  // A clock that went backwards, or a file from long ago: nothing in it can be trusted to count.
  if (!(elapsed >= 0 && elapsed < MAX_AGE_MS)) return [];
  const out: GroupBudget[] = [];
  for (const g of data.groups) {
    if (!isRecord(g) || !GROUPS.includes(g.group as ThrottlingGroup)) continue;
    const { limit, windowMs, answeredAgoMs } = g;
    if (typeof limit !== 'number' || typeof windowMs !== 'number' || !Array.isArray(answeredAgoMs)) continue;
    if (!(limit > 0 && windowMs > 0 && windowMs <= MAX_AGE_MS)) continue;
    const ago = answeredAgoMs
      .filter((a): a is number => typeof a === 'number' && Number.isFinite(a) && a >= 0)
      .map((a) => a + elapsed)
      .filter((a) => a < windowMs * 2);
    if (ago.length > 0) out.push({ group: g.group as ThrottlingGroup, limit, windowMs, answeredAgoMs: ago });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
