import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ApiError } from './api-error.js';
import { checkAppPermission } from './app-permission.js';
import { handleAdmin } from './handle-admin.js';
import { MAX_BODY_BYTES, parseQuery, readBody, send, sleep, type Outcome } from './http-io.js';
import { adminRefusal } from './admin-guard.js';
import { authenticateBearer, authenticateClient, claimedClientId, grantOwner, issueToken, parseForm, revokeToken } from './oauth.js';
import { rateHeaders, type ThrottlingGroup } from './rate-limiter.js';
import { faultOutcome, rateLimited } from './fault-outcome.js';
import { REVOKE_PATH, TOKEN_PATH, matchRoute } from './routes.js';
import type { Runtime } from './runtime.js';
import type { Query } from './api-request.js';
import type { RequestLogEntry } from './start-emulator.js';

/**
 * One API request, start to finish: admin calls aside, a fault may take over; OAuth calls and
 * API calls are authenticated and rate limited, handled, logged and answered. A lost-response
 * fault lets the request take effect and then drops the connection instead of answering.
 */
export function requestListener(rt: Runtime): RequestListener {
  return (req, res) => {
    handle(rt, req, res).catch((e: Error) => {
      process.stderr.write(`ringform emulator: internal error: ${e.stack ?? e.message}\n`);
      if (!res.headersSent) send(res, { status: 500, body: { errors: [{ errorCode: 'CMN-500', message: 'Internal Server Error' }] } });
    });
  };
}

async function handle(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const body = await readBody(req);
  if (body.tooLarge) {
    const message = `Request body exceeds ${MAX_BODY_BYTES} bytes`;
    return send(res, { status: 413, body: { errors: [{ errorCode: 'CMN-413', message }] }, headers: { Connection: 'close' } });
  }
  const raw = body.text;
  // The URL parser resolves `..` and `%2e%2e` segments: a path that is not already in that
  // form could name one thing to a proxy and another here (`/restapi/%2e%2e/__emulator/info`).
  if (!isNormalPath(req.url ?? '/', url.pathname)) {
    const message = 'The request path must not contain dot segments (., .., or their percent-encoded forms)';
    return send(res, { status: 400, body: { errors: [{ errorCode: 'CMN-101', message, parameterName: 'path' }] } });
  }
  if (url.pathname.startsWith('/__emulator/')) {
    return send(res, adminRefusal(req, raw, rt.adminToken) ?? handleAdmin(rt, req.method ?? 'GET', url.pathname, raw));
  }
  const method = req.method ?? 'GET';
  const group = groupOf(method, url.pathname);
  const query = redactSecrets(parseQuery(url.searchParams));
  const entry: RequestLogEntry = {
    method,
    path: url.pathname,
    query,
    status: 0,
    group: group?.toLowerCase() ?? '',
    time: Date.now(),
  };
  const fault = rt.faults.take(method, url.pathname + url.search);
  if (fault?.type === 'delay') await sleep(fault.delayMs ?? 0);
  if (fault?.type === 'reset') {
    logEntry(rt, entry, 0);
    req.socket.destroy();
    return;
  }
  const short = fault && faultOutcome(rt, fault, group);
  const outcome = short ?? (isOAuth(url.pathname) ? oauthCall(rt, req, url, raw) : apiCall(rt, req, url, raw, entry));
  logEntry(rt, entry, outcome.status);
  if (fault?.type === 'lost-response') {
    res.socket?.destroy();
    return;
  }
  send(res, outcome);
}

function isNormalPath(requestTarget: string, pathname: string): boolean {
  const raw = requestTarget.split(/[?#]/)[0];
  return raw === pathname && !/%2e/i.test(raw);
}

function logEntry(rt: Runtime, entry: RequestLogEntry, status: number): void {
  entry.status = status;
  rt.log.push(entry);
}

const SECRET_PARAMS = ['token', 'access_token', 'refresh_token', 'assertion', 'client_secret', 'code'];

/** The log must never hold credentials (revoke accepts `?token=`). */
function redactSecrets(query: Query): Query {
  const out: Query = { ...query };
  for (const key of SECRET_PARAMS) if (key in out) out[key] = '[redacted]';
  return out;
}

function groupOf(method: string, path: string): ThrottlingGroup | undefined {
  if (isOAuth(path)) return 'Auth';
  const match = matchRoute(method, path);
  return match.kind === 'route' ? match.route.group : undefined;
}

function isOAuth(path: string): boolean {
  return path === TOKEN_PATH || path === REVOKE_PATH;
}

function errorOutcome(e: unknown, headers: Record<string, string>): Outcome {
  if (!(e instanceof ApiError)) throw e;
  return { status: e.status, body: e.body(), headers: { ...headers, ...e.headers } };
}

/** Token and revoke: form bodies (never logged), client authentication, the Auth rate-limit group. */
function oauthCall(rt: Runtime, req: IncomingMessage, url: URL, raw: string): Outcome {
  const now = Date.now();
  if (req.method !== 'POST')
    return {
      status: 405,
      body: { errors: [{ errorCode: 'CMN-405', message: 'Method not allowed' }] },
      headers: { Allow: 'POST' },
    };
  let headers: Record<string, string> = {};
  try {
    const form = parseForm(req.headers['content-type'], raw);
    const owner = url.pathname === TOKEN_PATH ? grantOwner(rt.app, rt.tokens, form) : undefined;
    const decision = rt.limiter.take(`${claimedClientId(req.headers, form)}:${owner ?? 'unknown'}`, 'Auth', now);
    headers = rateHeaders(decision);
    if (!decision.allowed) return rateLimited(headers);
    authenticateClient(rt.app, req.headers, form);
    if (url.pathname === REVOKE_PATH) {
      revokeToken(rt.tokens, form, url.searchParams);
      return { status: 200, headers };
    }
    return { status: 200, body: issueToken(rt.app, rt.tokens, form, now), headers };
  } catch (e) {
    return errorOutcome(e, headers);
  }
}

function apiCall(rt: Runtime, req: IncomingMessage, url: URL, raw: string, entry: RequestLogEntry): Outcome {
  const method = req.method ?? 'GET';
  const match = matchRoute(method, url.pathname);
  if (match.kind === 'none')
    return {
      status: 404,
      body: { errors: [{ errorCode: 'CMN-102', message: `Resource for path [${url.pathname}] is not found` }] },
    };
  if (match.kind === 'wrong-method') {
    return {
      status: 405,
      body: { errors: [{ errorCode: 'CMN-405', message: `Method ${method} is not allowed here` }] },
      headers: { Allow: match.allowed.join(', ') },
    };
  }
  const body = parseJson(raw);
  // A copy: the log must show what was sent, whatever the handler does with the body.
  if (raw !== '') entry.body = body.ok ? structuredClone(body.value) : raw;
  let headers: Record<string, string> = {};
  try {
    const now = Date.now();
    const caller = authenticateBearer(rt.tokens, req.headers.authorization, now);
    const decision = rt.limiter.take(`${caller.clientId}:${caller.ownerId}`, match.route.group, now);
    headers = rateHeaders(decision);
    if (!decision.allowed) return rateLimited(headers);
    checkAppPermission(match.route, caller.scope);
    if (!body.ok)
      throw new ApiError(400, [{ errorCode: 'CMN-101', message: 'Parameter [body] value is invalid: not JSON', parameterName: 'body' }]);
    const request = {
      model: rt.model,
      baseUrl: rt.baseUrl,
      ownerId: caller.ownerId,
      path: url.pathname,
      params: match.params,
      query: parseQuery(url.searchParams),
      body: body.value,
    };
    const result = match.route.handler(request);
    return { ...result, headers };
  } catch (e) {
    return errorOutcome(e, headers);
  }
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}
