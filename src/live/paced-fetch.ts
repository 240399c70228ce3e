import type { ClientEvent, ClientStats } from './api-client.js';
import type { RateLimitScheduler } from './rate-limit-scheduler.js';
import { throttlingGroupOf } from './throttling-group.js';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Thrown when a request got no complete response in time. The server may still have acted on it. */
export class RequestTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(readonly timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}

export interface PacedFetchOptions {
  scheduler: RateLimitScheduler;
  timeoutMs: number;
  stats: ClientStats;
  onEvent?: (event: ClientEvent) => void;
  /** Receives one line per request; never anything but method, path, status and timing. */
  debug?: (line: string) => void;
  redact: (text: string) => string;
}

/** Statuses whose Response must be built with a null body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The `fetch` handed to the SDK. Sitting below the SDK means every HTTP request it makes is
 * paced, timed out and counted, including the login, proactive token refreshes and the
 * SDK's own replay after a 401, which a wrapper around `platform.send` would never see.
 * Retry decisions are made above the SDK, where the method and error body are known.
 */
export function createPacedFetch(options: PacedFetchOptions): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const group = throttlingGroupOf(request.method, url.pathname);
    const ticket = await options.scheduler.acquire(group);
    const { stats } = options;
    stats.requests += 1;
    stats.byGroup[group] = (stats.byGroup[group] ?? 0) + 1;
    options.onEvent?.({ type: 'request', method: request.method, path: url.pathname, group });

    const started = performance.now();
    const line = (outcome: string) =>
      options.debug?.(
        options.redact(
          `${request.method} ${url.pathname}${url.search} -> ${outcome} (${Math.round(performance.now() - started)} ms, ${ticket.usage()})`,
        ),
      );
    try {
      const response = await fetchWithTimeout(request, options.timeoutMs);
      if (response.status === 429) stats.rateLimited += 1;
      ticket.finish(response);
      line(String(response.status));
      return response;
    } catch (error) {
      ticket.finish();
      line(error instanceof RequestTimeoutError ? 'timeout' : describeNetworkError(error));
      throw error;
    }
  };
}

/**
 * Fetches and reads the whole body under one deadline, so a server that stalls mid-body also
 * times out, and the SDK gets a complete, re-readable Response.
 */
async function fetchWithTimeout(request: Request, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(request, { signal: controller.signal });
    const body = await response.arrayBuffer();
    return new Response(NULL_BODY.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch (error) {
    throw timedOut ? new RequestTimeoutError(timeoutMs) : error;
  } finally {
    clearTimeout(timer);
  }
}

/** `ECONNRESET`, `ECONNREFUSED`, `UND_ERR_SOCKET`, …: the code undici hides in `cause`. */
export function networkErrorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, cause } = e as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    e = cause;
  }
  return undefined;
}

export function describeNetworkError(error: unknown): string {
  const code = networkErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message} (${code})` : message;
}
