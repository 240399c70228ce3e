import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Query } from './api-request.js';

/** Reading requests and writing JSON responses on node:http. */

export interface Outcome {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Nothing the API takes comes near this; a runaway client must not exhaust memory. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Past this, a client still sending is cut off instead of drained (a 413 was already due). */
const MAX_DRAIN_BYTES = 8 * MAX_BODY_BYTES;

/** A request body, or `tooLarge` when it exceeds MAX_BODY_BYTES (answered 413, never buffered). */
export type RequestBody = { text: string; tooLarge?: false } | { tooLarge: true };

/**
 * Reads the body. An oversized one is read to its end without being kept (so the client,
 * still sending, gets the 413 instead of a broken connection); one beyond any reason is cut.
 */
export function readBody(req: IncomingMessage): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAIN_BYTES) req.destroy();
      else if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? { tooLarge: true } : { text: Buffer.concat(chunks).toString('utf8') }));
    req.on('close', () => size > MAX_DRAIN_BYTES && resolve({ tooLarge: true }));
    req.on('error', reject);
  });
}

/** Query parameters; a repeated key (exploded array) becomes an array. */
export function parseQuery(params: URLSearchParams): Query {
  const out: Query = {};
  for (const [key, value] of params) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function send(res: ServerResponse, outcome: Outcome): void {
  const headers: Record<string, string> = { RCRequestId: randomUUID(), ...outcome.headers };
  if (outcome.body === undefined) {
    res.writeHead(outcome.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(outcome.body);
  headers['Content-Type'] = 'application/json; charset=utf-8';
  headers['Content-Length'] = String(Buffer.byteLength(text));
  res.writeHead(outcome.status, headers);
  res.end(text);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
