import { LineCounter, isAlias, isScalar, parseAllDocuments, visit, type Document } from 'yaml';
import type { LoadedDocument } from '../core/document.js';
import type { Problem } from '../core/problem.js';
import { createLocator, type Locator } from './node-locator.js';
import { yamlProblems } from './yaml-problems.js';
import { numberProblems } from './number-problems.js';

/** A loaded document that can also point at the key of a path (see `Locator.locateKey`). */
export type LocatedDocument = LoadedDocument & Pick<Locator, 'locateKey'>;

/**
 * Parses one file's text into its YAML documents. Empty documents are skipped; a document with
 * syntax errors is reported and left out, since its data may not be what was meant and checking
 * it would only add noise to the real error.
 */
export function parseManifestFile(file: string, text: string): { documents: LocatedDocument[]; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true });
  const documents: LocatedDocument[] = [];
  const problems: Problem[] = [];
  // A stream with nothing but comments is an empty list (EmptyStream), not an error.
  Array.from(parsed).forEach((doc: Document, index) => {
    const found = [...yamlProblems(doc, text, lineCounter, file), ...numberProblems(doc, text, lineCounter, file)];
    problems.push(...found);
    if (found.some((p) => p.severity === 'error') || isEmpty(doc)) return;
    const locator = createLocator(doc, lineCounter, file);
    const data = toData(doc);
    if (!data.ok) {
      const alias = firstBrokenAlias(doc);
      const pos = alias === undefined ? locator.locate([]) : { file, ...lineCounter.linePos(alias) };
      problems.push({ pos, path: '', message: data.error, severity: 'error' });
      return;
    }
    documents.push({ file, index, data: data.value, locate: locator.locate, locateKey: locator.locateKey });
  });
  return { documents, problems };
}

/** A document with nothing in it (`---` followed by comments or nothing at all). */
function isEmpty(doc: Document): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
}

function toData(doc: Document): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: doc.toJS() };
  } catch (err) {
    // yaml throws for aliases without an anchor and for alias expansion bombs.
    return { ok: false, error: `YAML: ${(err as Error).message}` };
  }
}

function firstBrokenAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (offset === undefined && isAlias(node) && node.resolve(doc) === undefined) offset = node.range?.[0];
    },
  });
  return offset;
}
