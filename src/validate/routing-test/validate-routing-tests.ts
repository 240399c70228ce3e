import type { LoadedDocument } from '../../core/document.js';
import { formatPath, type PathSeg } from '../../core/path.js';
import { sortProblems, type Problem, type SourcePos } from '../../core/problem.js';
import { checkRoutingTestValues } from './check-routing-test-values.js';
import { schemaFindings } from './routing-test-schema.js';

type KeyLocatable = LoadedDocument & { locateKey?: (path: readonly PathSeg[]) => SourcePos };

/**
 * Checks `kind: RoutingTest` documents: the JSON Schema (schemas/routing-test-v1.schema.json),
 * then phone numbers and times. Pass only RoutingTest documents; every problem is returned,
 * located in its document, sorted by position. Value checks are skipped under a node the schema rejected, since
 * they would restate the same mistake.
 */
export function validateRoutingTests(documents: LoadedDocument[]): Problem[] {
  const problems: Problem[] = [];
  for (const doc of documents as KeyLocatable[]) {
    const schema = schemaFindings(doc.data);
    const values = checkRoutingTestValues(doc.data).filter(
      (f) => !schema.some((s) => s.segs.length > 0 && s.segs.every((seg, i) => seg === f.segs[i])),
    );
    for (const f of [...schema, ...values]) {
      const pos = f.atKey && doc.locateKey ? doc.locateKey(f.segs) : doc.locate(f.segs);
      problems.push({ pos, path: formatPath(f.segs), message: f.message, severity: 'error' });
    }
  }
  return sortProblems(problems);
}
