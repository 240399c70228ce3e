import { connect, type ConnectOptions } from '../../../src/live/connect.js';
import type { ApiClient, ClientEvent } from '../../../src/live/api-client.js';
import type { TestServer } from './test-server.js';

export const SECRETS = {
  clientId: 'test-client-id',
  clientSecret: 'CS-test-client-secret-91d2',
  jwt: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLXRlc3Q',
};

export interface Connected {
  client: ApiClient;
  events: ClientEvent[];
  debug: string[];
}

/** Connects to the test server with fast retries; events and debug lines are collected. */
export async function connectTo(server: TestServer, options: ConnectOptions & { clientSecret?: string } = {}): Promise<Connected> {
  const events: ClientEvent[] = [];
  const debug: string[] = [];
  const { clientSecret, ...rest } = options;
  const client = await connect(
    { serverUrl: server.url, ...SECRETS, ...(clientSecret ? { clientSecret } : {}) },
    { retryBaseMs: 10, onEvent: (e) => events.push(e), debug: (line) => debug.push(line), ...rest },
  );
  return { client, events, debug };
}
