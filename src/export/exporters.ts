import type { OwnerType } from '../core/plan.js';
import type { ManifestOf, SnapshotOf } from '../kinds/context.js';
import { exportCompany } from './export-company.js';
import { exportIvrMenu } from './export-ivr-menu.js';
import type { ExportFinding } from './export-findings.js';
import { exportQueue } from './export-queue.js';
import { exportSite } from './export-site.js';
import { exportUser } from './export-user.js';
import type { ExportExtension, ExtensionRefs } from './extension-refs.js';

/** One owner's live snapshot → the manifest plan finds equal to it, and what it could not write. */
export type OwnerExporter<T extends OwnerType> = (
  owner: ExportExtension,
  snapshot: SnapshotOf<T>,
  refs: ExtensionRefs,
) => { manifest: ManifestOf<T>; findings: ExportFinding[] };

/** How each owner type is exported: one entry per owner type (a new type without one does not compile). */
export const exporters: { readonly [T in OwnerType]: OwnerExporter<T> } = {
  user: exportUser,
  site: exportSite,
  // The company is the account itself: no extension names it.
  company: (_owner, snapshot, refs) => exportCompany(snapshot, refs),
  ivr: exportIvrMenu,
  queue: exportQueue,
};

export function exportOwner<T extends OwnerType>(
  type: T,
  owner: ExportExtension,
  snapshot: SnapshotOf<T>,
  refs: ExtensionRefs,
): { manifest: ManifestOf<T>; findings: ExportFinding[] } {
  return exporters[type](owner, snapshot, refs);
}
