import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src/live/api-client.js';
import { readOwners, type OwnerRef } from '../../src/live/read-owners.js';

describe('readOwners', () => {
  it("starts every owner's reads at once: owners held back by one group never delay the others", async () => {
    // Ten call queues whose reads wait (say, for Heavy's 10 a minute), then a user.
    const owners: OwnerRef[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ type: 'queue' as const, extensionId: String(100 + i) })),
      { type: 'user', extensionId: '7' },
    ];
    const started: string[] = [];
    const read = (o: OwnerRef) => {
      started.push(o.extensionId);
      return o.type === 'queue' ? new Promise<string>(() => {}) : Promise.resolve(o.extensionId);
    };
    void readOwners({} as ApiClient, owners, undefined, read);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toContain('7');
  });

  it('returns the snapshots in the order of the owners and reports progress', async () => {
    const owners: OwnerRef[] = ['1', '2', '3'].map((id) => ({ type: 'user' as const, extensionId: id }));
    const progress: number[] = [];
    const delays: Record<string, number> = { '1': 20, '2': 0, '3': 10 };
    const out = await readOwners(
      {} as ApiClient,
      owners,
      (done) => progress.push(done),
      (o) => new Promise<string>((resolve) => setTimeout(() => resolve(o.extensionId), delays[o.extensionId])),
    );
    expect(out).toEqual(['1', '2', '3']);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('starts no further owner once a read failed (a failed plan does not go on reading)', async () => {
    const owners: OwnerRef[] = Array.from({ length: 100 }, (_, i) => ({ type: 'user' as const, extensionId: String(i) }));
    const started: string[] = [];
    const read = (o: OwnerRef) => {
      started.push(o.extensionId);
      return o.extensionId === '0' ? Promise.reject(new Error('403')) : new Promise<string>(() => {});
    };
    await expect(readOwners({} as ApiClient, owners, undefined, read)).rejects.toThrow('403');
    expect(started.length).toBeLessThan(100);
  });
});
