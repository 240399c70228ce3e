import { UserError } from '../../core/problem.js';

/** A repository on GitHub (or a GitHub Enterprise server) and the token that acts on it. */
export interface GitHubRepo {
  /** `GITHUB_API_URL`, e.g. https://api.github.com or a GitHub Enterprise server's /api/v3. */
  apiUrl: string;
  /** `owner/name`. */
  repository: string;
  token: string;
}

/** The user a comment or issue was written by, as the REST API returns it. */
export interface GitHubUser {
  login?: string;
  type?: string;
}

/** A GitHub API answer that was not 2xx: the message names the call and what to do, never the token. */
export class GitHubApiError extends UserError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type Fetch = typeof fetch;

/** One REST call with the token; `path` is relative to the API root, or a `next` page URL from `githubPages`. */
export async function githubCall<T>(
  repo: GitHubRepo,
  method: string,
  path: string,
  body?: unknown,
  fetchImpl: Fetch = fetch,
): Promise<{ json: T; next?: string }> {
  const base = repo.apiUrl.replace(/\/+$/, '');
  const url = path.startsWith('http') ? path : `${base}${path}`;
  const shown = `${method} ${new URL(url).pathname}`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${repo.token}`,
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
  if (!response.ok) throw new GitHubApiError(failure(shown, response.status, text), response.status);
  return { json: (text ? JSON.parse(text) : undefined) as T, next: nextPage(response.headers.get('link'), base) };
}

/** Every item of a paged list (100 at a time, following `Link: rel="next"`), at most 100 pages. */
export async function* githubPages<T>(repo: GitHubRepo, firstPage: string, fetchImpl: Fetch = fetch): AsyncGenerator<T> {
  let page: string | undefined = firstPage;
  for (let n = 0; page && n < 100; n++) {
    const listed: { json: T[]; next?: string } = await githubCall<T[]>(repo, 'GET', page, undefined, fetchImpl);
    if (Array.isArray(listed.json)) yield* listed.json;
    page = listed.next;
  }
}

/**
 * Who the token writes as. A personal access token can ask (`GET /user`); the workflow's
 * GITHUB_TOKEN cannot (403) and always writes as `github-actions[bot]`. A GitHub App's token
 * writes as `<app>[bot]`: pass that login explicitly.
 */
export async function tokenLogin(repo: GitHubRepo, fetchImpl: Fetch = fetch): Promise<string> {
  try {
    const me = await githubCall<GitHubUser>(repo, 'GET', '/user', undefined, fetchImpl);
    if (me.json?.login) return me.json.login;
  } catch (err) {
    if (!(err instanceof GitHubApiError) || (err.status !== 403 && err.status !== 404)) throw err;
  }
  return 'github-actions[bot]';
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
        ? 'give the workflow the permission this call needs (`pull-requests: write` for comments, `issues: write` for the drift issue) and check the repository and number'
        : 'GitHub did not take the call; run the job again';
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
