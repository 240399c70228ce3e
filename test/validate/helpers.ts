import { parseManifestFile } from '../../src/load/parse-manifest-file.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

/** Validates YAML text as one file; returns `line:col path message` per problem (warnings marked). */
export function problemsOf(text: string, now = new Date(2026, 5, 1)): string[] {
  const parsed = parseManifestFile('m.yaml', text);
  const validated = validateDocuments(parsed.documents, { now });
  return [...parsed.problems, ...validated.problems].map(
    (p) => `${p.pos.line}:${p.pos.col} ${p.path}${p.severity === 'warning' ? ' warning:' : ''} ${p.message}`,
  );
}

export const USER_HEADER = 'version: 1\nkind: User\nextension: "101"\n';
