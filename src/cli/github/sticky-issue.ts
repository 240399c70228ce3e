import { githubCall, githubPages, tokenLogin, type GitHubRepo, type GitHubUser } from './github-api.js';

interface Issue {
  number: number;
  body?: string | null;
  html_url?: string;
  user?: GitHubUser | null;
  pull_request?: unknown;
}

export interface StickyIssueResult {
  action: 'created' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
}

type Fetch = typeof fetch;

/**
 * ringform's one open issue for `marker` (e.g. the drift report): created once, then updated
 * while the condition lasts, closed when it is over, so a scheduled job does not open an issue
 * a day. Only an issue the token's own user opened, whose body starts with the marker, counts.
 */
export async function upsertStickyIssue(
  repo: GitHubRepo & { author?: string },
  marker: string,
  title: string,
  body: string,
  fetchImpl: Fetch = fetch,
): Promise<StickyIssueResult> {
  const existing = await findOwnIssue(repo, marker, fetchImpl);
  const path = `/repos/${repo.repository}/issues`;
  const sent = existing
    ? await githubCall<Issue>(repo, 'PATCH', `${path}/${existing.number}`, { title, body }, fetchImpl)
    : await githubCall<Issue>(repo, 'POST', path, { title, body }, fetchImpl);
  return { action: existing ? 'updated' : 'created', number: sent.json.number, url: sent.json.html_url ?? '' };
}

/** Closes ringform's open issue for `marker`, first replacing its body with `body` (what ended it). */
export async function closeStickyIssue(
  repo: GitHubRepo & { author?: string },
  marker: string,
  body: string,
  fetchImpl: Fetch = fetch,
): Promise<StickyIssueResult> {
  const existing = await findOwnIssue(repo, marker, fetchImpl);
  if (!existing) return { action: 'none' };
  const sent = await githubCall<Issue>(
    repo,
    'PATCH',
    `/repos/${repo.repository}/issues/${existing.number}`,
    { body, state: 'closed' },
    fetchImpl,
  );
  return { action: 'closed', number: sent.json.number, url: sent.json.html_url ?? '' };
}

async function findOwnIssue(repo: GitHubRepo & { author?: string }, marker: string, fetchImpl: Fetch): Promise<Issue | undefined> {
  const author = repo.author ?? (await tokenLogin(repo, fetchImpl));
  for await (const issue of githubPages<Issue>(repo, `/repos/${repo.repository}/issues?state=open&per_page=100`, fetchImpl)) {
    if (issue.pull_request) continue;
    if (issue.user?.login === author && typeof issue.body === 'string' && issue.body.startsWith(marker)) return issue;
  }
  return undefined;
}
