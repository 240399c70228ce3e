import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/live/redact.js';
import { connectTo, SECRETS } from './helpers/connect-to.js';
import { startTestServer, TOKENS, type TestServer } from './helpers/test-server.js';

const SECRET_VALUES = [
  SECRETS.clientSecret,
  SECRETS.jwt,
  TOKENS.access,
  TOKENS.refresh,
  Buffer.from(`${SECRETS.clientId}:${SECRETS.clientSecret}`).toString('base64'),
];
const RULE = '/restapi/v2/accounts/~/extensions/1/comm-handling/voice/interaction-rules/r1';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('secrets', () => {
  it('never appear in errors, events or debug lines, even when the server echoes them', async () => {
    const echo = `token ${TOKENS.access} (refresh ${TOKENS.refresh}) Authorization: Basic abc123== secret ${SECRETS.clientSecret}`;
    server.on('GET', RULE, [{ status: 503 }, { status: 400, body: { errors: [{ errorCode: 'CMN-101', message: echo }] } }]);
    server.on('POST', `${RULE}/x`, { destroy: true });
    const { client, events, debug } = await connectTo(server);

    const errors = [await client.get(RULE).catch((e) => e), await client.send('POST', `${RULE}/x`, { jwt: SECRETS.jwt }).catch((e) => e)];
    await client.close();

    const printed = [...errors.map((e) => `${e.message} ${e.apiMessage} ${e.stack}`), ...debug, ...events.map((e) => JSON.stringify(e))];
    expect(errors[0].message).toContain('token [redacted] (refresh [redacted]) Authorization: [redacted] secret [redacted]');
    for (const text of printed) {
      for (const secret of SECRET_VALUES) expect(text).not.toContain(secret);
    }
  });

  it('debug lines show method, path, status, time and group usage only', async () => {
    server.on('GET', RULE, {
      body: {},
      headers: { 'X-Rate-Limit-Limit': '40', 'X-Rate-Limit-Remaining': '39', 'X-Rate-Limit-Window': '60' },
    });
    const { client, debug } = await connectTo(server);
    await client.get(RULE, { page: 1 });
    expect(debug[0]).toMatch(/^POST \/restapi\/oauth\/token -> 200 \(\d+ ms, auth 1\/5\)$/);
    expect(debug[1]).toMatch(new RegExp(`^GET ${RULE.replace(/[~/]/g, '\\$&')}\\?page=1 -> 200 \\(\\d+ ms, medium 1/40\\)$`));
  });
});

describe('a non-ASCII client secret (issue 22 item 19)', () => {
  it('is redacted when the server echoes the Basic credentials, in every encoding', async () => {
    const clientSecret = 'CS-sécret-ünïcode-91d2';
    const pair = `${SECRETS.clientId}:${clientSecret}`;
    const forms = [
      Buffer.from(pair, 'utf8').toString('base64'),
      Buffer.from(pair, 'latin1').toString('base64'),
      Buffer.from(pair.normalize('NFD'), 'utf8').toString('base64'),
      Buffer.from(pair, 'utf8').toString('base64url'),
      clientSecret.normalize('NFD'),
      encodeURIComponent(clientSecret),
    ];
    server.on('POST', '/restapi/oauth/token', (req) => {
      const sent = String(req.headers.authorization).replace(/^Basic /, '');
      return {
        status: 400,
        body: { error: 'invalid_client', error_description: `unknown client ${sent}; expected one of ${forms.join(', ')}` },
      };
    });
    const error = await connectTo(server, { clientSecret }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const text = `${(error as Error).message} ${(error as Error).stack}`;
    expect((error as Error).message).toMatch(/^RingCentral rejected the credentials: unknown client \[redacted\]; expected one of/);
    for (const form of forms) expect(text).not.toContain(form);
  });
});

describe('redactSecrets', () => {
  it('removes secrets, their URL-encoded form and authorization values', () => {
    const text = 'a=s3cr%2Bt b=s3cr+t {"Authorization":"Bearer xyz"} bearer abc.def';
    expect(redactSecrets(text, ['s3cr+t', ''])).toBe('a=[redacted] b=[redacted] {"Authorization":"[redacted]"} bearer [redacted]');
  });

  it('removes a longer secret whole when it contains a shorter one', () => {
    expect(redactSecrets('key=abcd-efgh', ['abcd', 'abcd-efgh'])).toBe('key=[redacted]');
  });
});
