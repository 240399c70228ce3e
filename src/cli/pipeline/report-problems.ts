import { UserError, type Problem } from '../../core/problem.js';
import { renderProblems, type ProblemFormat } from '../../render/render-problems.js';
import type { CliIO } from '../io.js';

/**
 * Stops the command over invalid input. Text problems are printed by the CLI's one catch (to
 * stderr); JSON and GitHub problems go to stdout, where CI reads them, and the catch adds only
 * the one-line summary to stderr.
 */
export function failWithProblems(io: CliIO, problems: Problem[], format: ProblemFormat, message: string): never {
  if (format === 'text') throw new UserError(message, problems);
  io.stdout(renderProblems(problems, format));
  throw new UserError(message);
}

/**
 * Warnings of a command that goes on to print its own result: annotations on stdout for GitHub
 * (they show on the pull request), else text on stderr, so a JSON result on stdout stays one
 * JSON object.
 */
export function printWarnings(io: CliIO, warnings: Problem[], format: ProblemFormat): void {
  if (format === 'github') io.stdout(renderProblems(warnings, 'github'));
  else io.stderr(renderProblems(warnings, 'text'));
}
