import { invalidParameter } from './api-error.js';
import { ok, queryValue, type ApiRequest, type ApiResponse } from './api-request.js';
import { clone, type Json } from './json-value.js';
import { v2List } from './paging.js';
import { v2UserOf } from './resolve-path.js';

/**
 * `GET …/comm-handling/voice/forwarding-targets` (readForwardingTargets): the targets the user's
 * ring settings can reach, as CommForwardingTargetsResource — the user's devices first
 * (DeviceRingTarget, hot-desk phones excluded), then the other seeded targets. The user's own
 * targets are all but coworkers; `excludeOwnTargets=true` leaves them out.
 */

const NOT_OWN = ['CoworkerRingTarget', 'CoworkerAppsRingTarget'];

export function listForwardingTargets(req: ApiRequest): ApiResponse {
  const { ext } = v2UserOf(req);
  const exclude = queryValue(req.query, 'excludeOwnTargets');
  if (exclude !== undefined && exclude !== 'true' && exclude !== 'false')
    throw invalidParameter('excludeOwnTargets', 'must be true or false');
  const devices: Json[] = req.model
    .devicesOf(ext.id)
    .filter((d) => !d.hotDesk)
    .map((d) => ({
      type: 'DeviceRingTarget',
      name: d.name,
      device: { id: d.id, name: d.name, ...(d.phoneNumber === undefined ? {} : { phoneNumber: d.phoneNumber }) },
      extension: { id: ext.id },
    }));
  const all = [...devices, ...clone(req.model.otherTargetsOf(ext.id))];
  const records = exclude === 'true' ? all.filter((t) => NOT_OWN.includes(t.type as string)) : all;
  return ok(v2List(req, records));
}
