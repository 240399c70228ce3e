import type { ManifestDocument } from '../../core/document.js';
import type { PlanWarning } from '../../core/plan.js';
import type { Problem } from '../../core/problem.js';
import { lintRoutingDocuments } from '../../simulate/lint-routing-documents.js';

/**
 * The warnings of the documents themselves a plan carries: validation's, and rules that can never
 * match at `now` (worth a reviewer's eye; ranges and ties were already reported by validation).
 * With a selection (`--only`, `--changed-since`) only those of the planned documents: the
 * others were not planned.
 */
export function documentWarnings(
  opts: { documents: ManifestDocument[]; repository: ManifestDocument[]; planned: ManifestDocument[]; selected: boolean },
  validation: Problem[],
  now: Date,
): PlanWarning[] {
  const lint = lintRoutingDocuments(opts.documents, { now, ties: false, ranges: false });
  const keep = opts.selected ? inDocuments(opts.repository, opts.planned) : () => true;
  return [...validation, ...lint].filter(keep).map(planWarning);
}

/**
 * Whether a problem lies in one of the `planned` documents: the document of a file whose start
 * is the last one at or above the problem's line.
 */
function inDocuments(all: ManifestDocument[], planned: ManifestDocument[]): (p: Problem) => boolean {
  const starts = all.map((d) => ({ d, file: d.file, line: d.locate([]).line }));
  return (p) => {
    const here = starts.filter((s) => s.file === p.pos.file && s.line <= p.pos.line).sort((a, b) => b.line - a.line)[0];
    return here !== undefined && planned.includes(here.d);
  };
}

/** A validation or lint problem as the plan carries it: where, and what (with the manifest path). */
function planWarning(p: Problem): PlanWarning {
  return { file: p.pos.file, line: p.pos.line, column: p.pos.col, message: p.path ? `${p.path}: ${p.message}` : p.message };
}
