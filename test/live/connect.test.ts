import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/problem.js';
import { ApiError } from '../../src/live/api-client.js';
import { connectTo, SECRETS } from './helpers/connect-to.js';
import { startTestServer, TestServer, TOKENS } from './helpers/test-server.js';

const V2 = '/restapi/v2/accounts/~/extensions/63701631004/comm-handling';
const STATE_RULE = `${V2}/voice/state-rules/work-hours`;

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('connect: login', () => {
  it('logs in with the JWT over Basic client auth', async () => {
    const { client } = await connectTo(server);
    const [token] = server.calls('POST', '/restapi/oauth/token');
    expect(new URLSearchParams(token.body).get('assertion')).toBe(SECRETS.jwt);
    expect(token.headers.authorization).toBe(`Basic ${Buffer.from(`${SECRETS.clientId}:${SECRETS.clientSecret}`).toString('base64')}`);
    expect(client.stats()).toMatchObject({ requests: 1, byGroup: { Auth: 1 } });
  });

  it('reports rejected credentials with the OAuth description and no secret', async () => {
    server.on('POST', '/restapi/oauth/token', {
      status: 400,
      // A server that quotes what it got back at us must not leak it through our message.
      body: { error: 'invalid_grant', error_description: `Invalid assertion ${SECRETS.jwt}`, errors: [] },
    });
    const error = await connectTo(server).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe('RingCentral rejected the credentials: Invalid assertion [redacted]');
    expect(server.calls('POST', '/restapi/oauth/token')).toHaveLength(1);
  });

  it('says when the server cannot be reached', async () => {
    const url = server.url;
    await server.close();
    const error = await connectTo(Object.assign(new TestServer(), { url }), { maxRetries: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^cannot reach RingCentral at http:\/\/127\.0\.0\.1:\d+: connection error: ECONNREFUSED$/);
    server = await startTestServer();
  });
});

describe('connect: calls', () => {
  it('GETs with an exploded query and the bearer token', async () => {
    server.on('GET', '/restapi/v1.0/account/~/extension', { body: { records: [{ id: 1 }] } });
    const { client } = await connectTo(server);
    const body = await client.get('/restapi/v1.0/account/~/extension', { type: ['User', 'Site'], perPage: 100, enabledOnly: true });
    expect(body).toEqual({ records: [{ id: 1 }] });
    const [call] = server.calls('GET', '/restapi/v1.0/account/~/extension');
    expect(call.query.getAll('type')).toEqual(['User', 'Site']);
    expect(call.query.get('enabledOnly')).toBe('true');
    expect(call.headers.authorization).toBe(`bearer ${TOKENS.access}`);
  });

  it('PATCHes a JSON body and returns status and json; a 204 has no json', async () => {
    server.on('PATCH', STATE_RULE, { body: { id: 'work-hours' } });
    server.on('DELETE', `${V2}/voice/interaction-rules/r1`, { status: 204 });
    const { client } = await connectTo(server);
    const patched = await client.send('PATCH', STATE_RULE, { dispatching: { type: 'RingInOrder', actions: [] } });
    expect(patched).toEqual({ status: 200, json: { id: 'work-hours' } });
    expect(JSON.parse(server.calls('PATCH', STATE_RULE)[0].body)).toEqual({ dispatching: { type: 'RingInOrder', actions: [] } });
    expect(await client.send('DELETE', `${V2}/voice/interaction-rules/r1`)).toEqual({ status: 204 });
  });

  it('reads errorCode and message from errors[0], which the SDK ignores', async () => {
    server.on('PATCH', STATE_RULE, {
      status: 400,
      body: { errors: [{ errorCode: 'CMN-101', message: 'Parameter [dispatching] value is invalid', parameterName: 'dispatching' }] },
    });
    const { client } = await connectTo(server);
    const error = await client.send('PATCH', STATE_RULE, {}).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe(`PATCH ${STATE_RULE} failed: 400 CMN-101 Parameter [dispatching] value is invalid`);
    expect(error).toMatchObject({ status: 400, errorCode: 'CMN-101', method: 'PATCH', path: STATE_RULE, outcomeUnknown: false });
    expect(server.calls('PATCH', STATE_RULE)).toHaveLength(1);
  });

  it('falls back to the status text when the error body is not RingCentral-shaped', async () => {
    server.on('GET', '/restapi/v1.0/account/~/business-hours', { status: 404 });
    const { client } = await connectTo(server);
    const error = await client.get<never>('/restapi/v1.0/account/~/business-hours').catch((e) => e);
    expect(error.message).toBe('GET /restapi/v1.0/account/~/business-hours failed: 404 Not Found');
  });

  it('lets the SDK refresh once on 401, and redacts the new token too', async () => {
    const fresh = 'AT-refreshed-access-token-5c6d';
    server.on('POST', '/restapi/oauth/token', [
      {
        body: {
          access_token: TOKENS.access,
          token_type: 'bearer',
          expires_in: 3600,
          refresh_token: TOKENS.refresh,
          refresh_token_expires_in: 604800,
        },
      },
      {
        body: {
          access_token: fresh,
          token_type: 'bearer',
          expires_in: 3600,
          refresh_token: 'RT-refreshed-9a',
          refresh_token_expires_in: 604800,
        },
      },
    ]);
    server.on('GET', STATE_RULE, [
      { status: 401, body: { errors: [{ errorCode: 'TokenInvalid', message: 'Access token corrupted' }] } },
      { status: 400, body: { errors: [{ errorCode: 'CMN-101', message: `bad token ${fresh}` }] } },
    ]);
    const { client } = await connectTo(server);
    const error = await client.get<never>(STATE_RULE).catch((e) => e);
    expect(server.calls('GET', STATE_RULE).map((c) => c.headers.authorization)).toEqual([`bearer ${TOKENS.access}`, `bearer ${fresh}`]);
    expect(new URLSearchParams(server.calls('POST', '/restapi/oauth/token')[1].body).get('grant_type')).toBe('refresh_token');
    expect(error.message).toBe(`GET ${STATE_RULE} failed: 400 CMN-101 bad token [redacted]`);
    expect(client.stats().byGroup).toEqual({ Auth: 2, Medium: 2 });
  });

  it('close() revokes the token once and never throws', async () => {
    server.on('POST', '/restapi/oauth/revoke', { status: 500 });
    const { client } = await connectTo(server);
    await expect(client.close()).resolves.toBeUndefined();
    await expect(client.close()).resolves.toBeUndefined();
    const revokes = server.calls('POST', '/restapi/oauth/revoke');
    expect(revokes).toHaveLength(1);
    expect(new URLSearchParams(revokes[0].body).get('token')).toBe(TOKENS.access);
  });
});
