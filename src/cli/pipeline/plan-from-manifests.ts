import type { ManifestDocument } from '../../core/document.js';
import type { ApiClient } from '../../live/api-client.js';
import { UserError } from '../../core/problem.js';
import type { ProblemFormat } from '../../render/render-problems.js';
import { clock } from '../clock.js';
import type { CliIO } from '../io.js';
import { buildLivePlan } from './build-live-plan.js';
import type { LivePlan } from './live-plan.js';
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

/**
 * load → validate → (connect) → read live → plan: the chain shared by `plan` and `apply`. The
 * plan itself is `planFrom`'s, over what the read step gathered.
 */
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
      changedSince: opts.changedSince,
      repository: loaded.documents,
      validationWarnings: loaded.warnings,
      now: clock(io.env),
      onProgress: (done, total, label) => progress.update(done, total, label),
    });
    progress.done();
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
