import type { Problems } from './api-error.js';
import type { DeviceRecord, Directory } from './account-model.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import { isE164 } from './phone-number.js';

/**
 * The ring targets that reach the user's own equipment and integrations, beyond the apps, coworkers
 * and phone numbers the guide documents: DeviceRingTarget (one of the user's devices — another
 * device id is refused), HotdeskRingTarget (the hot-desk phone the user is logged in to),
 * IntegrationRingTarget (MS Teams direct routing, FMC lite), IMS and FMC phone numbers, and
 * Cloud Connector contacts. Fields the spec's request schemas require are required; the stored
 * form is the spec's response shape, with the names RingCentral adds.
 */

export type OwnTargetCheck = (p: Problems, path: string, t: Json, ownerId: string, dir: Directory) => Json | undefined;

const INTEGRATION_TYPES: Record<string, string> = {
  MsTeamsDirectRouting: 'Microsoft Teams',
  FmcLite: 'FMC Lite',
};

function deviceOut(d: DeviceRecord): Json {
  return { id: d.id, name: d.name, ...(d.phoneNumber === undefined ? {} : { phoneNumber: d.phoneNumber }) };
}

function listed(dir: Directory, ownerId: string, match: (t: Json) => boolean): Json | undefined {
  return dir.otherTargetsOf(ownerId).find(match);
}

function checkDevice(p: Problems, path: string, t: Json, ownerId: string, dir: Directory): Json | undefined {
  const id = isObject(t.device) ? t.device.id : undefined;
  if (!isNonEmptyString(id)) return void p.add(at(at(path, 'device'), 'id'), 'is required, the id of a device of the user');
  const own = dir.devicesOf(ownerId).filter((d) => !d.hotDesk);
  const device = own.find((d) => d.id === id);
  if (!device) {
    const list = own.map((d) => `${d.id} (${d.name})`).join(', ') || 'none';
    return void p.add(at(at(path, 'device'), 'id'), `device ${id} is not a device of extension ${ownerId} (its devices: ${list})`);
  }
  let extension: Json = {};
  if (t.extension !== undefined) {
    const ext = isObject(t.extension) ? t.extension.id : undefined;
    if (ext !== ownerId) return void p.add(at(at(path, 'extension'), 'id'), `must be ${ownerId}, the owner of device ${id}`);
    extension = { extension: { id: ownerId } };
  }
  return { type: t.type, name: device.name, device: deviceOut(device), ...extension };
}

function checkHotdesk(p: Problems, path: string, t: Json, ownerId: string, dir: Directory): Json | undefined {
  const device = dir.devicesOf(ownerId).find((d) => d.hotDesk);
  if (!device) return void p.add(at(path, 'type'), `extension ${ownerId} is not logged in to a hot-desk phone`);
  return { type: t.type, name: device.name, device: deviceOut(device) };
}

function checkIntegration(p: Problems, path: string, t: Json, ownerId: string, dir: Directory): Json | undefined {
  const type = isObject(t.integration) ? t.integration.type : undefined;
  if (typeof type !== 'string' || !(type in INTEGRATION_TYPES)) {
    const allowed = Object.keys(INTEGRATION_TYPES).join(', ');
    return void p.add(at(at(path, 'integration'), 'type'), `is required, one of ${allowed}`);
  }
  const known = listed(dir, ownerId, (x) => x.type === t.type && isObject(x.integration) && x.integration.type === type);
  const knownIntegration = (known?.integration ?? {}) as Json;
  const name = known?.name ?? (isNonEmptyString(t.name) ? t.name : INTEGRATION_TYPES[type]);
  const phone = knownIntegration.phoneNumber === undefined ? {} : { phoneNumber: knownIntegration.phoneNumber };
  return { type: t.type, name, integration: { type, ...phone } };
}

function checkNumber(p: Problems, path: string, t: Json, ownerId: string, dir: Directory): Json | undefined {
  const phoneNumber = isObject(t.destination) ? t.destination.phoneNumber : undefined;
  if (!isE164(phoneNumber)) {
    return void p.add(at(at(path, 'destination'), 'phoneNumber'), 'is required, a phone number in E.164 format');
  }
  const known = listed(dir, ownerId, (x) => x.type === t.type && (x.destination as Json)?.phoneNumber === phoneNumber);
  const name = isNonEmptyString(t.name) ? t.name : known?.name;
  return { type: t.type, ...(name === undefined ? {} : { name }), destination: { phoneNumber } };
}

/** CommCloudDestination: `integrationId` required, `extensionNumber` and `phoneNumber` optional strings. */
export function checkCloudDestination(p: Problems, path: string, v: unknown): Json | undefined {
  if (!isObject(v)) return void p.add(path, 'is required: {integrationId, extensionNumber?, phoneNumber?}');
  const before = p.items.length;
  if (!isNonEmptyString(v.integrationId)) p.add(at(path, 'integrationId'), 'is required, a string');
  for (const key of ['extensionNumber', 'phoneNumber']) {
    if (v[key] !== undefined && typeof v[key] !== 'string') p.add(at(path, key), 'must be a string');
  }
  if (p.items.length > before) return undefined;
  const out: Json = { integrationId: v.integrationId };
  for (const key of ['extensionNumber', 'phoneNumber']) if (v[key] !== undefined) out[key] = v[key];
  return out;
}

function checkCloudConnector(p: Problems, path: string, t: Json): Json | undefined {
  if (!isNonEmptyString(t.name)) p.add(at(path, 'name'), 'is required, the name of the Cloud Connector contact');
  const destination = checkCloudDestination(p, at(path, 'destination'), t.destination);
  return destination && isNonEmptyString(t.name) ? { type: t.type, name: t.name, destination } : undefined;
}

export const OWN_RING_TARGETS: Record<string, OwnTargetCheck> = {
  DeviceRingTarget: checkDevice,
  HotdeskRingTarget: checkHotdesk,
  IntegrationRingTarget: checkIntegration,
  ImsPhoneNumberRingTarget: checkNumber,
  FmcPhoneNumberRingTarget: checkNumber,
  CloudConnectorRingTarget: checkCloudConnector,
};
