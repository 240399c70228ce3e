import type { Outcome } from './http-io.js';
import { rateHeaders, type ThrottlingGroup } from './rate-limiter.js';
import type { Runtime } from './runtime.js';
import type { FaultSpec } from './start-emulator.js';

/** The answers of faults that replace the response: an error status or a 429. */

export function rateLimited(headers: Record<string, string>): Outcome {
  return { status: 429, body: { errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }] }, headers };
}

/** errorCodes of injected statuses, matching what the emulator itself answers with each status. */
function errorCodeFor(status: number): { errorCode: string; message: string } {
  if (status === 400) return { errorCode: 'CMN-101', message: 'Parameter [body] value is invalid' };
  if (status === 401) return { errorCode: 'OAU-213', message: 'Token not found' };
  if (status === 404) return { errorCode: 'CMN-102', message: 'Resource is not found' };
  if (status === 500) return { errorCode: 'CMN-500', message: 'Internal Server Error' };
  if (status >= 500) return { errorCode: 'CMN-201', message: 'Service Temporary Unavailable' };
  return { errorCode: 'CMN-101', message: 'Request failed' };
}

export function faultOutcome(rt: Runtime, fault: FaultSpec, group: ThrottlingGroup | undefined): Outcome | undefined {
  const status = fault.type === 'rate-limit' ? 429 : fault.type === 'status' ? (fault.status ?? 503) : undefined;
  if (status === undefined) return undefined;
  if (status === 429) {
    const windowMs = rt.limiter.windowMs;
    const limit = group ? rt.limiter.limitOf(group) : 0;
    const headers = group
      ? rateHeaders({ allowed: false, group, limit, remaining: 0, windowMs, retryAfterMs: windowMs })
      : { 'Retry-After': String(windowMs / 1000) };
    return rateLimited(headers);
  }
  return { status, body: { errors: [errorCodeFor(status)] } };
}
