import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: FakeUser;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; repo: { full_name: string } };
  base: { ref: string; repo: { full_name: string } };
  merge_commit_sha?: string;
  merged_at?: string | null;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: FakeUser;
  html_url: string;
}

export interface FakeGitHub {
  url: string;
  /** The workflow's GITHUB_TOKEN: acts as github-actions[bot]; `GET /user` is refused, as GitHub does for it. */
  token: string;
  /** A personal access token of a human (`GET /user` answers). */
  userToken: string;
  /** Comments per issue number, in creation order. */
  comments: Map<number, FakeComment[]>;
  /** Pull requests; `GET /repos/o/r/commits/{sha}/pulls` finds them by head or merge commit. */
  pulls: FakePull[];
  issues: FakeIssue[];
  /** `METHOD path?query` of every request. */
  requests: string[];
  /** Answers every request matching the method with this status and message. */
  failWith?: { method: string; status: number; message: string };
  addComment(issue: number, body: string, user?: FakeUser): FakeComment;
  stop(): Promise<void>;
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
export const HUMAN: FakeUser = { login: 'mallory', type: 'User' };

/**
 * A local stand-in for the parts of the GitHub REST API ringform's Action uses: issue comments
 * (list paged with `per_page`, `page` and a `Link` header; create; update), `GET /user`, the
 * pull requests of a commit, and issues (list, create, update). Bearer tokens are checked and
 * every write is made as the token's user; bodies over 65,536 characters are refused as GitHub
 * does.
 */
export async function startFakeGitHub(token = 'ghs_test-token'): Promise<FakeGitHub> {
  let nextId = 1000;
  const userToken = 'ghp_user-token';
  const fake: FakeGitHub = {
    url: '',
    token,
    userToken,
    comments: new Map(),
    pulls: [],
    issues: [],
    requests: [],
    addComment(issue, body, user = HUMAN) {
      const list = fake.comments.get(issue) ?? [];
      const comment = { id: nextId++, body, user, html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${nextId - 1}` };
      list.push(comment);
      fake.comments.set(issue, list);
      return comment;
    },
    stop: () => new Promise((done) => server.close(() => done())),
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', fake.url);
      fake.requests.push(`${req.method} ${url.pathname}${url.search}`);
      const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      const caller =
        req.headers.authorization === `Bearer ${token}`
          ? ACTIONS_BOT
          : req.headers.authorization === `Bearer ${userToken}`
            ? { login: 'octo-admin', type: 'User' as const }
            : undefined;
      if (!caller) return answer(401, { message: 'Bad credentials' });
      if (fake.failWith && fake.failWith.method === req.method) return answer(fake.failWith.status, { message: fake.failWith.message });
      const body = raw ? (JSON.parse(raw) as { body?: string; title?: string; state?: 'open' | 'closed' }) : {};
      if (body.body !== undefined && body.body.length > 65_536)
        return answer(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
      const paged = (all: unknown[]) => {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const params = new URLSearchParams(url.searchParams);
        const link = (p: number) => (params.set('page', String(p)), `<${fake.url}${url.pathname}?${params}>`);
        const headers: Record<string, string> = page < last ? { Link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {};
        return answer(200, all.slice((page - 1) * perPage, page * perPage), headers);
      };
      const route = (method: string, pattern: RegExp) => (req.method === method ? pattern.exec(url.pathname) : null);
      let m: RegExpExecArray | null;

      if (route('GET', /^\/user$/)) {
        return caller === ACTIONS_BOT ? answer(403, { message: 'Resource not accessible by integration' }) : answer(200, caller);
      }
      if ((m = route('GET', /^\/repos\/o\/r\/issues\/(\d+)\/comments$/))) return paged(fake.comments.get(Number(m[1])) ?? []);
      if ((m = route('POST', /^\/repos\/o\/r\/issues\/(\d+)\/comments$/)))
        return answer(201, fake.addComment(Number(m[1]), body.body ?? '', caller));
      if ((m = route('PATCH', /^\/repos\/o\/r\/issues\/comments\/(\d+)$/))) {
        const found = [...fake.comments.values()].flat().find((c) => c.id === Number(m![1]));
        if (!found) return answer(404, { message: 'Not Found' });
        if (found.user.login !== caller.login) return answer(403, { message: 'Must have admin rights to Repository.' });
        found.body = body.body ?? found.body;
        return answer(200, found);
      }
      if ((m = route('GET', /^\/repos\/o\/r\/commits\/([0-9a-f]+)\/pulls$/))) {
        return answer(
          200,
          fake.pulls.filter((p) => p.head.sha === m![1] || p.merge_commit_sha === m![1]),
        );
      }
      if (route('GET', /^\/repos\/o\/r\/issues$/)) {
        const state = url.searchParams.get('state') ?? 'open';
        const creator = url.searchParams.get('creator');
        return paged(fake.issues.filter((i) => (state === 'all' || i.state === state) && (!creator || i.user.login === creator)));
      }
      if (route('POST', /^\/repos\/o\/r\/issues$/)) {
        const number = nextId++;
        const issue: FakeIssue = {
          number,
          title: body.title ?? '',
          body: body.body ?? '',
          state: 'open',
          user: caller,
          html_url: `https://github.test/o/r/issues/${number}`,
        };
        fake.issues.push(issue);
        return answer(201, issue);
      }
      if ((m = route('PATCH', /^\/repos\/o\/r\/issues\/(\d+)$/))) {
        const issue = fake.issues.find((i) => i.number === Number(m![1]));
        if (!issue) return answer(404, { message: 'Not Found' });
        Object.assign(issue, {
          ...(body.body !== undefined ? { body: body.body } : {}),
          ...(body.title !== undefined ? { title: body.title } : {}),
          ...(body.state ? { state: body.state } : {}),
        });
        return answer(200, issue);
      }
      answer(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
