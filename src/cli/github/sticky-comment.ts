import { githubCall, githubPages, tokenLogin, type GitHubRepo, type GitHubUser } from './github-api.js';

export { nextPage } from './github-api.js';

/** Where the comment goes: a pull request (an issue, to the REST API) of a repository. */
export interface GitHubTarget extends GitHubRepo {
  issueNumber: number;
  /** The login the token writes as; default: asked of GitHub (`github-actions[bot]` for GITHUB_TOKEN). */
  author?: string;
}

export interface StickyResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

export interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: GitHubUser | null;
}

type Fetch = typeof fetch;

/**
 * Creates ringform's comment on the pull request, or updates the one that carries `marker`
 * (there is one per pull request, edited in place on every push, so the thread is not flooded).
 * Lists every page of comments (100 at a time, following `Link: rel="next"`) before deciding.
 */
export async function upsertStickyComment(
  target: GitHubTarget,
  body: string,
  marker: string,
  fetchImpl: Fetch = fetch,
): Promise<StickyResult> {
  const repo = `/repos/${target.repository}`;
  const existing = await findOwnComment(target, marker, fetchImpl);
  const sent = existing
    ? await githubCall<IssueComment>(target, 'PATCH', `${repo}/issues/comments/${existing.id}`, { body }, fetchImpl)
    : await githubCall<IssueComment>(target, 'POST', `${repo}/issues/${target.issueNumber}/comments`, { body }, fetchImpl);
  return { action: existing ? 'updated' : 'created', id: sent.json.id, url: sent.json.html_url ?? '' };
}

/**
 * ringform's comment with this marker: written by the token's own user and starting with the
 * marker. Anyone can paste the marker into a comment of theirs; that comment is never the one
 * edited (nor trusted as the reviewed plan).
 */
export async function findOwnComment(target: GitHubTarget, marker: string, fetchImpl: Fetch = fetch): Promise<IssueComment | undefined> {
  const author = target.author ?? (await tokenLogin(target, fetchImpl));
  const first = `/repos/${target.repository}/issues/${target.issueNumber}/comments?per_page=100`;
  for await (const c of githubPages<IssueComment>(target, first, fetchImpl)) {
    if (c.user?.login === author && typeof c.body === 'string' && c.body.startsWith(marker)) return c;
  }
  return undefined;
}
