import type { Change } from '../core/plan.js';
import { KINDS } from '../kinds/index.js';
import { liveWithName } from '../kinds/resource-kind.js';
import type { ApiClient } from '../live/api-client.js';
import { readOwner } from '../live/read-owners.js';

/**
 * How long to keep looking for a rule after a create whose outcome is unknown (the response was
 * lost, the connection broke, the request timed out, a 5xx): a read right away, then after 1,
 * 2, 4, 8 and 15 s, about as long again as the 30 s request timeout, because a server can
 * finish a request after the client gave up on it. Only then is the create sent again.
 */
export const READ_BACK_WAITS_MS = [0, 1_000, 2_000, 4_000, 8_000, 15_000];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The ids of the live objects of this change's kind and owner that hold its name, lowest first. */
export async function liveIdsNamed(client: ApiClient, change: Change): Promise<string[]> {
  const kind = KINDS.find((k) => k.kind === change.kind);
  if (!kind) return [];
  const snapshot = await readOwner(client, {
    type: change.target.owner,
    extensionId: change.target.extensionId ?? '~',
    extensionNumber: change.target.extension,
  });
  return liveWithName(kind.live(snapshot), change.target.name).map((o) => o.id!);
}

/**
 * After a create whose response never arrived, looks for the object by name until the server
 * has had time to finish, so that a retry never creates a duplicate. Returns the id found
 * (the create was performed), or undefined.
 */
export async function findCreated(
  client: ApiClient,
  change: Change,
  waitsMs: readonly number[] = READ_BACK_WAITS_MS,
): Promise<string | undefined> {
  for (const wait of waitsMs) {
    if (wait > 0) await sleep(wait);
    const ids = await liveIdsNamed(client, change);
    if (ids.length) return ids[ids.length - 1];
  }
  return undefined;
}
