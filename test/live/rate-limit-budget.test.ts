import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBudgetStore, parseBudget } from '../../src/live/rate-limit-budget.js';

const config = { serverUrl: 'https://platform.example.com', clientId: 'app', clientSecret: 'CS-secret-4411', jwt: 'jwt-of-the-user-8812' };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ringform-budget-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the rate-limit budget left for the next command', () => {
  it('is read back by the same app and user, with its times moved on by the time since, and holds no secret', async () => {
    await createBudgetStore(dir, config).save([{ group: 'Medium', limit: 40, windowMs: 60_000, answeredAgoMs: [100, 2000] }]);
    const [loaded] = await createBudgetStore(dir, config).load();
    expect(loaded).toMatchObject({ group: 'Medium', limit: 40, windowMs: 60_000 });
    expect(loaded.answeredAgoMs[0]).toBeGreaterThanOrEqual(100);
    expect(loaded.answeredAgoMs[1]).toBeGreaterThanOrEqual(2000);
    const [file] = await readdir(dir);
    expect((await stat(join(dir, file))).mode & 0o777).toBe(0o600);
    const text = await readFile(join(dir, file), 'utf8');
    for (const secret of [config.clientSecret, config.jwt, config.clientId]) expect(text + file).not.toContain(secret);
  });

  it('is not read for other credentials (another user has windows of its own)', async () => {
    await createBudgetStore(dir, config).save([{ group: 'Medium', limit: 40, windowMs: 60_000, answeredAgoMs: [100] }]);
    expect(await createBudgetStore(dir, { ...config, jwt: 'jwt-of-another-user' }).load()).toEqual([]);
  });

  it('ignores files it cannot trust: other formats, old ones, a clock gone backwards, bad entries', () => {
    const now = 1_000_000;
    const file = (savedAt: number, groups: unknown[]) => ({ format: 'ringform-rate-limit-budget/1', savedAt, groups });
    const medium = { group: 'Medium', limit: 40, windowMs: 60_000, answeredAgoMs: [10] };
    expect(parseBudget(file(now - 500, [medium]), now)).toEqual([{ ...medium, answeredAgoMs: [510] }]);
    expect(parseBudget({ ...file(now, [medium]), format: 'other' }, now)).toEqual([]);
    expect(parseBudget(file(now - 11 * 60_000, [medium]), now)).toEqual([]);
    expect(parseBudget(file(now + 5000, [medium]), now)).toEqual([]);
    expect(
      parseBudget(
        file(now, [
          { ...medium, group: 'Huge' },
          { ...medium, limit: -1 },
          { ...medium, answeredAgoMs: ['x'] },
        ]),
        now,
      ),
    ).toEqual([]);
  });
});
