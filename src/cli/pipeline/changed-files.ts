import { execFile } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../core/problem.js';

const exec = promisify(execFile);
/** A pull request may touch thousands of files: allow git's answer to be large. */
const run = (cmd: string, args: string[], opts: { cwd: string }) => exec(cmd, args, { ...opts, maxBuffer: 64 * 1024 * 1024 });

/**
 * Files changed since a git ref (committed, staged, unstaged and untracked), as absolute paths.
 * Used by `plan --changed-since` so pull-request runs read only the users and sites they touch.
 */
export async function changedFilesSince(ref: string, cwd: string): Promise<Set<string>> {
  // A ref is never an option: `--changed-since=--output=FILE` must not reach git as one.
  if (ref.trim() === '' || ref.startsWith('-'))
    throw new UserError(`--changed-since ${JSON.stringify(ref)}: not a git ref (a ref cannot be empty or start with "-")`);
  try {
    const { stdout: top } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    const root = top.trim();
    const commit = await resolveRef(ref, root);
    // -z: names exactly as they are, NUL-separated. Without it git quotes names with non-ASCII
    // characters, spaces, quotes or newlines ("caf\303\251.yaml"), which then match no file.
    const diff = await run('git', ['diff', '-z', '--name-only', '--no-renames', '--diff-filter=d', '--end-of-options', commit, '--'], {
      cwd: root,
    });
    const untracked = await run('git', ['ls-files', '-z', '--others', '--exclude-standard'], { cwd: root });
    const names = `${diff.stdout}\0${untracked.stdout}`.split('\0').filter(Boolean);
    return new Set(names.map((n) => resolve(root, n)));
  } catch (err) {
    if (err instanceof UserError) throw err;
    const detail = (err as { stderr?: string }).stderr?.trim() || (err as Error).message;
    throw new UserError(`--changed-since ${ref}: cannot ask git what changed (${detail})`);
  }
}

/** The commit a ref names, resolved on its own first, so only a commit id reaches `git diff`. */
async function resolveRef(ref: string, root: string): Promise<string> {
  const resolved = await run('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: root }).catch(
    () => undefined,
  );
  const commit = resolved?.stdout.trim() ?? '';
  if (!/^[0-9a-f]{40,64}$/.test(commit))
    throw new UserError(`--changed-since ${ref}: git knows no commit by that name (fetch it first, e.g. git fetch origin main)`);
  return commit;
}

export function isChanged(file: string, cwd: string, changed: Set<string>): boolean {
  return changed.has(resolve(cwd, file)) || changed.has(resolve(cwd, relative(cwd, file)));
}
