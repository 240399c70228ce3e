import type { ApiSchema } from '../core/api/api-types.js';
import { v1Extension } from '../kinds/shared/paths.js';
import type { ApiClient } from './api-client.js';

/**
 * The extension's time zone (`regionalSettings.timezone.name` of the v1 extension record):
 * RingCentral evaluates its schedules in it, so `simulate --live` names it beside the time.
 */
export async function readTimeZone(client: ApiClient, extensionId: string): Promise<string | undefined> {
  const record = await client.get<ApiSchema<'GetExtensionInfoResponse'>>(v1Extension(extensionId));
  const name = record?.regionalSettings?.timezone?.name;
  return typeof name === 'string' && name ? name : undefined;
}

/**
 * The account's time zone (`regionalSettings.timezone.name` of `GET /restapi/v1.0/account/~`,
 * beyond the spec subset: RingCentral's API reference): the company's business hours and
 * answering rules are evaluated in it.
 */
export async function readAccountTimeZone(client: ApiClient): Promise<string | undefined> {
  const record = await client.get<{ regionalSettings?: { timezone?: { name?: unknown } } }>('/restapi/v1.0/account/~');
  const name = record?.regionalSettings?.timezone?.name;
  return typeof name === 'string' && name ? name : undefined;
}
