import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../core/problem.js';

const MANIFEST_FILE = /\.ya?ml$/i;

/** A file to load: the name shown to the user and where it is on disk. */
export interface ManifestFile {
  /** As the user named it, normalized (`./examples/` + `users/a.yaml` → `examples/users/a.yaml`). */
  display: string;
  absolute: string;
}

/**
 * Expands PATH arguments (files or directories; default `.`) into manifest files. A directory
 * means every `*.yaml`/`*.yml` below it in sorted order. Hidden entries and `node_modules` are
 * skipped while walking, because a repository root holds CI configs (`.github/`, `.gitlab-ci.yml`)
 * and dependencies that are YAML but not manifests; a file named explicitly is always read.
 */
export async function findManifestFiles(paths: string[], cwd: string): Promise<{ files: ManifestFile[]; problems: Problem[] }> {
  const files: ManifestFile[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (file: ManifestFile) => {
    // The same file named twice (`validate examples examples/users/a.yaml`) is read once, or it
    // would manage its own extensions twice.
    if (seen.has(file.absolute)) return;
    seen.add(file.absolute);
    files.push(file);
  };
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch((err: NodeJS.ErrnoException) => err);
    if (info instanceof Error) {
      problems.push(pathProblem(given, describeFsError(info)));
    } else if (info.isDirectory()) {
      const dangling: string[] = [];
      const found = (await walk(absolute, '', dangling)).sort(compareCodePoints);
      for (const rel of dangling.sort(compareCodePoints)) {
        problems.push(
          pathProblem(
            path.join(given, rel),
            'a symbolic link to a file that does not exist; fix or remove the link (it is not skipped, so nothing is left out unnoticed)',
          ),
        );
      }
      if (found.length === 0 && dangling.length === 0) problems.push(pathProblem(given, 'no *.yaml or *.yml files in this directory'));
      for (const rel of found) add({ display: path.join(given, rel), absolute: path.join(absolute, rel) });
    } else {
      add({ display: path.normalize(given), absolute });
    }
  }
  return { files, problems };
}

/** Relative paths of the manifest files below `dir`. */
async function walk(dir: string, prefix: string, dangling: string[]): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = prefix ? path.join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, rel, dangling)));
    else if (!MANIFEST_FILE.test(entry.name)) continue;
    else if (entry.isFile()) out.push(rel);
    // Only symlinks need a stat: the directory entry already says whether it is a regular file.
    else if (entry.isSymbolicLink()) {
      const target = await linkTarget(path.join(dir, rel));
      if (target === 'file') out.push(rel);
      else if (target === 'missing') dangling.push(rel);
    }
  }
  return out;
}

/** What a symlink points to; symlinked directories are not followed (no cycles). */
async function linkTarget(file: string): Promise<'file' | 'missing' | 'other'> {
  const info = await stat(file).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) return info.code === 'ENOENT' || info.code === 'ELOOP' ? 'missing' : 'other';
  return info.isFile() ? 'file' : 'other';
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function describeFsError(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'no such file or directory';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a directory';
  return err.message;
}

/** A problem with a path as a whole (missing, unreadable): reported at its first line. */
export function pathProblem(file: string, message: string): Problem {
  return { pos: { file, line: 1, col: 1 }, path: '', message, severity: 'error' };
}
