import { githubCall, type GitHubRepo } from './github-api.js';

export interface MergedPullRequest {
  number: number;
  /** The head commit the pull request had when it was merged. */
  headSha: string;
}

interface PullItem {
  number?: number;
  merge_commit_sha?: string | null;
  merged_at?: string | null;
  head?: { sha?: string };
}

type Fetch = typeof fetch;

/**
 * The pull request a commit on the main branch came from: the one merged as that commit (merge
 * or squash), else the one whose head it is (a fast-forward or rebase merge). None when the
 * commit was pushed without a pull request.
 */
export async function mergedPullRequest(repo: GitHubRepo, sha: string, fetchImpl: Fetch = fetch): Promise<MergedPullRequest | undefined> {
  const { json } = await githubCall<PullItem[]>(repo, 'GET', `/repos/${repo.repository}/commits/${sha}/pulls`, undefined, fetchImpl);
  const pulls = (Array.isArray(json) ? json : []).filter((p) => typeof p.number === 'number' && typeof p.head?.sha === 'string');
  const found = pulls.find((p) => p.merge_commit_sha === sha) ?? pulls.find((p) => p.head?.sha === sha);
  return found ? { number: found.number!, headSha: found.head!.sha! } : undefined;
}
