import { formatProblem, sortProblems, type Problem } from '../core/problem.js';

/** How validation problems are printed (cli.md): for people, for programs, for GitHub Actions. */
export const PROBLEM_FORMATS = ['text', 'json', 'github'] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

/** The validation format of a command whose `--format` also names output formats of its own. */
export function problemFormatOf(format: string | undefined): ProblemFormat {
  return format === 'json' || format === 'github' ? format : 'text';
}

/**
 * Problems in one of the CLI's formats, sorted by file, line, column. Text is one
 * `file:line:col  path  message` line each; JSON is `{"problems": [...]}`; github is one
 * workflow command each, so the problems show on the pull request's lines.
 */
export function renderProblems(problems: Problem[], format: ProblemFormat): string {
  const sorted = sortProblems(problems);
  if (format === 'json') return JSON.stringify({ problems: problemsJson(sorted) }, null, 2) + '\n';
  const lines = sorted.map(format === 'github' ? githubCommand : formatProblem);
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The contract's JSON form of problems, sorted: `{file, line, column, path, severity, message}`. */
export function problemsJson(problems: Problem[]) {
  return sortProblems(problems).map(problemJson);
}

function problemJson(p: Problem) {
  return { file: p.pos.file, line: p.pos.line, column: p.pos.col, path: p.path, severity: p.severity, message: p.message };
}

/** `::error file=F,line=L,col=C::message` (`::warning` for warnings). */
function githubCommand(p: Problem): string {
  const props = [`file=${escapeProperty(p.pos.file)}`, `line=${p.pos.line}`, `col=${p.pos.col}`].join(',');
  return `::${p.severity === 'warning' ? 'warning' : 'error'} ${props}::${escapeData(p.message)}`;
}

/**
 * GitHub's workflow-command escaping: in the message `%`, CR and LF; in properties also `:` and
 * `,`, which would otherwise end the property list or the value. `%` goes first so the escapes
 * themselves are not escaped again.
 */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
