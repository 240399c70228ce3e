import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Rewrites the JSON body of some responses, as a broken API version or a meddling proxy would. */
export type ResponseBody = { records?: Record<string, unknown>[] } & Record<string, unknown>;
export type Rewrite = (method: string, path: string, body: ResponseBody) => unknown;

/**
 * A proxy in front of the emulator that passes every request through and lets a test rewrite
 * JSON responses on the way back. Returns its URL and a stop function.
 */
export async function rewritingProxy(
  target: string,
  rewrite: Rewrite,
  /** Rewrites JSON request bodies on the way in (default: passed through). */
  rewriteRequest?: (method: string, path: string, body: unknown) => unknown,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', target);
      let sent = Buffer.concat(chunks);
      if (rewriteRequest && sent.length && String(req.headers['content-type'] ?? '').includes('json')) {
        sent = Buffer.from(JSON.stringify(rewriteRequest(req.method ?? 'GET', url.pathname, JSON.parse(sent.toString('utf8')))));
      }
      const headers = { ...req.headers, host: url.host, 'content-length': String(sent.length) };
      delete headers['transfer-encoding'];
      const out = httpRequest(url, { method: req.method, headers }, (upstream) => {
        const body: Buffer[] = [];
        upstream.on('data', (c) => body.push(c));
        upstream.on('end', () => {
          let data = Buffer.concat(body);
          const type = String(upstream.headers['content-type'] ?? '');
          if (type.includes('json') && data.length) {
            data = Buffer.from(JSON.stringify(rewrite(req.method ?? 'GET', url.pathname, JSON.parse(data.toString('utf8')))));
          }
          const headers = { ...upstream.headers, 'content-length': String(data.length) };
          delete headers['transfer-encoding'];
          res.writeHead(upstream.statusCode ?? 502, headers);
          res.end(data);
        });
      });
      out.end(sent);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
