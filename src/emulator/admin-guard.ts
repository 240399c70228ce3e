import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Outcome } from './http-io.js';

/** Hosts that only this machine can reach: there the admin API needs no token. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

const refused = (status: number, error: string): Outcome => ({ status, body: { error } });

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why an admin request (`/__emulator/…`: faults, the log, the account state, the credentials)
 * is refused, or undefined. The admin API has no users, so it must not be reachable by anyone
 * but the operator:
 * - a browser page must not drive it (a cross-origin "simple" POST needs no preflight):
 *   requests a browser marks with `Origin` or `Sec-Fetch-Site` are refused, and a body must be
 *   declared JSON (which a page can only send after a preflight the emulator never grants);
 * - off loopback (`--host 0.0.0.0`), every admin request needs the admin token
 *   (`Authorization: Bearer <token>`), which the emulator prints when it starts.
 */
export function adminRefusal(req: IncomingMessage, raw: string, adminToken: string | undefined): Outcome | undefined {
  const site = req.headers['sec-fetch-site'];
  if (req.headers.origin !== undefined || (site !== undefined && site !== 'none')) {
    return refused(403, 'the admin API refuses requests from web pages (Origin or Sec-Fetch-Site present)');
  }
  if (adminToken !== undefined) {
    const auth = req.headers.authorization ?? '';
    const given = /^Bearer (.+)$/.exec(auth)?.[1] ?? '';
    if (!sameSecret(given, adminToken)) {
      return refused(401, 'the admin API needs the admin token the emulator printed: Authorization: Bearer <token>');
    }
  }
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (raw !== '' && type !== 'application/json')
    return refused(415, 'an admin request body must be sent as Content-Type: application/json');
  return undefined;
}
