import { v1Extension } from '../kinds/shared/paths.js';
import type { ApiClient } from './api-client.js';

/**
 * The extension's time zone (`regionalSettings.timezone.name` of the v1 extension record):
 * RingCentral evaluates its schedules in it, so `simulate --live` names it beside the time.
 */
export async function readTimeZone(client: ApiClient, extensionId: string): Promise<string | undefined> {
  const record = await client.get(v1Extension(extensionId));
  const name = record?.regionalSettings?.timezone?.name;
  return typeof name === 'string' && name ? name : undefined;
}
