import { execFile } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../core/problem.js';

const run = promisify(execFile);

/**
 * Files changed since a git ref (committed, staged, unstaged and untracked), as absolute paths.
 * Used by `plan --changed-since` so pull-request runs read only the users and sites they touch.
 */
export async function changedFilesSince(ref: string, cwd: string): Promise<Set<string>> {
  try {
    const { stdout: top } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    const root = top.trim();
    const diff = await run('git', ['diff', '--name-only', '--diff-filter=d', ref, '--'], { cwd: root });
    const untracked = await run('git', ['ls-files', '--others', '--exclude-standard'], { cwd: root });
    const names = `${diff.stdout}\n${untracked.stdout}`.split('\n').filter(Boolean);
    return new Set(names.map((n) => resolve(root, n)));
  } catch (err) {
    const detail = (err as { stderr?: string }).stderr?.trim() || (err as Error).message;
    throw new UserError(`--changed-since ${ref}: cannot ask git what changed (${detail})`);
  }
}

export function isChanged(file: string, cwd: string, changed: Set<string>): boolean {
  return changed.has(resolve(cwd, file)) || changed.has(resolve(cwd, relative(cwd, file)));
}
