import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does for one request. `destroy` drops the connection without answering. */
export interface Scripted {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
  destroy?: boolean;
}

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  /** performance.now() when the request arrived. */
  at: number;
  status?: number;
}

export type Handler = (req: Recorded) => Scripted | Promise<Scripted>;

export const TOKENS = {
  access: 'AT-test-access-token-7f3a9c',
  refresh: 'RT-test-refresh-token-2b8e1d',
};

const tokenInfo = {
  access_token: TOKENS.access,
  token_type: 'bearer',
  expires_in: 3600,
  refresh_token: TOKENS.refresh,
  refresh_token_expires_in: 604800,
  scope: 'ReadAccounts EditExtensions',
  owner_id: '1',
  session_id: 's1',
};

/**
 * A minimal RingCentral stand-in on node:http: a token endpoint, a revoke endpoint, and
 * scripted responses per `METHOD path`. A list of responses is served in order and its
 * last item repeats. Every request is recorded, in arrival order.
 */
export class TestServer {
  readonly requests: Recorded[] = [];
  private readonly routes = new Map<string, Handler>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  url = '';

  constructor() {
    this.on('POST', '/restapi/oauth/token', { body: tokenInfo });
    this.on('POST', '/restapi/oauth/revoke', { status: 200 });
  }

  on(method: string, path: string, script: Scripted | Scripted[] | Handler): this {
    let handler: Handler;
    if (typeof script === 'function') handler = script;
    else if (Array.isArray(script)) {
      const queue = [...script];
      handler = () => (queue.length > 1 ? queue.shift()! : queue[0]);
    } else handler = () => script;
    this.routes.set(`${method} ${path}`, handler);
    return this;
  }

  /** Requests of `method path` (path without query). */
  calls(method: string, path: string): Recorded[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const recorded: Recorded = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at,
    };
    this.requests.push(recorded);
    const handler = this.routes.get(`${recorded.method} ${recorded.path}`);
    const script: Scripted = handler
      ? await handler(recorded)
      : { status: 404, body: { errors: [{ errorCode: 'CMN-102', message: 'Resource not found' }] } };
    if (script.delayMs) await new Promise((r) => setTimeout(r, script.delayMs));
    if (script.destroy) {
      req.socket.destroy();
      return;
    }
    recorded.status = script.status ?? 200;
    const body = script.body === undefined ? '' : JSON.stringify(script.body);
    const headers = { ...(body ? { 'content-type': 'application/json' } : {}), ...script.headers };
    if (!res.destroyed) res.writeHead(recorded.status, headers).end(body);
  }
}

export async function startTestServer(): Promise<TestServer> {
  return new TestServer().start();
}
