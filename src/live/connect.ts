import { SDK } from '@ringcentral/sdk';
import { UserError } from '../core/problem.js';
import type { ApiClient, ClientEvent, ClientStats } from './api-client.js';
import type { ConnectionConfig } from './connection-config.js';
import { createPacedFetch, DEFAULT_TIMEOUT_MS } from './paced-fetch.js';
import { RateLimitScheduler } from './rate-limit-scheduler.js';
import { basicCredentialForms, createRedactor, type Redactor } from './redact.js';
import type { CachedAuth, TokenCache } from './token-cache.js';
import type { BudgetStore } from './rate-limit-budget.js';
import { DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_MS } from './retry-policy.js';
import { readErrorBody } from './to-api-error.js';
import { createSdkApiClient, type Platform } from './sdk-api-client.js';
import { withRetries, type RetryOptions } from './with-retries.js';

export interface ConnectOptions {
  /** Per HTTP request, from send to the last body byte. Default 30 000. */
  timeoutMs?: number;
  /** Retries of a failed request (5xx, timeout, connection error); 429s have their own budget. Default 4. */
  maxRetries?: number;
  /** First backoff step; doubles per retry, with jitter. Default 500. Tests shrink it. */
  retryBaseMs?: number;
  /** Requests in flight at once, over all groups. Default 50 (DEFAULT_CONCURRENCY). */
  concurrency?: number;
  onEvent?: (event: ClientEvent) => void;
  /** One line per HTTP request (RINGFORM_DEBUG=1), e.g. `GET /restapi/... -> 200 (123 ms, medium 12/40)`. */
  debug?: (line: string) => void;
  /**
   * Where the session is kept between commands: a valid cached token is used instead of a login,
   * and `close()` stores the (possibly refreshed) token there instead of revoking it. Without
   * one, every connection logs in and `close()` logs out.
   */
  tokenCache?: TokenCache;
  /** Log in with the JWT even when the cache holds a valid token (`doctor` proves the credentials). */
  freshLogin?: boolean;
  /**
   * Where the rate-limit windows are left for the next command: loaded before the first
   * request (the login included), saved by `close()`.
   */
  budgetStore?: BudgetStore;
}

const TOKEN_PATH = '/restapi/oauth/token';

/** Each connection gets its own token cache: the SDK's in-memory storage is shared per process. */
let connections = 0;

/**
 * Logs in with the JWT and returns the client the rest of ringform uses. Throws UserError when
 * the credentials are rejected or the server cannot be reached; secrets never appear in it.
 */
export async function connect(config: ConnectionConfig, options: ConnectOptions = {}): Promise<ApiClient> {
  const redactor = createRedactor([config.clientSecret, config.jwt, ...basicCredentialForms(config.clientId, config.clientSecret)]);
  const stats: ClientStats = { requests: 0, byGroup: {}, retries: 0, rateLimited: 0, waitedMs: 0 };
  const scheduler = new RateLimitScheduler({ concurrency: options.concurrency, onEvent: options.onEvent });
  const budgets = options.budgetStore;
  if (budgets) scheduler.restoreBudget(await budgets.load());
  const platform = createPlatform(config, scheduler, stats, redactor, options);
  const retry: RetryOptions = {
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    retryBaseMs: options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS,
    stats,
    onEvent: options.onEvent,
  };
  const cache = options.tokenCache;
  const rememberTokens = async () => {
    const data = await platform.auth().data();
    redactor.add(data.access_token, data.refresh_token);
  };
  const keep = async () => {
    if (!cache) return;
    try {
      await cache.save((await platform.auth().data()) as CachedAuth);
    } catch {
      // A cache that cannot be written costs the next command a login, nothing more.
    }
  };
  platform.on(platform.events.refreshSuccess, () => void rememberTokens().then(keep));
  const logIn = async () => {
    await login(platform, config, { ...retry, idempotent: true }, redactor);
    await rememberTokens();
    await keep();
  };
  const restored = !options.freshLogin && cache ? await restore(platform, cache) : false;
  if (restored) await rememberTokens();
  else await logIn();
  return createSdkApiClient({
    server: config.serverUrl,
    platform,
    retry,
    scheduler,
    redact: redactor.redact,
    rememberTokens,
    // A cached session the server no longer honours (revoked, expired early): log in once, go on.
    relogin: restored ? logIn : undefined,
    keep: cache ? keep : undefined,
    saveBudget: budgets
      ? async () => {
          try {
            await budgets.save(scheduler.budget());
          } catch {
            // Not written: the next command probes each window with one request, as without it.
          }
        }
      : undefined,
  });
}

/** Usable for at least this long, or the cached session is not worth restoring. */
const MIN_LIFETIME_MS = 60_000;

/** Puts a cached session into the SDK when its access token, or else its refresh token, is still valid. */
async function restore(platform: Platform, cache: TokenCache): Promise<boolean> {
  const auth = await cache.load();
  if (!auth || typeof auth.access_token !== 'string' || typeof auth.refresh_token !== 'string') return false;
  const now = Date.now();
  const usable = (t: unknown) => typeof t === 'number' && t - MIN_LIFETIME_MS > now;
  if (!usable(auth.expire_time) && !usable(auth.refresh_token_expire_time)) return false;
  await platform.auth().setData(auth);
  return true;
}

/**
 * The SDK over our paced fetch. Node's own fetch classes, so our paced fetch (and its
 * AbortSignal timeout) is used, not the node-fetch the SDK bundles.
 */
function createPlatform(
  config: ConnectionConfig,
  scheduler: RateLimitScheduler,
  stats: ClientStats,
  redactor: Redactor,
  options: ConnectOptions,
): Platform {
  const fetch = createPacedFetch({
    scheduler,
    stats,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    onEvent: options.onEvent,
    debug: options.debug,
    redact: redactor.redact,
  });
  const sdk = new SDK({
    server: config.serverUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    fetch,
    Request,
    Response,
    Headers,
    cachePrefix: `ringform-${++connections}-`,
  });
  return sdk.platform();
}

/**
 * `ringform logout`: revokes the cached session (RFC 7009 revoke of its token, which ends the
 * session) and removes the cache file. Says what it did; never throws for a server that cannot
 * be reached: the file is removed all the same, and the token expires by itself.
 */
export async function revokeCachedSession(
  config: ConnectionConfig,
  cache: TokenCache,
  options: ConnectOptions = {},
): Promise<{ found: boolean; revoked: boolean }> {
  const auth = await cache.load();
  const removed = await cache.remove();
  if (!auth) return { found: removed, revoked: false };
  const redactor = createRedactor([config.clientSecret, config.jwt]);
  const stats: ClientStats = { requests: 0, byGroup: {}, retries: 0, rateLimited: 0, waitedMs: 0 };
  const platform = createPlatform(config, new RateLimitScheduler({}), stats, redactor, options);
  await platform.auth().setData(auth);
  try {
    await platform.logout();
    return { found: true, revoked: true };
  } catch {
    return { found: true, revoked: false };
  }
}

async function login(platform: Platform, config: ConnectionConfig, retry: RetryOptions, redactor: Redactor) {
  await withRetries(
    'POST',
    TOKEN_PATH,
    retry,
    () => platform.login({ jwt: config.jwt }),
    async (failure) => {
      if (failure.status === undefined) {
        return new UserError(redactor.redact(`cannot reach RingCentral at ${config.serverUrl}: ${failure.detail}`));
      }
      const body = await readErrorBody(failure.response);
      const reason = (failure.response ? undefined : failure.detail) ?? body.message ?? body.errorCode ?? `HTTP ${failure.status}`;
      const prefix =
        failure.status === 400 || failure.status === 401 || failure.status === 403
          ? 'RingCentral rejected the credentials'
          : `RingCentral login failed (HTTP ${failure.status})`;
      return new UserError(redactor.redact(`${prefix}: ${reason}`));
    },
  );
}
