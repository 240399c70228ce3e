import { createHash } from 'node:crypto';
import type { ChangeAction, ChangeKind, ChangeTarget, FieldChange, LiveFingerprint, PatchOp, UnmanagedObject } from '../core/plan.js';
import type { SourcePos } from '../core/problem.js';
import type { CompileContext, Owner } from '../kinds/context.js';
import type { HttpRequest, ResourceKind } from '../kinds/resource-kind.js';
import { fieldDiff, jsonPatch } from './field-diff.js';
import { reviewView } from './review-view.js';

/** A change before ordering: the planner gives it an id and resolves `after` into `dependsOn`. */
export interface DraftChange {
  /** `ownerKey|kind:name`, unique in a plan. */
  key: string;
  ownerKey: string;
  action: ChangeAction;
  kind: ChangeKind;
  name: string;
  target: ChangeTarget;
  request: HttpRequest;
  patch: PatchOp[];
  diff: FieldChange[];
  /** Keys (`kind:name`, same owner) of changes that must succeed first. */
  after: string[];
  origin?: SourcePos;
}

export interface OwnerDiff {
  changes: DraftChange[];
  unmanaged: UnmanagedObject[];
  fingerprints: LiveFingerprint[];
}

export const ownerKey = (owner: Owner) => `${owner.type}:${owner.extensionId}`;

export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value ?? null)).digest('hex');
}

function target(owner: Owner, name: string): ChangeTarget {
  return { extension: owner.extensionNumber, extensionId: owner.extensionId, name, owner: owner.type, ownerName: owner.name };
}

/**
 * Compares what one document wants with what is live, kind by kind, for one owner. Pure: the
 * live snapshot was read before, and nothing is written here.
 */
export function diffOwner(ctx: CompileContext<any, any>, kinds: ResourceKind[], prune: boolean): OwnerDiff {
  const out: OwnerDiff = { changes: [], unmanaged: [], fingerprints: [] };
  const key = ownerKey(ctx.owner);
  for (const kind of kinds) {
    const live = kind.live(ctx.live);
    const desired = kind.desired(ctx, live);
    for (const [name, want] of desired) {
      const have = live.get(name);
      out.fingerprints.push({ path: `${key}/${kind.kind}`, select: name, sha256: fingerprintOf(have?.comparable ?? 'absent') });
      const before = want.liveView ?? have?.comparable;
      const patch = jsonPatch(before, want.comparable);
      if (before !== undefined && patch.length === 0) continue;
      const action: ChangeAction = have || !kind.collection ? 'update' : 'create';
      out.changes.push({
        key: `${key}|${kind.kind}:${name}`,
        ownerKey: key,
        action,
        kind: kind.kind,
        name,
        target: target(ctx.owner, name),
        request: kind.request(action, ctx.owner, name, want.comparable, have),
        patch,
        diff: fieldDiff(reviewView(before), reviewView(want.comparable)),
        after: want.after ?? [],
        origin: ctx.doc.locate(want.origin),
      });
    }
    if (!kind.collection) continue;
    for (const [name, have] of live) {
      if (desired.has(name)) continue;
      out.fingerprints.push({ path: `${key}/${kind.kind}`, select: name, sha256: fingerprintOf(have.comparable) });
      if (!prune) {
        out.unmanaged.push({ kind: kind.kind, target: target(ctx.owner, name), id: have.id ?? name });
        continue;
      }
      out.changes.push({
        key: `${key}|${kind.kind}:${name}`,
        ownerKey: key,
        action: 'delete',
        kind: kind.kind,
        name,
        target: target(ctx.owner, name),
        request: kind.request('delete', ctx.owner, name, undefined, have),
        patch: jsonPatch(have.comparable, {}),
        diff: fieldDiff(reviewView(have.comparable), undefined),
        after: [],
      });
    }
  }
  return out;
}
