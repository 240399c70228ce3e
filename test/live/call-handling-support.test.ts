import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/problem.js';
import { checkNewCallHandling, explainV2Failure, notOnNewCallHandlingMessage } from '../../src/live/call-handling-support.js';
import { connectTo } from './helpers/connect-to.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const FEATURES = '/restapi/v1.0/account/~/extension/63701631004/features';
const STATES = '/restapi/v2/accounts/~/extensions/63701631004/comm-handling/states';

const features = (value: string) => ({
  body: {
    records: [{ id: 'NewCallHandlingAndForwarding', available: true, params: [{ name: 'isNewBackendAvailable', value }] }],
  },
});

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('checkNewCallHandling', () => {
  it('asks for the NewCallHandlingAndForwarding feature and reads isNewBackendAvailable', async () => {
    server.on('GET', FEATURES, [features('true'), features('false')]);
    const { client } = await connectTo(server);
    expect(await checkNewCallHandling(client, '63701631004')).toBe(true);
    expect(await checkNewCallHandling(client, '63701631004')).toBe(false);
    expect(server.calls('GET', FEATURES)[0].query.get('featureId')).toBe('NewCallHandlingAndForwarding');
  });

  it('is false when the feature is not listed', async () => {
    server.on('GET', FEATURES, { body: { records: [] } });
    const { client } = await connectTo(server);
    expect(await checkNewCallHandling(client, '63701631004')).toBe(false);
  });
});

describe('explainV2Failure', () => {
  it('turns a v2 404 on an old-call-handling extension into a clear UserError', async () => {
    server.on('GET', STATES, { status: 404, body: { errors: [{ errorCode: 'CMN-102', message: 'Resource not found' }] } });
    server.on('GET', FEATURES, features('false'));
    const { client } = await connectTo(server);
    const failure = await client.get(STATES).catch((e) => e);
    const explained = await explainV2Failure(client, failure, '101', '63701631004');
    expect(explained).toBeInstanceOf(UserError);
    expect((explained as Error).message).toBe(
      "extension 101 is not on RingCentral's new call handling (v2 comm-handling API); ringform manages only accounts with new call handling",
    );
    expect(notOnNewCallHandlingMessage('101')).toBe((explained as Error).message);
  });

  it('keeps the original error when the extension is on new call handling', async () => {
    server.on('GET', STATES, { status: 404 });
    server.on('GET', FEATURES, features('true'));
    const { client } = await connectTo(server);
    const failure = await client.get(STATES).catch((e) => e);
    expect(await explainV2Failure(client, failure, '101', '63701631004')).toBe(failure);
  });
});
