import { ApiError } from './api-client.js';
import type { Failure } from './retry-policy.js';

export interface ErrorBody {
  errorCode?: string;
  message?: string;
}

/**
 * Reads RingCentral's error body. The SDK only looks at a top-level `message`, so a
 * spec-conformant `{errors:[{errorCode, message}]}` would otherwise read "400 Bad Request".
 * OAuth errors carry `error`/`error_description` next to (or instead of) `errors[]`.
 */
export async function readErrorBody(response: Response | undefined): Promise<ErrorBody> {
  if (!response) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(await response.clone().text());
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object') return {};
  // Any JSON may come back: every field is read as unknown and kept only when it is text.
  type Body = {
    errors?: unknown;
    errorCode?: unknown;
    error?: unknown;
    error_description?: unknown;
    message?: unknown;
    description?: unknown;
  };
  const json = parsed as Body;
  const first = Array.isArray(json.errors) ? (json.errors[0] as { errorCode?: unknown; message?: unknown } | undefined) : undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return {
    errorCode: text(first?.errorCode) ?? text(json.errorCode) ?? text(json.error),
    message: text(first?.message) ?? text(json.error_description) ?? text(json.message) ?? text(json.description),
  };
}

/** Builds the ApiError for a failed call; every text is passed through `redact` first. */
export async function toApiError(failure: Failure, method: string, path: string, redact: (text: string) => string): Promise<ApiError> {
  const body = await readErrorBody(failure.response);
  const statusText = failure.response?.statusText;
  const apiMessage = body.message ?? (failure.response ? statusText || 'request failed' : failure.detail);
  return new ApiError({
    method,
    path: redact(path),
    status: failure.status,
    errorCode: body.errorCode ? redact(body.errorCode) : undefined,
    apiMessage: redact(apiMessage),
    // A write that failed after it may have reached the server (POST at once, others once their
    // retries ran out) may or may not have taken effect: say so, the caller must read back.
    outcomeUnknown: method.toUpperCase() !== 'GET' && failure.performed === 'maybe',
  });
}
