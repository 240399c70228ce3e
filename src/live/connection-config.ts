import { UserError } from '../core/problem.js';

export interface ConnectionConfig {
  serverUrl: string;
  clientId: string;
  clientSecret: string;
  jwt: string;
}

/** Each setting with its documented name first (it wins) and the RingCentral samples' spelling. */
const VARIABLES: [keyof ConnectionConfig, string, string][] = [
  ['serverUrl', 'RINGCENTRAL_SERVER_URL', 'RC_SERVER_URL'],
  ['clientId', 'RINGCENTRAL_CLIENT_ID', 'RC_CLIENT_ID'],
  ['clientSecret', 'RINGCENTRAL_CLIENT_SECRET', 'RC_CLIENT_SECRET'],
  ['jwt', 'RINGCENTRAL_JWT', 'RC_JWT'],
];

/**
 * Reads the connection settings from the environment. All missing variables are reported in one
 * message so a user fixes their CI secrets in one go. Values are never echoed: they are secrets.
 */
export function readConnectionConfig(env: Record<string, string | undefined>): ConnectionConfig {
  const config: Partial<ConnectionConfig> = {};
  const missing: string[] = [];
  for (const [key, name, alias] of VARIABLES) {
    const value = nonBlank(env[name]) ?? nonBlank(env[alias]);
    if (value === undefined) missing.push(`${name} (or ${alias})`);
    else config[key] = value;
  }
  if (missing.length > 0) {
    throw new UserError(`missing RingCentral connection settings: set ${missing.join(', ')}`);
  }
  return { ...(config as ConnectionConfig), serverUrl: normalizeServerUrl(config.serverUrl!) };
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The SDK concatenates `server + path`, so a trailing slash would produce `//restapi/...`. */
function normalizeServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`RINGCENTRAL_SERVER_URL is not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(`RINGCENTRAL_SERVER_URL must be an http(s) URL, got ${url.protocol}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    // Credentials in the URL would be printed with it; a query would break the SDK's path joining.
    throw new UserError('RINGCENTRAL_SERVER_URL must be a plain base URL such as https://platform.ringcentral.com');
  }
  return raw.replace(/\/+$/, '');
}
