import { Option, type Command } from 'commander';
import { PROBLEM_FORMATS, problemsJson, renderProblems, type ProblemFormat } from '../../render/render-problems.js';
import { renderRoutingTestResults } from '../../render/routing-test-results-text.js';
import { runRoutingTests } from '../../simulate/run-routing-tests.js';
import type { Problem } from '../../core/problem.js';
import type { RoutingTestResult } from '../../core/routing-test.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import { useColour, type CliIO } from '../io.js';
import { loadValidDocuments } from '../pipeline/load-valid-documents.js';
import type { SetExit } from './index.js';
import { pathsArgument } from '../paths-argument.js';

/**
 * `ringform test [PATH...]`: routes every call of every `kind: RoutingTest` document through
 * the desired manifests (no network) and fails when any outcome differs from its expectation,
 * so routing intent is checked in CI like code.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('test')
    .description('check kind: RoutingTest documents against the manifests (no network)')
    .addArgument(pathsArgument('manifest and routing test files or directories'))
    .addOption(new Option('--format <format>', 'output format (and how problems are printed)').choices(PROBLEM_FORMATS).default('text'))
    .action(async (paths: string[], opts: { format: ProblemFormat }) => {
      const { documents: manifests, routingTests: tests } = await loadValidDocuments(paths, io, opts.format);
      if (tests.length === 0) io.stderr('No kind: RoutingTest documents found.\n');
      const run = runRoutingTests(manifests, tests);
      if (opts.format === 'json') {
        io.stdout(JSON.stringify({ problems: problemsJson(run.problems), results: run.results }, null, 2) + '\n');
      } else {
        if (opts.format === 'github') io.stdout(renderProblems([...run.problems, ...failuresAsProblems(run.results)], 'github'));
        else io.stderr(renderProblems(run.problems, 'text'));
        io.stdout(renderRoutingTestResults(run.results, { colour: useColour(io) }));
      }
      setExit(run.results.every((r) => r.passed) && run.problems.length === 0 ? EXIT_OK : EXIT_ERROR);
    });
}

/** Failed calls as problems at the line that writes them, so GitHub shows them on the pull request. */
function failuresAsProblems(results: RoutingTestResult[]): Problem[] {
  return results.flatMap((r) => {
    const at = /^(.*):(\d+):(\d+)$/.exec(r.where);
    if (r.passed || !at) return [];
    const message = `routing test "${r.name}" fails: ${r.diffs.join('; ')}`;
    return [{ pos: { file: at[1], line: Number(at[2]), col: Number(at[3]) }, path: '', message, severity: 'error' as const }];
  });
}
