import type { Change, DuplicateSweep } from '../core/plan.js';
import { KINDS } from '../kinds/index.js';
import { liveWithName } from '../kinds/resource-kind.js';
import type { Owner } from '../kinds/context.js';
import { ApiError, type ApiClient } from '../live/api-client.js';
import { readOwner } from '../live/read-owners.js';

const ownerOf = (c: Change): Owner => ({
  type: c.target.owner,
  extensionId: c.target.extensionId ?? '~',
  extensionNumber: c.target.extension ?? '',
  name: c.target.ownerName,
});

/**
 * RingCentral does not keep rule names unique, so two applies at once (or a create the server
 * finished after we gave up on it) can leave a name held twice. After apply, the owners this run
 * created rules for are read back; where a created name is held more than once, the oldest copy
 * (lowest id, so concurrent runs agree on which one stays) is kept and the copies this run
 * created (it knows their ids) are deleted. Copies made by someone else are never touched.
 */
export async function sweepDuplicates(client: ApiClient, changes: Change[], created: Map<string, string>): Promise<DuplicateSweep[]> {
  const creates = changes.filter((c) => c.action === 'create' && created.has(c.id));
  const ours = new Set(created.values());
  const out: DuplicateSweep[] = [];
  const byOwner = new Map<string, Change[]>();
  for (const c of creates)
    byOwner.set(`${c.target.owner}:${c.target.extensionId}`, [...(byOwner.get(`${c.target.owner}:${c.target.extensionId}`) ?? []), c]);
  for (const group of byOwner.values()) {
    const first = group[0];
    const snapshot = await readOwner(client, {
      type: first.target.owner,
      extensionId: first.target.extensionId ?? '~',
      extensionNumber: first.target.extension,
    });
    for (const change of group) {
      const kind = KINDS.find((k) => k.kind === change.kind)!;
      const holders = liveWithName(kind.live(snapshot), change.target.name);
      if (holders.length < 2) continue;
      const [kept, ...copies] = holders;
      const sweep: DuplicateSweep = { change: change.id, name: change.target.name, kept: kept.id!, deleted: [], left: [] };
      for (const copy of copies) {
        if (!ours.has(copy.id!)) {
          sweep.left.push(copy.id!);
          continue;
        }
        const request = kind.request('delete', ownerOf(change), change.target.name, undefined, copy);
        try {
          await client.send('DELETE', request.path);
          sweep.deleted.push(copy.id!);
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
          // Gone already (a concurrent run removed it): as good as deleted.
          (err.status === 404 ? sweep.deleted : sweep.left).push(copy.id!);
        }
      }
      out.push(sweep);
    }
  }
  return out;
}
