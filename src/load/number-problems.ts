import { isPair, isScalar, isSeq, visit, type Document, type LineCounter } from 'yaml';
import { formatPath, type PathSeg } from '../core/path.js';
import type { Problem } from '../core/problem.js';

/** Plain decimal, as a reader expects: `101`, `-5`; not `0101`, `0x65`, `101.0`, `1e2`. */
const PLAIN_DECIMAL = /^-?(0|[1-9][0-9]*)$/;

function jsonPath(ancestors: readonly unknown[], node: unknown): PathSeg[] {
  const chain = [...ancestors, node];
  const out: PathSeg[] = [];
  chain.forEach((a, i) => {
    if (isPair(a)) out.push(String(isScalar(a.key) ? a.key.value : a.key));
    else if (isSeq(a)) out.push(a.items.indexOf(chain[i + 1] as never));
  });
  return out;
}

/**
 * YAML reads `0x65`, `0o145`, `101.0` and `1e2` as numbers, and YAML 1.1 reads `0101` as 65:
 * an extension written so would silently manage another user than the one meant. Every number
 * in a manifest is an integer written in plain decimal (extension numbers may also be quoted
 * strings of digits), and only YAML 1.2 is read.
 */
export function numberProblems(doc: Document, text: string, lineCounter: LineCounter, file: string): Problem[] {
  const out: Problem[] = [];
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    const at = text.search(/^%YAML\b/m);
    const pos = lineCounter.linePos(Math.max(at, 0));
    out.push({
      pos: { file, ...pos },
      path: '',
      message: `%YAML ${version.version}: ringform reads YAML 1.2 only (where 0101 is not the octal 65); remove the directive`,
      severity: 'error',
    });
  }
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || node.type !== 'PLAIN' || (typeof node.value !== 'number' && typeof node.value !== 'bigint')) return;
      const source = String(node.source ?? '');
      // An unquoted phone number (`+14081234567`) is the schema's to report: it must be a string.
      if (PLAIN_DECIMAL.test(source) || /^\+[1-9][0-9]{6,}$/.test(source)) return;
      const pos = lineCounter.linePos(node.range?.[0] ?? 0);
      out.push({
        pos: { file, ...pos },
        path: formatPath(jsonPath(ancestors, node)),
        message: `${source} is not a number in plain decimal: write digits only, without leading zeros, fractions or other bases (an extension number as "101" or 101)`,
        severity: 'error',
      });
    },
  });
  return out;
}
