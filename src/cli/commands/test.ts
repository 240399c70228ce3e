import type { Command } from 'commander';
import { formatProblem, sortProblems } from '../../core/problem.js';
import { renderRoutingTestResults } from '../../render/routing-test-results-text.js';
import { runRoutingTests } from '../../simulate/run-routing-tests.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import { useColour, type CliIO } from '../io.js';
import { loadValidDocuments } from '../pipeline/load-valid-documents.js';
import type { SetExit } from './index.js';

/**
 * `ringform test [PATH...]`: routes every call of every `kind: RoutingTest` document through
 * the desired manifests (no network) and fails when any outcome differs from its expectation,
 * so routing intent is checked in CI like code.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('test')
    .description('check kind: RoutingTest documents against the manifests (no network)')
    .argument('[paths...]', 'manifest and routing test files or directories', [])
    .action(async (paths: string[]) => {
      const { documents: manifests, routingTests: tests } = await loadValidDocuments(paths, io);
      if (tests.length === 0) io.stderr('No kind: RoutingTest documents found.\n');
      const run = runRoutingTests(manifests, tests);
      for (const p of sortProblems(run.problems)) io.stderr(formatProblem(p) + '\n');
      io.stdout(renderRoutingTestResults(run.results, { colour: useColour(io) }));
      setExit(run.results.every((r) => r.passed) && run.problems.length === 0 ? EXIT_OK : EXIT_ERROR);
    });
}
