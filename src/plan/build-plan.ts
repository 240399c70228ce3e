import { affectedOwners } from '../core/affected-owners.js';
import { naturalCompare } from '../core/order.js';
import type { Change, Plan, PlanWarning, UnmanagedObject } from '../core/plan.js';
import type { DraftChange } from '../core/draft-change.js';
import { dependencies, orderChanges } from './order-changes.js';
import { creatingDraft, plannedReferences } from './planned-references.js';

/**
 * Orders the drafts, numbers them `c1…cN` in execution order and resolves dependencies to ids.
 * Pure and deterministic: the same drafts always give the same plan, byte for byte.
 */
export function buildPlan(drafts: DraftChange[], unmanaged: UnmanagedObject[], warnings: PlanWarning[] = []): Plan {
  const deps = dependencies(drafts);
  const ordered = orderChanges(drafts, deps);
  const ids = new Map(ordered.map((d, i) => [d.key, `c${i + 1}`]));
  const changes: Change[] = ordered.map((d) => {
    const change: Change = {
      id: ids.get(d.key)!,
      action: d.action,
      kind: d.kind,
      target: d.target,
      method: d.request.method,
      path: d.request.path,
      body: d.request.body,
      patch: d.patch,
      diff: d.diff,
      dependsOn: [...deps.get(d.key)!].map((k) => ids.get(k)!).sort(naturalCompare),
      origin: d.origin,
    };
    const fill = plannedReferences(d.request.body).map((r) => ({
      pointer: r.pointer,
      from: ids.get(creatingDraft(drafts, r.extensionNumber)?.key ?? '') ?? '',
    }));
    if (fill.length > 0) change.fill = fill;
    if (change.body === undefined) delete change.body;
    if (change.origin === undefined) delete change.origin;
    return change;
  });
  const summary = { create: 0, update: 0, delete: 0 };
  for (const c of changes) summary[c.action] += 1;
  const plan: Plan = {
    formatVersion: 1,
    changes,
    unmanaged: [...unmanaged].sort(
      (a, b) =>
        naturalCompare(a.target.extension ?? '', b.target.extension ?? '') ||
        a.kind.localeCompare(b.kind) ||
        a.target.name.localeCompare(b.target.name),
    ),
    summary,
    affected: affectedOwners(changes),
  };
  plan.warnings = sortWarnings(warnings);
  return plan;
}

/** By file, line and column: the order a reviewer reads the files in. */
export function sortWarnings(warnings: PlanWarning[]): PlanWarning[] {
  return [...warnings].sort(
    (a, b) => naturalCompare(a.file, b.file) || a.line - b.line || a.column - b.column || naturalCompare(a.message, b.message),
  );
}
