import type { ManifestDocument } from '../../core/document.js';
import type { ApiClient } from '../../live/api-client.js';
import type { PlanWarning } from '../../core/plan.js';
import { UserError, type Problem } from '../../core/problem.js';
import type { ProblemFormat } from '../../render/render-problems.js';
import { sortWarnings } from '../../plan/build-plan.js';
import { lintRoutingDocuments } from '../../simulate/lint-routing-documents.js';
import { clock } from '../clock.js';
import type { CliIO } from '../io.js';
import { buildLivePlan, type LivePlan } from './build-live-plan.js';
import type { IvrMenuManifest } from '../../core/manifest.js';
import { changedFilesSince, isChanged } from './changed-files.js';
import { loadValidDocuments } from './load-valid-documents.js';
import { progressFor } from '../progress.js';
import { failWithProblems } from './report-problems.js';

export interface ManifestPlanOptions {
  paths: string[];
  only?: string[];
  changedSince?: string;
  /** How validation problems are printed, including those found while planning (references). */
  format?: ProblemFormat;
}

/** load → validate → (connect) → read live → plan: the chain shared by `plan` and `apply`. */
export async function planFromManifests(
  io: CliIO,
  opts: ManifestPlanOptions,
  open: () => Promise<ApiClient>,
): Promise<{ live: LivePlan; client: ApiClient }> {
  // A text plan lists the warnings itself (so does JSON, but stderr keeps them for the person
  // at the terminal); GitHub annotations put them on the pull request's lines.
  const loaded = await loadValidDocuments(opts.paths, io, opts.format, opts.format !== undefined && opts.format !== 'text');
  let { documents } = loaded;
  if (opts.changedSince) {
    const changed = await changedFilesSince(opts.changedSince, io.cwd);
    // A changed Schedule changes every document that uses it (manifest-v1.md "kind: Schedule").
    const throughSchedule = (d: ManifestDocument) =>
      (d.scheduleUses ?? []).some((u) => u.schedules.some((s) => isChanged(s.pos.file, io.cwd, changed)));
    const direct = documents.filter((d) => isChanged(d.file, io.cwd, changed));
    const viaSchedules = documents.filter((d) => !direct.includes(d) && throughSchedule(d));
    documents = documents.filter((d) => direct.includes(d) || viaSchedules.includes(d));
    const via = viaSchedules.length > 0 ? `, ${viaSchedules.length} of them through a changed Schedule` : '';
    io.stderr(`--changed-since ${opts.changedSince}: planning ${documents.length} changed document(s)${via}.\n`);
  }
  const client = await open();
  const progress = progressFor(io);
  try {
    const live = await buildLivePlan(client, documents, {
      only: opts.only,
      managedIvrMenus: loaded.documents
        .filter((d) => d.data.kind === 'IvrMenu')
        .map((d) => String((d.data as IvrMenuManifest).extension).trim()),
      onProgress: (done, total, label) => progress.update(done, total, label),
    });
    progress.done();
    // Rules that can never match are worth a reviewer's eye; ranges and ties were already
    // reported by validation.
    const lint = lintRoutingDocuments(documents, { now: clock(io.env), ties: false, ranges: false });
    // With a selection, only the planned documents' warnings: the others were not planned.
    const selected =
      opts.changedSince || opts.only?.length
        ? inDocuments(
            loaded.documents,
            live.owners.map((o) => o.doc),
          )
        : () => true;
    const validation = [...loaded.warnings, ...lint].filter(selected).map(planWarning);
    live.plan.warnings = sortWarnings([...(live.plan.warnings ?? []), ...validation]);
    if (opts.changedSince) live.plan.selection = { documents: documents.length, changedSince: opts.changedSince };
    return { live, client };
  } catch (err) {
    progress.done();
    await client.close();
    if (err instanceof UserError && err.problems.length && opts.format && opts.format !== 'text') {
      failWithProblems(io, err.problems, opts.format, err.message);
    }
    throw err;
  }
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
