import { Option, type Command } from 'commander';
import { lintRoutingDocuments } from '../../simulate/lint-routing-documents.js';
import { clock } from '../clock.js';
import { managedWords } from '../../core/affected-owners.js';
import type { LoadedDocument } from '../../core/document.js';
import { hasErrors, type Problem } from '../../core/problem.js';
import { loadManifests } from '../../load/load-manifests.js';
import { validateDocuments } from '../../validate/validate-documents.js';
import { PROBLEM_FORMATS, renderProblems, type ProblemFormat } from '../../render/render-problems.js';
import { failWithProblems } from '../pipeline/report-problems.js';
import type { CliIO } from '../io.js';
import type { SetExit } from './index.js';
import { pathsArgument } from '../paths-argument.js';

/**
 * `ringform validate [PATH...]`: load, schema-check and semantically check manifests, with no
 * network. Every problem goes to stderr as `file:line:col  json.path  message` (or to stdout as
 * JSON or GitHub workflow commands); errors make the command fail, warnings alone do not.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('validate')
    .description('check manifests (syntax, schema, semantics) without contacting RingCentral')
    .addArgument(pathsArgument('manifest files or directories (every *.yaml / *.yml below them)'))
    .addOption(new Option('--format <format>', 'how problems are printed').choices(PROBLEM_FORMATS).default('text'))
    .action(async (paths: string[], opts: { format: ProblemFormat }) => {
      const loaded = await loadManifests(paths, io.cwd);
      const validated = validateDocuments(loaded.documents);
      // Rules that can never match are found by the routing model; ties and ranges validation
      // already reports.
      const lint = lintRoutingDocuments(validated.documents, { now: clock(io.env), ties: false, ranges: false });
      const problems = [...loaded.problems, ...validated.problems, ...lint];
      if (hasErrors(problems)) failWithProblems(io, problems, opts.format, summarizeFailure(problems));
      const summary =
        summarizeSuccess(
          loaded.files.length,
          validated.documents,
          problems.length,
          validated.routingTests.length,
          validated.schedules.length,
        ) + '\n';
      if (opts.format === 'text') {
        io.stderr(renderProblems(problems, 'text'));
        io.stdout(summary);
      } else {
        // stdout stays machine-readable; the summary is for the log.
        io.stdout(renderProblems(problems, opts.format));
        io.stderr(summary);
      }
      setExit(0);
    });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 files, 5 documents valid (3 users, 2 sites).` — users counts every extension managed. */
export function summarizeSuccess(files: number, documents: LoadedDocument[], warnings: number, routingTests = 0, schedules = 0): string {
  const tests = routingTests > 0 ? `, ${plural(routingTests, 'routing test')}` : '';
  const named = schedules > 0 ? `, ${plural(schedules, 'Schedule')}` : '';
  const managed = managedWords(documents, plural).join(', ');
  const what = `${plural(files, 'file')}, ${plural(documents.length + routingTests + schedules, 'document')} valid (${managed}${named}${tests})`;
  return warnings > 0 ? `${what}, ${plural(warnings, 'warning')}.` : `${what}.`;
}

function summarizeFailure(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.pos.file)).size;
  const warnings = problems.length - errors;
  const tail = warnings > 0 ? `, ${plural(warnings, 'warning')}` : '';
  return `manifests are not valid: ${plural(errors, 'error')} in ${plural(files, 'file')}${tail}`;
}
