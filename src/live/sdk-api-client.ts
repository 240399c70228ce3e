import type { SDK } from '@ringcentral/sdk';
import { ApiError, type ApiClient, type ClientStats, type Query, type SessionInfo, type WriteMethod } from './api-client.js';
import type { RateLimitScheduler } from './rate-limit-scheduler.js';
import { toApiError } from './to-api-error.js';
import { withRetries, type RetryOptions } from './with-retries.js';

export type Platform = ReturnType<SDK['platform']>;

export interface SdkApiClientDeps {
  server: string;
  platform: Platform;
  retry: RetryOptions;
  scheduler: RateLimitScheduler;
  redact: (text: string) => string;
  /** Adds the current tokens to the redactor; awaited before an error is built from a response. */
  rememberTokens: () => Promise<void>;
  /** Logs in with the JWT; given when the session came from the token cache and may be stale. */
  relogin?: () => Promise<void>;
  /** Stores the session in the token cache; given when there is one (then close() does not revoke). */
  keep?: () => Promise<void>;
  /** Leaves the rate-limit windows to the next command (rate-limit-budget.ts); called by close(). */
  saveBudget?: () => Promise<void>;
}

/**
 * The ApiClient over a logged-in SDK platform. Pacing, timeouts and counting happen in the
 * fetch below the SDK; this layer decides retries and turns SDK errors into ApiErrors.
 */
export function createSdkApiClient(deps: SdkApiClientDeps): ApiClient {
  const { platform, retry, redact } = deps;
  let closed = false;
  let refreshErrors = 0;
  platform.on(platform.events.refreshError, () => void refreshErrors++);
  /** One login for all the calls that found the cached session refused at once. */
  let relogin: Promise<void> | undefined;

  const call = async (method: string, path: string, query?: Query, body?: unknown): Promise<Response> => {
    assertRelativePath(method, path);
    const before = refreshErrors;
    try {
      return await attempt(method, path, query, body);
    } catch (error) {
      // The cached session was refused (401, or its refresh failed): nothing was performed.
      const refused = refreshErrors > before || (error instanceof ApiError && error.status === 401);
      if (!deps.relogin || !refused) throw error;
      relogin ??= deps.relogin();
      await relogin;
      return attempt(method, path, query, body);
    }
  };

  const attempt = (method: string, path: string, query?: Query, body?: unknown): Promise<Response> =>
    withRetries(
      method,
      path,
      retry,
      // A fresh options object per attempt: the SDK writes into it (url, retry flag).
      () =>
        platform.send({
          method,
          url: path,
          query,
          // Serialized here so arrays and other non-plain bodies are JSON too, not "a,b".
          body: body === undefined ? undefined : JSON.stringify(body),
          headers: { 'Content-Type': 'application/json' },
        }),
      async (failure) => {
        await deps.rememberTokens();
        return toApiError(failure, method, path, redact);
      },
    );

  return {
    server: deps.server,
    async get<T>(path: string, query?: Query): Promise<T> {
      const response = await call('GET', path, query);
      return (await readJson(response, 'GET', path)) as T;
    },
    async send<T>(method: WriteMethod, path: string, body?: unknown) {
      const response = await call(method, path, undefined, body);
      const json = (await readJson(response, method, path)) as T | undefined;
      return json === undefined ? { status: response.status } : { status: response.status, json };
    },
    stats(): ClientStats {
      return { ...retry.stats, byGroup: { ...retry.stats.byGroup }, waitedMs: Math.round(deps.scheduler.waitedMs) };
    },
    async session(): Promise<SessionInfo> {
      const scope = (await platform.auth().data()).scope;
      const rateLimits: SessionInfo['rateLimits'] = {};
      for (const [group, h] of deps.scheduler.lastHeaders)
        rateLimits[group] = { limit: h.limit, remaining: h.remaining, windowMs: h.windowMs };
      return { scope: typeof scope === 'string' && scope.trim() ? scope.trim().split(/\s+/) : undefined, rateLimits };
    },
    async close() {
      if (closed) return;
      closed = true;
      // Requests still waiting for their turn are not sent (a failed plan stops reading).
      deps.scheduler.abandonWaiting(new Error('not sent: the connection was closed'));
      try {
        // With a token cache the session is kept for the next command (`ringform logout` ends it).
        if (deps.keep) await deps.keep();
        else await platform.logout();
      } catch {
        // Revoking is a courtesy: the token expires anyway, and close() runs in finally blocks.
      } finally {
        await deps.saveBudget?.();
      }
    },
  };
}

/**
 * The SDK sends an absolute URL as it is, with the bearer token: every request must be a path
 * on the configured server (no scheme or host, no `..`, no query written into the path).
 */
function assertRelativePath(method: string, path: string): void {
  if (!/^\/[^/\\]/.test(path) || /[?#\\]|%2e|%2f/i.test(path) || path.split('/').some((s) => s === '..' || s === '.')) {
    throw new Error(`refusing to send ${method} ${path}: not a path on the configured server`);
  }
}

/** 204s and empty bodies read as undefined; a non-JSON body is a contract break worth failing on. */
async function readJson(response: Response, method: string, path: string): Promise<unknown> {
  const text = await response.text();
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON.parse's own message: it quotes the body.
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new ApiError({ method, path, status: response.status, apiMessage: `response is not JSON (${type})` });
  }
}
