import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
}

export interface FakeGitHub {
  url: string;
  token: string;
  /** Comments per issue number, in creation order. */
  comments: Map<number, FakeComment[]>;
  /** `METHOD path?query` of every request. */
  requests: string[];
  /** Answers every request matching the method with this status and message. */
  failWith?: { method: string; status: number; message: string };
  addComment(issue: number, body: string): FakeComment;
  stop(): Promise<void>;
}

/**
 * A local stand-in for the GitHub REST API's issue comments: list (paged with `per_page`,
 * `page` and a `Link` header), create, update; bearer token checked; bodies over 65,536
 * characters refused as GitHub does.
 */
export async function startFakeGitHub(token = 'ghs_test-token'): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: '',
    token,
    comments: new Map(),
    requests: [],
    addComment(issue, body) {
      const list = fake.comments.get(issue) ?? [];
      const comment = { id: nextId++, body, html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${nextId - 1}` };
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
      if (req.headers.authorization !== `Bearer ${token}`) return answer(401, { message: 'Bad credentials' });
      if (fake.failWith && fake.failWith.method === req.method) return answer(fake.failWith.status, { message: fake.failWith.message });
      const list = /^\/repos\/o\/r\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const body = raw ? (JSON.parse(raw) as { body?: string }).body : undefined;
      if (body !== undefined && body.length > 65_536)
        return answer(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
      if (list && req.method === 'GET') {
        const all = fake.comments.get(Number(list[1])) ?? [];
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number) => `<${fake.url}${url.pathname}?per_page=${perPage}&page=${p}>`;
        const headers: Record<string, string> = page < last ? { Link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {};
        return answer(200, all.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (list && req.method === 'POST') return answer(201, fake.addComment(Number(list[1]), body ?? ''));
      if (one && req.method === 'PATCH') {
        const found = [...fake.comments.values()].flat().find((c) => c.id === Number(one[1]));
        if (!found) return answer(404, { message: 'Not Found' });
        found.body = body ?? found.body;
        return answer(200, found);
      }
      answer(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
