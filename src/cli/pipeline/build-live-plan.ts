import type { ManifestDocument } from '../../core/document.js';
import { formatPath, type PathSeg } from '../../core/path.js';
import type { LiveObjectRef } from '../../core/fingerprint.js';
import type { Plan, UnmanagedObject } from '../../core/plan.js';
import { UserError, type Problem } from '../../core/problem.js';
import type { DraftChange } from '../../core/draft-change.js';
import { diffOwner } from '../../diff/diff-owner.js';
import type { CompileContext, SiteSnapshot, UserSnapshot } from '../../kinds/context.js';
import { SITE_KINDS, USER_KINDS } from '../../kinds/index.js';
import type { ApiClient } from '../../live/api-client.js';
import { readExtensions, readStandardGreetings } from '../../live/read-live.js';
import { readOwners } from '../../live/read-owners.js';
import { readAccount } from '../../live/read-account.js';
import { buildPlan } from '../../plan/build-plan.js';
import { resolveOwners, type OwnerDocument } from '../../resolve/resolve-owners.js';
import { Resolver, usesNamedPreset } from '../../resolve/resolver.js';
import type { ExtensionInfo } from '../../core/references.js';

export interface LivePlan {
  plan: Plan;
  /** The live objects compared (hashed into fingerprints when the plan is saved). */
  liveObjects: LiveObjectRef[];
  owners: OwnerDocument[];
  /** The live state each owner's plan was computed from (same order as `owners`). */
  snapshots: (UserSnapshot | SiteSnapshot)[];
  extensions: ExtensionInfo[];
}

export interface PlanOptions {
  /** Extension numbers (or ids) to plan; others are not read. */
  only?: string[];
  onProgress?: (done: number, total: number, label: string) => void;
}

function selectOwners(owners: OwnerDocument[], only?: string[]): OwnerDocument[] {
  if (!only || only.length === 0) return owners;
  const wanted = new Set(only.map((s) => s.trim()));
  return owners.filter((o) => wanted.has(o.owner.extensionNumber) || wanted.has(o.owner.extensionId));
}

async function readSnapshots(client: ApiClient, owners: OwnerDocument[], opts: PlanOptions) {
  return readOwners(
    client,
    owners.map((o) => o.owner),
    (done, total, o) => opts.onProgress?.(done, total, `read ${o.type} ${o.extensionNumber}`),
  );
}

/**
 * Reads live state (GET only) for the owners the documents manage and computes the plan. All
 * reads happen before any comparison; compile, diff and ordering are pure.
 */
export async function buildLivePlan(client: ApiClient, documents: ManifestDocument[], opts: PlanOptions = {}): Promise<LivePlan> {
  const account = await readAccount(client, client.server);
  const extensions = await readExtensions(client);
  const greetings = documents.some((d) => usesNamedPreset(d.data)) ? await readStandardGreetings(client) : undefined;
  const resolver = new Resolver(extensions, greetings);
  const resolved = resolveOwners(documents, resolver);
  if (resolved.problems.length) throw new UserError('some manifests refer to extensions that cannot be used; nothing was changed.', resolved.problems);
  const owners = selectOwners(resolved.owners, opts.only);
  const snapshots = await readSnapshots(client, owners, opts);

  const problems: Problem[] = [];
  const drafts: DraftChange[] = [];
  const unmanaged: UnmanagedObject[] = [];
  const liveObjects: LiveObjectRef[] = [];
  owners.forEach((o, i) => {
    const ctx: CompileContext<any, UserSnapshot | SiteSnapshot> = {
      owner: o.owner,
      doc: o.doc,
      manifest: o.doc.data,
      live: snapshots[i],
      resolver,
      report: (path: readonly PathSeg[], message: string) =>
        problems.push({ pos: o.doc.locate(path), path: formatPath(path), message, severity: 'error' }),
    };
    const result = diffOwner(ctx, o.owner.type === 'user' ? USER_KINDS : SITE_KINDS, Boolean(o.doc.data.prune));
    drafts.push(...result.changes);
    unmanaged.push(...result.unmanaged);
    liveObjects.push(...result.liveObjects);
  });
  if (problems.length) throw new UserError('the plan cannot be made; nothing was changed.', dedupe(problems));
  return { plan: { account, ...buildPlan(drafts, unmanaged) }, liveObjects, owners, snapshots, extensions };
}

/** A document shared by several users reports the same reference problem once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.pos.file}:${p.pos.line}:${p.pos.col}|${p.path}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
