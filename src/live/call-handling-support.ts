import { UserError } from '../core/problem.js';
import { ApiError, type ApiClient } from './api-client.js';

const FEATURE_ID = 'NewCallHandlingAndForwarding';

/**
 * Whether an extension is on RingCentral's new call handling (the v2 comm-handling API).
 * Accounts that are not cannot use v2; accounts that are cannot use the v1 user answering
 * rules. Per the migration guide, the `isNewBackendAvailable` param of this feature says which.
 */
export async function checkNewCallHandling(client: ApiClient, extensionId: string): Promise<boolean> {
  const body = await client.get<unknown>(`/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}/features`, {
    featureId: FEATURE_ID,
  });
  // Read as unknown: only the feature's id, its params' names and the value are looked at.
  type Feature = { id?: unknown; params?: unknown } | undefined;
  type Param = { name?: unknown; value?: unknown } | undefined;
  const listed = (body as { records?: unknown } | undefined)?.records;
  const records: Feature[] = Array.isArray(listed) ? listed : [];
  const feature = records.find((r) => r?.id === FEATURE_ID) ?? records[0];
  const params: Param[] = Array.isArray(feature?.params) ? feature.params : [];
  const param = params.find((p) => p?.name === 'isNewBackendAvailable');
  return String(param?.value).toLowerCase() === 'true';
}

/** The message for an extension that ringform cannot manage. `extension` is what the user wrote, e.g. "101". */
export function notOnNewCallHandlingMessage(extension: string): string {
  return (
    `extension ${extension} is not on RingCentral's new call handling (v2 comm-handling API); ` +
    'ringform manages only accounts with new call handling'
  );
}

/**
 * Turns a failed v2 comm-handling call into a clear UserError when the cause is that the
 * extension is not on new call handling (the API then answers 404, or 403 "feature not
 * available"), confirmed through the features endpoint. Any other error is returned as is.
 */
export async function explainV2Failure(client: ApiClient, error: unknown, extension: string, extensionId: string): Promise<unknown> {
  if (!(error instanceof ApiError) || !error.path.includes('/comm-handling')) return error;
  if (error.status !== 404 && error.status !== 403) return error;
  try {
    if (await checkNewCallHandling(client, extensionId)) return error;
  } catch {
    return error;
  }
  return new UserError(notOnNewCallHandlingMessage(extension));
}
