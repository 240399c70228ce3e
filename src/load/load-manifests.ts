import type { LoadedDocument } from '../core/document.js';
import type { Problem } from '../core/problem.js';
import { describeFsError, findManifestFiles, pathProblem } from './find-manifest-files.js';
import { parseManifestFile } from './parse-manifest-file.js';
import { readManifestText, type ManifestText } from './read-manifest-text.js';

/**
 * Reads every manifest document named by PATH arguments (files or directories, default `.`),
 * in file order then document order. Every problem is collected; nothing throws for bad input.
 * File names in problems are as given, relative to `cwd` when given so.
 */
export async function loadManifests(
  paths: string[],
  cwd: string,
): Promise<{ documents: LoadedDocument[]; problems: Problem[]; files: string[] }> {
  const found = await findManifestFiles(paths, cwd);
  const documents: LoadedDocument[] = [];
  const problems: Problem[] = [...found.problems];
  for (const file of found.files) {
    const text = readText(file.absolute);
    if (text instanceof Error) {
      problems.push(pathProblem(file.display, describeFsError(text)));
      continue;
    }
    if (!text.ok) {
      problems.push({ pos: { file: file.display, line: text.line, col: text.col }, path: '', message: text.message, severity: 'error' });
      continue;
    }
    const parsed = parseManifestFile(file.display, text.text);
    documents.push(...parsed.documents);
    problems.push(...parsed.problems);
  }
  return { documents, problems, files: found.files.map((f) => f.display) };
}

/**
 * Manifests are small files read once by a command-line run: reading them synchronously is
 * several times faster than queueing a thousand reads on libuv's four-thread pool.
 */
function readText(file: string): ManifestText | NodeJS.ErrnoException {
  try {
    return readManifestText(file);
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
}
