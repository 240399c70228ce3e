import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/live/api-client.js';
import { connectTo } from './helpers/connect-to.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const RULES = '/restapi/v2/accounts/~/extensions/1/comm-handling/voice/interaction-rules';
const RULE = `${RULES}/r1`;
const unavailable = { status: 503, body: { errors: [{ errorCode: 'CMN-211', message: 'Service temporarily unavailable' }] } };

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('retries of idempotent methods', () => {
  it('retries a 503 with backoff until it succeeds', async () => {
    server.on('GET', RULES, [unavailable, unavailable, { body: { records: [] } }]);
    const { client, events } = await connectTo(server);
    expect(await client.get(RULES)).toEqual({ records: [] });
    expect(server.calls('GET', RULES)).toHaveLength(3);
    expect(client.stats().retries).toBe(2);
    expect(events.filter((e) => e.type === 'retry')).toMatchObject([
      { method: 'GET', path: RULES, reason: 'server-error', status: 503, attempt: 1 },
      { method: 'GET', path: RULES, reason: 'server-error', status: 503, attempt: 2 },
    ]);
  });

  it('gives up after maxRetries with the last error', async () => {
    server.on('PATCH', RULE, unavailable);
    const { client } = await connectTo(server, { maxRetries: 2 });
    const error = await client.send('PATCH', RULE, { enabled: false }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/^PATCH \S+ failed: 503 CMN-211 Service temporarily unavailable \(outcome unknown/);
    expect(server.calls('PATCH', RULE)).toHaveLength(3);
  });

  it('retries when the server drops the connection', async () => {
    server.on('DELETE', RULE, [{ destroy: true }, { status: 204 }]);
    const { client, events } = await connectTo(server);
    expect(await client.send('DELETE', RULE)).toEqual({ status: 204 });
    expect(server.calls('DELETE', RULE)).toHaveLength(2);
    expect(events.find((e) => e.type === 'retry')).toMatchObject({ reason: 'connection', attempt: 1 });
  });

  it('times a slow response out and retries it', async () => {
    server.on('GET', RULE, [{ delayMs: 1000, body: { id: 'late' } }, { body: { id: 'r1' } }]);
    const { client, events } = await connectTo(server, { timeoutMs: 150 });
    expect(await client.get(RULE)).toEqual({ id: 'r1' });
    expect(server.calls('GET', RULE)).toHaveLength(2);
    expect(events.find((e) => e.type === 'retry')).toMatchObject({ reason: 'timeout' });
  });

  it('does not retry a definite answer such as 404', async () => {
    server.on('GET', RULE, { status: 404, body: { errors: [{ errorCode: 'CMN-102', message: 'Resource not found' }] } });
    const { client } = await connectTo(server);
    await expect(client.get(RULE)).rejects.toMatchObject({ status: 404, errorCode: 'CMN-102' });
    expect(server.calls('GET', RULE)).toHaveLength(1);
  });
});

describe('POST is never repeated blindly', () => {
  const create = { displayName: 'VIP', enabled: true, conditions: [], dispatching: {} };

  it.each([
    ['a 500', { status: 500, body: { errors: [{ errorCode: 'CMN-201', message: 'Service error' }] } }],
    ['a reset connection', { destroy: true }],
    ['a timeout', { delayMs: 1000 }],
  ])('marks the outcome unknown after %s', async (_, script) => {
    server.on('POST', RULES, script);
    const { client, events } = await connectTo(server, { timeoutMs: 150 });
    const error = await client.send('POST', RULES, create).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ method: 'POST', path: RULES, outcomeUnknown: true });
    expect(server.calls('POST', RULES)).toHaveLength(1);
    expect(events.some((e) => e.type === 'retry')).toBe(false);
  });

  it('reports a rejected POST as a known outcome', async () => {
    server.on('POST', RULES, { status: 400, body: { errors: [{ errorCode: 'CMN-101', message: 'bad' }] } });
    const { client } = await connectTo(server);
    await expect(client.send('POST', RULES, create)).rejects.toMatchObject({ status: 400, outcomeUnknown: false });
  });

  it('gives up at once, clearly, on a 429 asking for more than 60 s (issue 22 item 10: Retry-After 100000 waited 27.8 h)', async () => {
    server.on('GET', RULES, {
      status: 429,
      headers: { 'Retry-After': '100000' },
      body: { errorCode: 'CMN-301', message: 'Request rate exceeded' },
    });
    const { client } = await connectTo(server);
    const error = await client.get<never>(RULES).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, outcomeUnknown: false });
    expect(error.message).toBe(
      `GET ${RULES} failed: 429 RingCentral's rate limit asks to wait 27.8 h (Retry-After: 100000); ringform waits at most 60 s, so it stopped. Try again later`,
    );
    expect(server.calls('GET', RULES)).toHaveLength(1);
  });

  it('retries a POST answered 429, which RingCentral did not perform', async () => {
    server.on('POST', RULES, [
      { status: 429, headers: { 'Retry-After': '0.05' } },
      { status: 201, body: { id: 'r9' } },
    ]);
    const { client } = await connectTo(server);
    expect(await client.send('POST', RULES, create)).toEqual({ status: 201, json: { id: 'r9' } });
    expect(server.calls('POST', RULES)).toHaveLength(2);
    expect(client.stats()).toMatchObject({ rateLimited: 1, retries: 1 });
  });
});
