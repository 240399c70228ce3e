import { UserError } from '../core/problem.js';
import type { AccountModel, DeviceRecord, ExtensionRecord } from './account-model.js';
import { Problems } from './api-error.js';
import { checkCloudDestination } from './check-own-targets.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import { isE164 } from './phone-number.js';
import type { SeedExtension } from './seed-types.js';

/**
 * A seeded user's devices and other forwarding targets (what `voice/forwarding-targets` lists and
 * what device, hot-desk and integration ring targets may reach). Checked like API input: a seed
 * can only describe what RingCentral could return.
 */

const OTHER_TARGET_TYPES = [
  'CoworkerAppsRingTarget',
  'CoworkerRingTarget',
  'ImsPhoneNumberRingTarget',
  'FmcPhoneNumberRingTarget',
  'IntegrationRingTarget',
  'PhoneNumberRingTarget',
  'CloudConnectorRingTarget',
];
const INTEGRATION_TYPES = ['MsTeamsDirectRouting', 'FmcLite'];

export function seedDevices(model: AccountModel, record: ExtensionRecord, ext: SeedExtension): void {
  const where = `seed: extension ${record.extensionNumber}`;
  if (ext.devices !== undefined && !Array.isArray(ext.devices)) throw new UserError(`${where}: devices must be an array`);
  if (ext.forwardingTargets !== undefined && !Array.isArray(ext.forwardingTargets))
    throw new UserError(`${where}: forwardingTargets must be an array`);
  const devices = (ext.devices ?? []).map((d, i) => toDevice(model, d, `${where}: devices[${i}]`));
  if (devices.filter((d) => d.hotDesk).length > 1) throw new UserError(`${where}: at most one hotDesk device`);
  if (devices.length > 0) model.devices.set(record.id, devices);
  const p = new Problems();
  const targets = (ext.forwardingTargets ?? []).map((t, i) => checkListed(p, `forwardingTargets[${i}]`, t, model));
  if (!p.empty) throw new UserError(`${where}: ${p.items.map((e) => e.message).join('; ')}`);
  if (targets.length > 0) model.otherTargets.set(record.id, targets as Json[]);
}

function toDevice(model: AccountModel, d: unknown, where: string): DeviceRecord {
  if (!isObject(d)) throw new UserError(`${where} must be an object`);
  if (typeof d.id !== 'string' || !/^\d+$/.test(d.id)) throw new UserError(`${where}.id must be a string of digits`);
  const taken = [...model.devices.values()].flat().some((x) => x.id === d.id);
  if (taken) throw new UserError(`${where}.id ${d.id} is already the id of another device`);
  if (!isNonEmptyString(d.name)) throw new UserError(`${where}.name is required`);
  if (d.phoneNumber !== undefined && !isE164(d.phoneNumber)) throw new UserError(`${where}.phoneNumber must be in E.164 format`);
  if (d.type !== undefined && !isNonEmptyString(d.type)) throw new UserError(`${where}.type must be a string`);
  if (d.hotDesk !== undefined && typeof d.hotDesk !== 'boolean') throw new UserError(`${where}.hotDesk must be a boolean`);
  const phone = d.phoneNumber === undefined ? {} : { phoneNumber: d.phoneNumber };
  return { id: d.id, name: d.name, type: (d.type as string) ?? 'HardPhone', ...phone, hotDesk: d.hotDesk === true };
}

/** One listed target in the spec's response shape (CommForwardingTargetsResource records). */
function checkListed(p: Problems, path: string, t: unknown, model: AccountModel): Json | undefined {
  if (!isObject(t) || !OTHER_TARGET_TYPES.includes(t.type as string))
    return void p.add(at(path, 'type'), `must be one of ${OTHER_TARGET_TYPES.join(', ')} (devices go in "devices")`);
  const name = isNonEmptyString(t.name) ? { name: t.name } : {};
  switch (t.type) {
    case 'CoworkerAppsRingTarget':
    case 'CoworkerRingTarget': {
      const id = isObject(t.extension) ? t.extension.id : undefined;
      const found = typeof id === 'string' ? model.resolve(id) : undefined;
      if (!found || found.type !== 'User') return void p.add(at(path, 'extension.id'), 'must name a user extension');
      return { type: t.type, ...name, extension: { id: found.id } };
    }
    case 'IntegrationRingTarget': {
      const integration = isObject(t.integration) ? t.integration : {};
      if (!INTEGRATION_TYPES.includes(integration.type as string))
        return void p.add(at(path, 'integration.type'), `must be one of ${INTEGRATION_TYPES.join(', ')}`);
      if (!isNonEmptyString(t.name)) return void p.add(at(path, 'name'), 'is required');
      if (integration.phoneNumber !== undefined && !isE164(integration.phoneNumber))
        return void p.add(at(path, 'integration.phoneNumber'), 'must be in E.164 format');
      const phone = integration.phoneNumber === undefined ? {} : { phoneNumber: integration.phoneNumber };
      return { type: t.type, name: t.name, integration: { type: integration.type, ...phone } };
    }
    case 'CloudConnectorRingTarget': {
      const destination = checkCloudDestination(p, at(path, 'destination'), t.destination);
      return destination && { type: t.type, ...name, destination };
    }
    default: {
      const phoneNumber = isObject(t.destination) ? t.destination.phoneNumber : undefined;
      if (!isE164(phoneNumber)) return void p.add(at(path, 'destination.phoneNumber'), 'must be in E.164 format');
      return { type: t.type, ...name, destination: { phoneNumber } };
    }
  }
}
