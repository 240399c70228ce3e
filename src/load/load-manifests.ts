import { readFile } from 'node:fs/promises';
import type { LoadedDocument } from '../core/document.js';
import type { Problem } from '../core/problem.js';
import { describeFsError, findManifestFiles, pathProblem } from './find-manifest-files.js';
import { parseManifestFile } from './parse-manifest-file.js';

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
  // Read side by side (a thousand files one after another is mostly waiting), parse in order.
  const texts = await Promise.all(
    found.files.map((file) => readFile(file.absolute, 'utf8').catch((err: NodeJS.ErrnoException) => err)),
  );
  for (const [i, file] of found.files.entries()) {
    const text = texts[i];
    if (text instanceof Error) {
      problems.push(pathProblem(file.display, describeFsError(text)));
      continue;
    }
    const parsed = parseManifestFile(file.display, text);
    documents.push(...parsed.documents);
    problems.push(...parsed.problems);
  }
  return { documents, problems, files: found.files.map((f) => f.display) };
}
