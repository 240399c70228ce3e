import type { ManifestDocument } from '../../core/document.js';
import type { ApiClient } from '../../live/api-client.js';
import { readAccount } from '../../live/read-account.js';
import { readIvrMenuList } from '../../live/read-ivr.js';
import { readExtensions, readStandardGreetings } from '../../live/read-live.js';
import { readOwners } from '../../live/read-owners.js';
import { Resolver, usesNamedPreset } from '../../resolve/resolver.js';
import { ownerReads } from './owner-reads.js';
import { ownerKey, type PlanInputs } from './plan-inputs.js';
import { plannedOwners } from './planned-owners.js';

export interface ReadOptions {
  /** Extension numbers (or ids) to plan (`--only`); other owners are not read. */
  only?: string[];
  onProgress?: (done: number, total: number, label: string) => void;
}

/**
 * The read step of a plan (GET only): the account, its extensions, the greetings dictionary
 * when a document names a preset, the live state of every owner the documents manage, and the
 * account's IVR menus when documents manage menus (those no document names are reported). The
 * owners read are the ones the planning function will plan: both ask `plannedOwners`.
 */
export async function readPlanInputs(client: ApiClient, documents: ManifestDocument[], opts: ReadOptions = {}): Promise<PlanInputs> {
  // Reads that do not depend on one another go together (each group is paced on its own): the
  // account (Light) beside the extension list and dictionary (Medium); the menu list beside the
  // owners' reads.
  const [account, extensions, greetings] = await Promise.all([
    readAccount(client, client.server),
    readExtensions(client),
    documents.some((d) => usesNamedPreset(d.data)) ? readStandardGreetings(client) : undefined,
  ]);
  const { owners } = plannedOwners(documents, new Resolver(extensions, greetings), account.name, opts.only);
  // Unmanaged menus are reported only when the whole repository is planned (not with --only).
  const listsMenus = !opts.only?.length && documents.some((d) => d.data.kind === 'IvrMenu');
  const [read, ivrMenus] = await Promise.all([
    readOwners(
      client,
      owners.map((o) => ({ ...o.owner, ...ownerReads[o.owner.type](o.doc) })),
      (done, total, o) => opts.onProgress?.(done, total, `read ${o.type} ${o.extensionNumber}`),
    ),
    listsMenus ? readIvrMenuList(client) : undefined,
  ]);
  const snapshots = Object.fromEntries(owners.map((o, i) => [ownerKey(o.owner), read[i]]));
  return { account, extensions, ...(greetings && { greetings }), snapshots, ...(ivrMenus && { ivrMenus }) };
}

/** What the planning function may ask for once it has compiled: read it, still before any write. */
export async function readMissing(client: ApiClient, inputs: PlanInputs, needs: 'greetings'): Promise<PlanInputs> {
  switch (needs) {
    case 'greetings':
      return { ...inputs, greetings: await readStandardGreetings(client) };
  }
}
