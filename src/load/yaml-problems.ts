import { isMap, isPair, isScalar, isSeq, visit, type Document, type LineCounter, type Node, type YAMLError } from 'yaml';
import { formatPath, type PathSeg } from '../core/path.js';
import type { Problem, Severity } from '../core/problem.js';
import { isMergeKey } from './node-locator.js';

/**
 * Turns the yaml package's errors and warnings into problems at the place a person would look:
 * an unclosed quote at its opening quote (yaml reports the end of the document), a bad indent
 * at the first character of the line, a duplicate key with its name and path.
 */
export function yamlProblems(doc: Document, text: string, lineCounter: LineCounter, file: string): Problem[] {
  const out: Problem[] = [];
  const add = (err: YAMLError, severity: Severity) => {
    const offset = errorOffset(doc, text, err);
    // After a syntax error the parser's recovered tree may not be what was meant, so a path is
    // given only where the tree is intact (a duplicate key).
    const path = err.code === 'DUPLICATE_KEY' ? pathAtOffset(doc, offset) : [];
    out.push({
      pos: { file, ...lineCounter.linePos(offset) },
      path: formatPath(path),
      message: describe(err, path),
      severity,
    });
  };
  for (const err of doc.errors) add(err, 'error');
  for (const warning of doc.warnings) add(warning, 'warning');
  return out;
}

function describe(err: YAMLError, path: PathSeg[]): string {
  const message = err.message.replace(/\s+/g, ' ').trim();
  if (err.code === 'DUPLICATE_KEY' && path.length > 0) {
    return `YAML: duplicate key "${path[path.length - 1]}" (keys must be unique in a mapping)`;
  }
  if (err.code === 'TAB_AS_INDENT') return 'YAML: tabs are not allowed as indentation; indent with spaces';
  return `YAML: ${message}`;
}

function errorOffset(doc: Document, text: string, err: YAMLError): number {
  let offset = err.pos[0];
  if (err.code === 'MISSING_CHAR' && /quote/i.test(err.message)) {
    offset = openingQuote(doc, offset) ?? offset;
  }
  if (err.code === 'BAD_INDENT' || err.code === 'MISSING_CHAR') {
    while (text[offset] === ' ') offset++;
  }
  return Math.min(offset, Math.max(text.length - 1, 0));
}

/** Start of the quoted scalar that runs up to `offset` (the last one, when several do). */
function openingQuote(doc: Document, offset: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && range && range[0] <= offset && offset <= range[2]) found = range[0];
    },
  });
  return found;
}

/** The path of the deepest key or item whose source contains `offset`. */
export function pathAtOffset(doc: Document, offset: number): PathSeg[] {
  const path: PathSeg[] = [];
  let node: unknown = doc.contents;
  for (let depth = 0; depth < 100; depth++) {
    const next = childAt(node, offset);
    if (!next) break;
    path.push(next.seg);
    node = next.node;
  }
  return path;
}

const contains = (node: unknown, offset: number) => {
  const range = (node as Node | null)?.range;
  return Boolean(range && range[0] <= offset && offset < Math.max(range[2], range[1] + 1));
};

function childAt(node: unknown, offset: number): { seg: PathSeg; node: unknown } | undefined {
  if (isSeq(node)) {
    const index = node.items.findIndex((item) => contains(item, offset));
    return index >= 0 ? { seg: index, node: node.items[index] } : undefined;
  }
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (!isPair(pair) || isMergeKey(pair.key) || !isScalar(pair.key)) continue;
    if (contains(pair.key, offset) || contains(pair.value, offset)) {
      return { seg: String(pair.key.value), node: pair.value };
    }
  }
  return undefined;
}
