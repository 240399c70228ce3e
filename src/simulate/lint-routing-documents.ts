import type { ManifestDocument } from '../core/document.js';
import { localNow } from '../core/local-time.js';
import { formatPath } from '../core/path.js';
import type { Problem } from '../core/problem.js';
import { lintIvrLoops } from './lint-ivr-loops.js';
import { lintRouting, type RoutingFinding } from './lint-routing.js';
import { modelFromManifest } from './owner-routing.js';

export interface LintDocumentsOptions {
  /** The clock; ranges are compared with its local date-time in `timeZone` (UTC when absent). */
  now: Date;
  timeZone?: string;
  /** Report equal-priority ties (validation may already report them; default true). */
  ties?: boolean;
  /** Report overlapping or ended ranges (validation may already report them; default true). */
  ranges?: boolean;
}

/**
 * Routing lint of validated manifest documents as warnings located in their files, ready to
 * print beside a plan. A document shared by several users is linted once: its rules are the same.
 * IVR menus are also followed across documents: a menu that loops is a warning at its key.
 */
export function lintRoutingDocuments(documents: ManifestDocument[], opts: LintDocumentsOptions): Problem[] {
  const now = localNow(opts.now, opts.timeZone);
  const located = (doc: ManifestDocument, f: RoutingFinding): Problem => ({
    pos: doc.locate(f.path),
    path: formatPath(f.path),
    message: f.message,
    severity: 'warning',
  });
  const own = documents.flatMap((doc) =>
    lintRouting(modelFromManifest(doc.data, doc.file), { now, ties: opts.ties, ranges: opts.ranges }).map((f) => located(doc, f)),
  );
  // Paths across documents: an IVR menu that leads back to itself.
  return [...own, ...lintIvrLoops(documents).map((f) => located(f.doc, f))];
}
