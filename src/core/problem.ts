/** Where a manifest value was written: 1-based line and column. */
export interface SourcePos {
  file: string;
  line: number;
  col: number;
}

export type Severity = 'error' | 'warning';

/** One problem found in the input. Every stage reports these in bulk, never just the first. */
export interface Problem {
  pos: SourcePos;
  /** JSON path inside the document, e.g. `rules.work-hours.ring.groups[0].seconds`. */
  path: string;
  message: string;
  severity: Severity;
}

/** The one line format of the CLI contract: `file:line:col  json.path  message`. */
export function formatProblem(p: Problem): string {
  const where = `${p.pos.file}:${p.pos.line}:${p.pos.col}`;
  const message = p.severity === 'warning' ? `warning: ${p.message}` : p.message;
  return `${where}  ${p.path || '(document)'}  ${message}`;
}

/** Sorts problems by file, line, column so output is stable and reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.pos.file.localeCompare(b.pos.file) ||
      a.pos.line - b.pos.line ||
      a.pos.col - b.pos.col ||
      a.path.localeCompare(b.path) ||
      a.message.localeCompare(b.message),
  );
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * An error the user can fix (bad input, missing credentials, refused apply). The CLI's one
 * catch prints its message (and problems) without a stack trace and exits 1.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
