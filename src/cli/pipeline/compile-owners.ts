import type { DraftChange } from '../../core/draft-change.js';
import type { LiveObjectRef } from '../../core/fingerprint.js';
import type { ManifestOf } from '../../core/manifest.js';
import { formatPath, type PathSeg } from '../../core/path.js';
import type { OwnerType, PlanWarning, UnmanagedObject } from '../../core/plan.js';
import type { Problem } from '../../core/problem.js';
import { diffOwner } from '../../diff/diff-owner.js';
import type { CompileContext, Snapshot } from '../../kinds/context.js';
import { kindsOf } from '../../kinds/index.js';
import type { OwnerDocument } from '../../resolve/resolve-owners.js';
import type { Resolver } from '../../resolve/resolver.js';

/**
 * Compiles and diffs every owner against its snapshot (pure: no reads). `stop` ends it early,
 * checked after each owner: once planning knows it must read something and plan again, the
 * rest of this pass would be thrown away (and it is the CPU a plan spends after its reads).
 */
export function compileOwners(owners: OwnerDocument[], snapshots: Snapshot[], resolver: Resolver, stop: () => boolean = () => false) {
  const problems: Problem[] = [];
  const drafts: DraftChange[] = [];
  const unmanaged: UnmanagedObject[] = [];
  const warnings: PlanWarning[] = [];
  const liveObjects: LiveObjectRef[] = [];
  for (const [i, o] of owners.entries()) {
    if (stop()) break;
    const ctx: CompileContext<ManifestOf<OwnerType>, Snapshot> = {
      owner: o.owner,
      doc: o.doc,
      manifest: o.doc.data as ManifestOf<OwnerType>,
      live: snapshots[i],
      resolver,
      report: (path: readonly PathSeg[], message: string) =>
        problems.push({ pos: o.doc.locate(path), path: formatPath(path), message, severity: 'error' }),
    };
    const result = diffOwner(ctx, kindsOf(o.owner.type), 'prune' in o.doc.data && Boolean(o.doc.data.prune));
    drafts.push(...result.changes);
    unmanaged.push(...result.unmanaged);
    warnings.push(...result.warnings);
    liveObjects.push(...result.liveObjects);
  }
  return { problems, drafts, unmanaged, warnings, liveObjects };
}
