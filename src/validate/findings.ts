import type { LoadedDocument } from '../core/document.js';
import { formatPath, type PathSeg } from '../core/path.js';
import type { Problem, Severity, SourcePos } from '../core/problem.js';

/** The loader's documents can also locate the key of a path; others fall back to the value. */
export type KeyLocatable = LoadedDocument & { locateKey?: (path: readonly PathSeg[]) => SourcePos };

/** A problem with the path it was found at, kept as segments so findings can be compared. */
export interface Finding {
  segs: PathSeg[];
  problem: Problem;
  /**
   * Other values the finding was concluded from (a state condition "without callers" reads
   * `callers`). When the schema rejects one of them, the finding is a consequence, not news.
   */
  reads?: PathSeg[][];
}

export interface Reporter {
  error(segs: PathSeg[], message: string, reads?: PathSeg[][]): void;
  warning(segs: PathSeg[], message: string, reads?: PathSeg[][]): void;
  /** An error located at the key of the last segment rather than its value. */
  errorAtKey(segs: PathSeg[], message: string): void;
  /** Where a value of the document was written, for messages that point at a second place. */
  locate(segs: PathSeg[]): SourcePos;
}

/** Creates a reporter that appends findings about `doc` to `sink`. */
export function reporterFor(doc: KeyLocatable, sink: Finding[]): Reporter {
  const push = (segs: PathSeg[], message: string, severity: Severity, pos: SourcePos, reads?: PathSeg[][]) =>
    sink.push({ segs: [...segs], problem: { pos, path: formatPath(segs), message, severity }, reads });
  return {
    error: (segs, message, reads) => push(segs, message, 'error', doc.locate(segs), reads),
    warning: (segs, message, reads) => push(segs, message, 'warning', doc.locate(segs), reads),
    errorAtKey: (segs, message) => push(segs, message, 'error', (doc.locateKey ?? doc.locate)(segs)),
    locate: (segs) => doc.locate(segs),
  };
}

/**
 * True when a finding restates a schema error: it sits at or below a rejected node, or one of
 * the values it read is (or contains, or lies within) a rejected node.
 */
export function restatesSchemaError(finding: Finding, subjects: PathSeg[][]): boolean {
  return subjects.some(
    (subject) =>
      isWithin(finding.segs, subject) || (finding.reads ?? []).some((read) => isWithin(read, subject) || isWithin(subject, read)),
  );
}

/** True when `inner` is `outer` or lies below it. */
export function isWithin(inner: readonly PathSeg[], outer: readonly PathSeg[]): boolean {
  return outer.length <= inner.length && outer.every((seg, i) => String(seg) === String(inner[i]));
}

/** `file:line:col` of a position, for messages that point at a second place. */
export function where(pos: SourcePos): string {
  return `${pos.file}:${pos.line}:${pos.col}`;
}
