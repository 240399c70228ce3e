import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { isLoopbackHost } from './admin-guard.js';
import type { AddressInfo } from 'node:net';
import { requestListener } from './request-listener.js';
import { loadSeed } from './load-seed.js';
import { DEFAULT_WINDOW_MS } from './rate-limiter.js';
import { Runtime } from './runtime.js';
import type { EmulatorSeed } from './seed-types.js';

/**
 * The programmatic face of the RingCentral call-handling emulator: start it on a port, read
 * the requests it received, inject faults, reset it, stop it. `ringform emulator` and the
 * end-to-end tests both go through here.
 */

export type { EmulatorSeed } from './seed-types.js';

export interface EmulatorOptions {
  /** 0 = a random free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** A seed object or the path of a JSON seed file; default: the built-in demo account. */
  seed?: EmulatorSeed | string;
  /** The rate-limit window (and penalty) in ms; default 60 000. */
  windowMs?: number;
  /**
   * The token admin requests must carry (`Authorization: Bearer …`). Default: none on a loopback
   * host; a random one on any other host (the admin API hands out the credentials).
   */
  adminToken?: string;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  status: number;
  /** Usage-plan group in lowercase (light, medium, heavy, auth); empty for unknown paths. */
  group: string;
  /** The parsed JSON body; omitted for OAuth calls and requests without a body. */
  body?: unknown;
  time: number;
}

export interface FaultSpec {
  method?: string;
  /** A substring of (or regular expression for) the path with its query string. */
  path?: string | RegExp;
  type: 'status' | 'reset' | 'delay' | 'lost-response' | 'rate-limit';
  /** For `status` faults: the HTTP status (default 503). */
  status?: number;
  /** How many matching requests the fault hits (default 1; negative or Infinity: until cleared). */
  count?: number;
  /** For `delay` faults: how long to hold the request before handling it. */
  delayMs?: number;
}

export interface RunningEmulator {
  url: string;
  credentials: { clientId: string; clientSecret: string; jwt: string };
  /** The admin token, when admin requests need one (see EmulatorOptions.adminToken). */
  adminToken?: string;
  log: RequestLogEntry[];
  clearLog(): void;
  addFault(f: FaultSpec): void;
  clearFaults(): void;
  reset(): void;
  stop(): Promise<void>;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const windowMs = opts.windowMs ?? DEFAULT_WINDOW_MS;
  if (!(Number.isFinite(windowMs) && windowMs > 0)) throw new Error('windowMs must be a positive number');
  const rt = new Runtime(loadSeed(opts.seed), windowMs);
  const server = createServer(requestListener(rt));
  const host = opts.host ?? '127.0.0.1';
  rt.adminToken = opts.adminToken ?? (isLoopbackHost(host) ? undefined : randomBytes(24).toString('base64url'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  rt.baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const { clientId, clientSecret, jwt } = rt.app;
  return {
    url: rt.baseUrl,
    credentials: { clientId, clientSecret, jwt },
    ...(rt.adminToken === undefined ? {} : { adminToken: rt.adminToken }),
    log: rt.log,
    clearLog: () => {
      rt.log.length = 0;
    },
    addFault: (f) => rt.faults.add(f),
    clearFaults: () => rt.faults.clear(),
    reset: () => rt.reset(),
    stop: () => stopServer(server),
  };
}

function stopServer(server: import('node:http').Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    // Keep-alive connections (the SDK's agent) would otherwise hold close() open.
    server.closeAllConnections();
  });
}
