import { UserError } from '../../core/problem.js';
import type { GitHubRepo } from './github-api.js';

export interface GitHubOptions {
  repo?: string;
  author?: string;
}

/**
 * The repository and token from the Actions environment (GITHUB_TOKEN, GITHUB_REPOSITORY,
 * GITHUB_API_URL); `--repo` and `--author` override. Says what is missing, never the token.
 */
export function githubRepoFromEnv(
  env: Record<string, string | undefined>,
  opts: GitHubOptions,
  command: string,
): GitHubRepo & { author?: string } {
  const token = env.GITHUB_TOKEN?.trim();
  const repository = opts.repo ?? env.GITHUB_REPOSITORY;
  const missing = [!token && 'GITHUB_TOKEN', !repository && 'GITHUB_REPOSITORY (or --repo)'].filter(Boolean);
  if (missing.length) throw new UserError(`${command} needs ${missing.join(' and ')}`);
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository!)) throw new UserError(`--repo must be owner/name, not "${repository}"`);
  return {
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: repository!,
    token: token!,
    ...(opts.author ? { author: opts.author } : {}),
  };
}
