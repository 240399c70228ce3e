/**
 * The contract the rest of ringform uses to talk to RingCentral. Only `live/` knows that the
 * SDK exists; everything else sees this interface, so tests and other stages never depend on
 * the SDK's error shapes or retry quirks.
 */

export type QueryValue = string | number | boolean | (string | number)[];
export type Query = Record<string, QueryValue>;
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The usage-plan groups RingCentral counts requests in (see operations.json `throttlingGroup`). */
export type ThrottlingGroup = 'Light' | 'Medium' | 'Heavy' | 'Auth';

export interface ClientStats {
  /** HTTP requests actually sent, including login, token refresh and retries. */
  requests: number;
  byGroup: Record<string, number>;
  /** Requests repeated after a retryable failure (5xx, timeout, connection error, 429). */
  retries: number;
  /** 429 responses seen. Normal runs should see none: the scheduler paces below the limit. */
  rateLimited: number;
  /** Total time requests spent waiting for their rate-limit group (summed per request). */
  waitedMs: number;
}

export type RetryReason = 'server-error' | 'timeout' | 'connection' | 'rate-limited';

export type ClientEvent =
  | { type: 'request'; method: string; path: string; group: ThrottlingGroup }
  | {
      type: 'retry';
      method: string;
      path: string;
      reason: RetryReason;
      status?: number;
      attempt: number;
      delayMs: number;
    }
  /** Requests of `group` are held back `ms`; `limit` per `windowMs` is the group's budget as last learned. */
  | { type: 'rate-limit-wait'; group: ThrottlingGroup; ms: number; limit: number; windowMs: number };

export interface ApiClient {
  /** The configured API server (`RINGCENTRAL_SERVER_URL`), without a trailing slash. */
  readonly server: string;
  get<T = unknown>(path: string, query?: Query): Promise<T>;
  /** POST/PUT/PATCH/DELETE. POST is never retried blindly: on an unknown outcome it throws ApiError with outcomeUnknown=true. */
  send<T = unknown>(method: WriteMethod, path: string, body?: unknown): Promise<{ status: number; json?: T }>;
  stats(): ClientStats;
  /** What the login and the answers so far said about this session (`ringform doctor`). */
  session?(): Promise<SessionInfo>;
  /** Logs out (revokes the token); never throws. */
  close(): Promise<void>;
}

/** A usage-plan group's budget as the server's last `X-Rate-Limit-*` headers gave it. */
export interface RateLimitBudget {
  limit?: number;
  remaining?: number;
  windowMs?: number;
}

export interface SessionInfo {
  /** The app's permissions as the token answer states them (TokenInfo `scope`); undefined when it did not. */
  scope?: string[];
  /** Per group, the last budget the server announced; groups not called yet are absent. */
  rateLimits: Partial<Record<ThrottlingGroup, RateLimitBudget>>;
}

export interface ApiErrorInit {
  method: string;
  path: string;
  status?: number;
  errorCode?: string;
  apiMessage: string;
  outcomeUnknown?: boolean;
}

/**
 * A failed API call. `outcomeUnknown` is set when a write may or may not have been performed
 * (timeout, reset connection, 5xx): at once for a POST, which is never repeated blindly because
 * it could create a duplicate rule, and for PUT/PATCH/DELETE once their retries ran out. The
 * caller must read the live state back before deciding what to do.
 */
export class ApiError extends Error {
  readonly status?: number;
  readonly errorCode?: string;
  readonly apiMessage: string;
  readonly method: string;
  readonly path: string;
  readonly outcomeUnknown: boolean;

  constructor(init: ApiErrorInit) {
    super(formatApiError(init));
    this.name = 'ApiError';
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.apiMessage = init.apiMessage;
    this.method = init.method;
    this.path = init.path;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
  }
}

function formatApiError(init: ApiErrorInit): string {
  const detail = [init.status, init.errorCode, init.apiMessage].filter((p) => p !== undefined && p !== '');
  const unknown = init.outcomeUnknown ? ' (outcome unknown: the change may or may not have been applied)' : '';
  return `${init.method} ${init.path} failed: ${detail.join(' ')}${unknown}`;
}
