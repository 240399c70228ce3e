import type { ManifestDocument } from '../../core/document.js';
import { formatProblem, hasErrors, sortProblems, UserError } from '../../core/problem.js';
import type { RoutingTestDocument } from '../../core/routing-test.js';
import { loadManifests } from '../../load/load-manifests.js';
import { validateDocuments } from '../../validate/validate-documents.js';
import type { CliIO } from '../io.js';

/**
 * Loads manifests and RoutingTest documents from the same paths and validates each with its own
 * checks (`validateDocuments` splits RoutingTest documents off and checks them with their own schema). Any error stops the command with every problem
 * reported; warnings are printed and do not.
 */
export async function loadRoutingDocuments(
  paths: string[],
  io: CliIO,
): Promise<{ manifests: ManifestDocument[]; tests: RoutingTestDocument[] }> {
  const loaded = await loadManifests(paths.length ? paths : ['.'], io.cwd);
  const validated = validateDocuments(loaded.documents);
  const tests = validated.routingTests;
  const problems = sortProblems([...loaded.problems, ...validated.problems]);
  if (hasErrors(problems)) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    throw new UserError(`${errors} problem${errors === 1 ? '' : 's'} in the manifests and routing tests.`, problems);
  }
  for (const w of problems) io.stderr(formatProblem(w) + '\n');
  return { manifests: validated.documents, tests };
}
