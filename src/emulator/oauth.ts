import type { IncomingHttpHeaders } from 'node:http';
import { ApiError } from './api-error.js';
import type { TokenStore } from './token-store.js';

/**
 * The OAuth endpoints: `POST /restapi/oauth/token` (JWT bearer and refresh_token grants) and
 * `POST /restapi/oauth/revoke`, form-urlencoded, with HTTP Basic client authentication as the
 * SDK sends it. Errors carry the RFC 6749 `error` next to RingCentral's `errors[]`.
 */

export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  jwt: string;
  /** Extension id the JWT belongs to. */
  ownerId: string;
  /** The app's permissions, space-separated, as tokens state them. */
  scope: string;
}

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const DEFAULT_ACCESS_TTL = 3600;
const DEFAULT_REFRESH_TTL = 604_800;

function oauthError(status: number, error: string, errorCode: string, message: string, parameterName?: string): ApiError {
  const item = parameterName ? { errorCode, message, parameterName } : { errorCode, message };
  return new ApiError(status, [item], { error, error_description: message });
}

export function parseForm(contentType: string | undefined, raw: string): URLSearchParams {
  if (raw !== '' && !(contentType ?? '').toLowerCase().includes('application/x-www-form-urlencoded')) {
    throw oauthError(415, 'invalid_request', 'OAU-101', 'Unsupported Media Type: send application/x-www-form-urlencoded');
  }
  return new URLSearchParams(raw);
}

/** The client id the request claims (Basic auth or `client_id`), for rate limiting before it is checked. */
export function claimedClientId(headers: IncomingHttpHeaders, form: URLSearchParams): string {
  return basicCredentials(headers)?.id ?? form.get('client_id') ?? '';
}

function basicCredentials(headers: IncomingHttpHeaders): { id: string; secret: string } | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** Confidential apps authenticate with Basic; an app without a secret may send `client_id` alone. */
export function authenticateClient(app: OAuthApp, headers: IncomingHttpHeaders, form: URLSearchParams): void {
  const basic = basicCredentials(headers);
  const valid = basic
    ? basic.id === app.clientId && basic.secret === app.clientSecret
    : app.clientSecret === '' && form.get('client_id') === app.clientId;
  if (!valid) throw oauthError(400, 'invalid_client', 'OAU-153', 'Invalid client', 'client_id');
}

/** Who the grant is for, when it can be told without checking it (rate limits count per user). */
export function grantOwner(app: OAuthApp, tokens: TokenStore, form: URLSearchParams): string | undefined {
  if (form.get('grant_type') === JWT_GRANT && form.get('assertion') === app.jwt) return app.ownerId;
  const refresh = form.get('refresh_token');
  return refresh ? tokens.peekRefreshOwner(refresh) : undefined;
}

/** TTLs outside the spec's ranges (the SDK sends -1 when it replays after a 401) fall back to the defaults. */
function ttl(form: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const v = Number(form.get(name));
  return Number.isInteger(v) && v >= min && v <= max ? v : fallback;
}

export function issueToken(app: OAuthApp, tokens: TokenStore, form: URLSearchParams, now: number) {
  const ttls = {
    access: ttl(form, 'access_token_ttl', 600, 3600, DEFAULT_ACCESS_TTL),
    refresh: ttl(form, 'refresh_token_ttl', 1, 2_592_000, DEFAULT_REFRESH_TTL),
  };
  const endpointId = form.get('endpoint_id') ?? undefined;
  const grant = form.get('grant_type');
  if (grant === JWT_GRANT) {
    const assertion = form.get('assertion');
    if (!assertion) throw oauthError(400, 'invalid_request', 'OAU-101', 'Parameter [assertion] is invalid', 'assertion');
    if (assertion !== app.jwt) throw oauthError(400, 'invalid_grant', 'OAU-140', 'Invalid resource owner credentials', 'assertion');
    return tokens.issue({ ownerId: app.ownerId, clientId: app.clientId, scope: app.scope }, ttls, now, endpointId);
  }
  if (grant === 'refresh_token') {
    const refresh = form.get('refresh_token');
    if (!refresh) throw oauthError(400, 'invalid_request', 'OAU-101', 'Parameter [refresh_token] is invalid', 'refresh_token');
    const session = tokens.takeRefresh(refresh, app.clientId, now);
    if (!session) throw oauthError(400, 'invalid_grant', 'OAU-213', 'Token not found', 'refresh_token');
    return tokens.issue(session, ttls, now, endpointId, session);
  }
  throw oauthError(400, 'unsupported_grant_type', 'OAU-101', 'Parameter [grant_type] is invalid', 'grant_type');
}

/** Revoke takes the token from the body or the query; unknown tokens are accepted (RFC 7009). */
export function revokeToken(tokens: TokenStore, form: URLSearchParams, query: URLSearchParams): void {
  const token = form.get('token') ?? query.get('token');
  if (!token) throw oauthError(400, 'invalid_request', 'OAU-101', 'Parameter [token] is invalid', 'token');
  tokens.revoke(token);
}

/** The bearer token of an API call, or the 401 RingCentral answers without one. */
export function authenticateBearer(
  tokens: TokenStore,
  authorization: string | undefined,
  now: number,
): { ownerId: string; clientId: string; scope: string } {
  if (!authorization) throw new ApiError(401, [{ errorCode: 'AGW-401', message: 'Authorization header is not specified' }]);
  const m = /^Bearer\s+(\S+)$/i.exec(authorization);
  const check = m ? tokens.checkAccess(m[1], now) : ({ ok: false, reason: 'unknown' } as const);
  if (!check.ok) {
    const message = check.reason === 'expired' ? 'Access token expired' : 'Token not found';
    throw new ApiError(401, [{ errorCode: 'OAU-213', message }], {}, { 'WWW-Authenticate': 'Bearer' });
  }
  return { ownerId: check.ownerId, clientId: check.clientId, scope: check.scope };
}
