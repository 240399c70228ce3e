import type { Outcome } from './http-io.js';
import { isObject } from './json-value.js';
import type { Runtime } from './runtime.js';
import { snapshotState } from './snapshot-state.js';
import type { FaultSpec } from './start-emulator.js';

/**
 * The admin API under `/__emulator/`, for tests that drive a spawned emulator: faults, the
 * request log, the account state and reset. No authentication, no rate limits, never logged.
 */
export function handleAdmin(rt: Runtime, method: string, path: string, raw: string): Outcome {
  const key = `${method} ${path.replace(/\/+$/, '')}`;
  switch (key) {
    case 'GET /__emulator/info':
      return {
        status: 200,
        body: {
          url: rt.baseUrl,
          accountId: rt.model.accountId,
          credentials: { clientId: rt.app.clientId, clientSecret: rt.app.clientSecret, jwt: rt.app.jwt },
        },
      };
    case 'GET /__emulator/log':
      return { status: 200, body: rt.log };
    case 'DELETE /__emulator/log':
      rt.log.length = 0;
      return { status: 204 };
    case 'GET /__emulator/faults':
      return { status: 200, body: rt.faults.list() };
    case 'POST /__emulator/faults':
      return addFault(rt, raw);
    case 'DELETE /__emulator/faults':
      rt.faults.clear();
      return { status: 204 };
    case 'GET /__emulator/state':
      return { status: 200, body: snapshotState(rt.model) };
    case 'POST /__emulator/reset':
      rt.reset();
      return { status: 204 };
    default:
      return { status: 404, body: { error: `no admin endpoint ${method} ${path}` } };
  }
}

function addFault(rt: Runtime, raw: string): Outcome {
  let spec: unknown;
  try {
    spec = JSON.parse(raw);
  } catch {
    return {
      status: 400,
      body: { error: 'the body must be a JSON fault: {method?, path?, type, status?, count?, delayMs?}' },
    };
  }
  if (!isObject(spec)) return { status: 400, body: { error: 'the body must be a JSON object' } };
  try {
    rt.faults.add(spec as unknown as FaultSpec);
  } catch (e) {
    return { status: 400, body: { error: (e as Error).message } };
  }
  return { status: 201, body: spec };
}
