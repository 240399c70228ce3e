import type { ManifestDocument } from '../../core/document.js';
import type { RoutingTestDocument } from '../../core/routing-test.js';
import { hasErrors, sortProblems, type Problem } from '../../core/problem.js';
import { loadManifests } from '../../load/load-manifests.js';
import { validateDocuments } from '../../validate/validate-documents.js';
import type { ProblemFormat } from '../../render/render-problems.js';
import type { CliIO } from '../io.js';
import { failWithProblems, printWarnings } from './report-problems.js';

/**
 * Loads and validates manifests and routing tests; any error stops the command before a single
 * API call, with every problem reported at once. Warnings are printed and do not stop it.
 */
export async function loadValidDocuments(
  paths: string[],
  io: CliIO,
  format: ProblemFormat = 'text',
  /** False when the command's own output carries the warnings (a plan lists them): printed once, not twice. */
  print = true,
): Promise<{ documents: ManifestDocument[]; routingTests: RoutingTestDocument[]; warnings: Problem[] }> {
  const loaded = await loadManifests(paths.length ? paths : ['.'], io.cwd);
  const validated = validateDocuments(loaded.documents);
  const problems = sortProblems([...loaded.problems, ...validated.problems]);
  if (hasErrors(problems)) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    failWithProblems(
      io,
      problems,
      format,
      `${errors} problem${errors === 1 ? '' : 's'} in the manifests; nothing was sent to RingCentral.`,
    );
  }
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (print) printWarnings(io, warnings, format);
  return { documents: validated.documents, routingTests: validated.routingTests, warnings };
}
