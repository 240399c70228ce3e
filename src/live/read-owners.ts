import type { OwnerType } from '../core/plan.js';
import type { Snapshot, SnapshotOf } from '../kinds/context.js';
import type { ApiClient } from './api-client.js';
import { readCompany, readSite, readUser } from './read-live.js';
import { readIvr } from './read-ivr.js';
import { ALL_QUEUE_PARTS, readQueue, type QueueParts } from './read-queue.js';

/** A user or site to read: its id, and its number for messages. */
export interface OwnerRef {
  type: OwnerType;
  extensionId: string;
  extensionNumber?: string;
  /** Company only: also read the account's phone numbers (a calledNumbers condition needs them). */
  phoneNumbers?: boolean;
  /** Users only: also read the user's devices (its documents name a device by name; export). */
  devices?: boolean;
  /** IVR menus only: also read the account's IVR prompts (an audio prompt is named; export). */
  prompts?: boolean;
  /** IVR menus only: also read the language dictionary (a prompt language is named). */
  languages?: boolean;
  /** Call queues only: which of its details, members and overflow to read (default: all, as export does). */
  queueParts?: QueueParts;
}

/**
 * Owners set up per turn of the event loop: setting up a read costs a little CPU, and the first
 * owners' requests should leave while later ones are still being set up.
 */
const START_BATCH = 20;

/**
 * The live snapshots of many users and sites, in the given order. `onRead` reports progress;
 * `read` wraps each read (to turn one owner's failure into a value, say).
 *
 * Every owner's reads are started without waiting for one another: the client's scheduler
 * queues them per rate-limit group and sends each the moment its group's window allows. A pool
 * of owners would be a cap of its own: owners waiting for Heavy's 10 a minute (queue overflow
 * settings) would hold their places while Medium's budget went unused, and the next owner's
 * reads would start only when one ends. Once a read fails, no further owner is started.
 */
export async function readOwners<T = Snapshot>(
  client: ApiClient,
  owners: OwnerRef[],
  onRead?: (done: number, total: number, owner: OwnerRef) => void,
  read: (o: OwnerRef) => Promise<T> = (o) => readOwner(client, o) as Promise<T>,
): Promise<T[]> {
  let done = 0;
  let failed = false;
  const reads: Promise<T>[] = [];
  for (const [i, owner] of owners.entries()) {
    if (i > 0 && i % START_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    if (failed) break;
    const snapshot = read(owner).then((s) => {
      onRead?.(++done, owners.length, owner);
      return s;
    });
    // Handled at once (Promise.all below sees it too): a failure while later owners are being
    // started must not surface as an unhandled rejection.
    snapshot.catch(() => void (failed = true));
    reads.push(snapshot);
  }
  return Promise.all(reads);
}

/** How one owner type is read: one entry per owner type (a new type without one does not compile). */
type OwnerReader<T extends OwnerType> = (client: ApiClient, o: OwnerRef) => Promise<SnapshotOf<T>>;

export const readers: { readonly [T in OwnerType]: OwnerReader<T> } = {
  user: (client, o) => readUser(client, o.extensionId, o.extensionNumber, o.devices),
  site: (client, o) => readSite(client, o.extensionId),
  company: (client, o) => readCompany(client, o.phoneNumbers),
  // A menu that does not exist yet (no id) reads only the prompts and languages its document names.
  ivr: (client, o) => readIvr(client, o.extensionId, { prompts: o.prompts, languages: o.languages }),
  queue: (client, o) => readQueue(client, o.extensionId, o.queueParts ?? ALL_QUEUE_PARTS),
};

export function readOwner(client: ApiClient, o: OwnerRef): Promise<Snapshot> {
  return readers[o.type](client, o);
}
