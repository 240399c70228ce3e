import { invalidParameter } from './api-error.js';
import { EXTENSION_STATUSES, EXTENSION_TYPES } from './extension-types.js';
import { ok, queryValue, queryValues, type ApiRequest, type ApiResponse } from './api-request.js';
import { v1List } from './paging.js';
import { presentExtension, presentExtensionSummary } from './present-extension.js';
import { checkAccount, extensionOf } from './resolve-path.js';

/** v1 extension list and read, and the features read that tells v1 from v2 call handling. */

function enumFilter(req: ApiRequest, name: string, allowed: string[]): string[] {
  const values = queryValues(req.query, name).filter((v) => v !== '');
  for (const v of values) if (!allowed.includes(v)) throw invalidParameter(name, `${v} is not one of ${allowed.join(', ')}`);
  return values;
}

export function listExtensions(req: ApiRequest): ApiResponse {
  checkAccount(req);
  const types = enumFilter(req, 'type', EXTENSION_TYPES);
  const statuses = enumFilter(req, 'status', EXTENSION_STATUSES);
  const emails = queryValues(req.query, 'email').map((e) => e.toLowerCase());
  const number = queryValue(req.query, 'extensionNumber');
  const items = req.model.extensions.filter(
    (e) =>
      (types.length === 0 || types.includes(e.type)) &&
      (statuses.length === 0 || statuses.includes(e.status)) &&
      (emails.length === 0 || emails.includes((e.email ?? '').toLowerCase())) &&
      (number === undefined || e.extensionNumber === number),
  );
  return ok(
    v1List(
      req,
      items.map((e) => presentExtensionSummary(req, e)),
    ),
  );
}

export function readExtension(req: ApiRequest): ApiResponse {
  return ok(presentExtension(req, extensionOf(req)));
}

/**
 * `NewCallHandlingAndForwarding` with `isNewBackendAvailable` tells whether the extension uses
 * the v2 comm-handling API (migration guide). Non-users get it as unavailable by type.
 */
export function readExtensionFeatures(req: ApiRequest): ApiResponse {
  const ext = extensionOf(req);
  const feature =
    ext.type === 'User'
      ? {
          id: 'NewCallHandlingAndForwarding',
          available: true,
          params: [{ name: 'isNewBackendAvailable', value: String(ext.newCallHandling) }],
        }
      : {
          id: 'NewCallHandlingAndForwarding',
          available: false,
          reason: { code: 'ExtensionTypeLimitation', message: `Not available for ${ext.type} extensions` },
        };
  const wanted = queryValues(req.query, 'featureId');
  const availableOnly = queryValue(req.query, 'availableOnly') === 'true';
  const records = [feature].filter((f) => (wanted.length === 0 || wanted.includes(f.id)) && (!availableOnly || f.available));
  return ok({ records });
}
