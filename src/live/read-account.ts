import type { ApiSchema } from '../core/api/api-types.js';
import type { PlanAccount } from '../core/plan.js';
import type { ApiClient } from './api-client.js';

type ExtensionInfo = ApiSchema<'GetExtensionInfoResponse'>;

/**
 * The account the credentials reach: its id and company name, from the authorized user's own
 * extension (`GET /restapi/v1.0/account/~/extension/~`, Light group: the spec subset has no
 * account read, and every extension record names its account and company). `server` is the
 * configured origin, so a saved plan can be tied to where it was made.
 */
export async function readAccount(client: ApiClient, serverUrl: string): Promise<PlanAccount> {
  return accountOf(await client.get<ExtensionInfo>('/restapi/v1.0/account/~/extension/~'), serverUrl);
}

/** The account an extension record names (`GET …/extension/~` answers it). */
export function accountOf(me: ExtensionInfo, serverUrl: string): PlanAccount {
  const id = me?.account?.id;
  if (id === undefined || id === null || String(id) === '') {
    throw new Error('RingCentral answered GET /restapi/v1.0/account/~/extension/~ without account.id; cannot tell which account this is');
  }
  const company = me.contact?.company?.trim();
  return { id: String(id), name: company || `account ${id}`, server: serverOrigin(serverUrl) };
}

/** `https://platform.ringcentral.com/` and `https://PLATFORM.ringcentral.com` are one server. */
export function serverOrigin(serverUrl: string): string {
  try {
    return new URL(serverUrl).origin;
  } catch {
    return serverUrl.replace(/\/+$/, '');
  }
}
