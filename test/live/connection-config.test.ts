import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/problem.js';
import { readConnectionConfig } from '../../src/live/connection-config.js';

const full = {
  RINGCENTRAL_SERVER_URL: 'https://platform.ringcentral.com',
  RINGCENTRAL_CLIENT_ID: 'client-id',
  RINGCENTRAL_CLIENT_SECRET: 'client-secret-value',
  RINGCENTRAL_JWT: 'eyJ.jwt.value',
};

describe('readConnectionConfig', () => {
  it('reads the RINGCENTRAL_* variables', () => {
    expect(readConnectionConfig(full)).toEqual({
      serverUrl: 'https://platform.ringcentral.com',
      clientId: 'client-id',
      clientSecret: 'client-secret-value',
      jwt: 'eyJ.jwt.value',
    });
  });

  it('accepts the RC_* spellings, and RINGCENTRAL_* wins when both are set', () => {
    const config = readConnectionConfig({
      RC_SERVER_URL: 'http://127.0.0.1:4010',
      RC_CLIENT_ID: 'rc-id',
      RC_CLIENT_SECRET: 'rc-secret',
      RC_JWT: 'rc-jwt',
      RINGCENTRAL_CLIENT_ID: 'winner',
    });
    expect(config).toEqual({ serverUrl: 'http://127.0.0.1:4010', clientId: 'winner', clientSecret: 'rc-secret', jwt: 'rc-jwt' });
  });

  it('names every missing variable, both spellings, in one message', () => {
    let error: unknown;
    try {
      readConnectionConfig({ RINGCENTRAL_SERVER_URL: 'https://x.example', RINGCENTRAL_CLIENT_SECRET: '  ' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    for (const name of [
      'RINGCENTRAL_CLIENT_ID',
      'RC_CLIENT_ID',
      'RINGCENTRAL_CLIENT_SECRET',
      'RC_CLIENT_SECRET',
      'RINGCENTRAL_JWT',
      'RC_JWT',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('SERVER_URL');
  });

  it('strips trailing slashes from the server URL, which would make the SDK build //restapi', () => {
    expect(readConnectionConfig({ ...full, RINGCENTRAL_SERVER_URL: 'http://127.0.0.1:4010//' }).serverUrl).toBe('http://127.0.0.1:4010');
  });

  it('rejects a server URL that is not an http(s) base URL', () => {
    expect(() => readConnectionConfig({ ...full, RINGCENTRAL_SERVER_URL: 'platform.ringcentral.com' })).toThrow(UserError);
    expect(() => readConnectionConfig({ ...full, RINGCENTRAL_SERVER_URL: 'ftp://x.example' })).toThrow(/http/);
    expect(() => readConnectionConfig({ ...full, RINGCENTRAL_SERVER_URL: 'https://u:p@x.example' })).toThrow(/plain base URL/);
  });
});
