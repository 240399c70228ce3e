import { UserError } from '../../core/problem.js';

/** Where the comment goes: a pull request (an issue, to the REST API) of a repository. */
export interface GitHubTarget {
  /** `GITHUB_API_URL`, e.g. https://api.github.com or a GitHub Enterprise server's /api/v3. */
  apiUrl: string;
  /** `owner/name`. */
  repository: string;
  issueNumber: number;
  token: string;
}

export interface StickyResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
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
  const existing = await findComment(target, `${repo}/issues/${target.issueNumber}/comments?per_page=100`, marker, fetchImpl);
  const sent = existing
    ? await call<IssueComment>(target, 'PATCH', `${repo}/issues/comments/${existing.id}`, { body }, fetchImpl)
    : await call<IssueComment>(target, 'POST', `${repo}/issues/${target.issueNumber}/comments`, { body }, fetchImpl);
  return { action: existing ? 'updated' : 'created', id: sent.json.id, url: sent.json.html_url ?? '' };
}

async function findComment(target: GitHubTarget, firstPage: string, marker: string, fetchImpl: Fetch): Promise<IssueComment | undefined> {
  let page: string | undefined = firstPage;
  for (let n = 0; page && n < 100; n++) {
    const listed: { json: IssueComment[]; next?: string } = await call<IssueComment[]>(target, 'GET', page, undefined, fetchImpl);
    const found = Array.isArray(listed.json) ? listed.json.find((c) => typeof c.body === 'string' && c.body.includes(marker)) : undefined;
    if (found) return found;
    page = listed.next;
  }
  return undefined;
}

/** One REST call with the token; a failure becomes a UserError that names the call and what to do. */
async function call<T>(
  target: GitHubTarget,
  method: string,
  path: string,
  body: unknown,
  fetchImpl: Fetch,
): Promise<{ json: T; next?: string }> {
  const base = target.apiUrl.replace(/\/+$/, '');
  const url = path.startsWith('http') ? path : `${base}${path}`;
  const shown = `${method} ${new URL(url).pathname}`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${target.token}`,
        'X-GitHub-Api-Version': '2022-11-28',
        'User-Agent': 'ringform',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new UserError(`cannot reach the GitHub API at ${base} (${shown}): ${(e as Error).message}`);
  }
  const text = await response.text();
  if (!response.ok) throw new UserError(failure(shown, response.status, text));
  return { json: (text ? JSON.parse(text) : undefined) as T, next: nextPage(response.headers.get('link'), base) };
}

function failure(shown: string, status: number, text: string): string {
  let reason = text.slice(0, 200);
  try {
    reason = (JSON.parse(text) as { message?: string }).message ?? reason;
  } catch {
    // not JSON: show the start of the text
  }
  const hint =
    status === 401
      ? 'the token is missing or invalid: pass GITHUB_TOKEN to the step'
      : status === 403 || status === 404
        ? 'give the workflow `permissions: pull-requests: write` (and check the repository and pull request number)'
        : 'GitHub did not take the comment; run the job again';
  return `GitHub API ${shown} answered ${status}: ${reason}; ${hint}`;
}

/**
 * The `rel="next"` page of a Link header. Only a page on the API server itself is followed, so
 * the token is never sent anywhere else.
 */
export function nextPage(link: string | null, base: string): string | undefined {
  const next = link?.split(',').find((part) => /;\s*rel="?next"?/.test(part));
  const url = next && /<([^>]+)>/.exec(next)?.[1];
  if (!url) return undefined;
  return new URL(url).origin === new URL(base).origin ? url : undefined;
}
