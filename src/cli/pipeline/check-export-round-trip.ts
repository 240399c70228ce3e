import type { ManifestDocument } from '../../core/document.js';
import type { Manifest } from '../../core/manifest.js';
import { formatPath, type PathSeg } from '../../core/path.js';
import { diffOwner } from '../../diff/diff-owner.js';
import type { ExportFinding } from '../../export/export-findings.js';
import { ownerWords } from '../../core/owner-words.js';
import type { Owner, Snapshot } from '../../kinds/context.js';
import { kindNamed, kindsOf } from '../../kinds/index.js';
import type { ReferenceResolver } from '../../core/references.js';

const BUG = 'this is a ringform bug, please report it';

/**
 * Plans the exported manifest against the very snapshot it was made from, in memory (no
 * request). Export's contract is that this plan is empty; the converter is written to keep it,
 * and this check makes sure a case it did not foresee is reported instead of shipped silently.
 */
export function checkExportRoundTrip(owner: Owner, manifest: Manifest, snapshot: Snapshot, resolver: ReferenceResolver): ExportFinding[] {
  const findings: ExportFinding[] = [];
  const add = (where: string, message: string) =>
    findings.push({
      owner: owner.type,
      extension: ownerWords[owner.type].account ? '' : owner.extensionNumber || owner.extensionId,
      where,
      message,
    });
  const doc: ManifestDocument = { file: '(export)', index: 0, data: manifest, locate: () => ({ file: '(export)', line: 1, col: 1 }) };
  const ctx = {
    owner,
    doc,
    manifest,
    live: snapshot,
    resolver,
    report: (path: readonly PathSeg[], message: string) =>
      add(formatPath(path) || 'document', `plan would reject the exported file: ${message} (${BUG})`),
  };
  const result = diffOwner(ctx, kindsOf(owner.type), 'prune' in manifest && Boolean(manifest.prune));
  for (const change of result.changes) {
    const label = kindNamed(change.kind).label(change.name);
    const paths = [...new Set(change.patch.map((p) => p.path || '/'))];
    const fields = paths.length > 4 ? `${paths.slice(0, 4).join(', ')} and ${paths.length - 4} more` : paths.join(', ');
    add(label, `the exported file does not reproduce the live ${fields} (${BUG}); plan will show this change`);
  }
  return findings;
}
