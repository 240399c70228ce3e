import type { Problems } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import { isE164 } from './phone-number.js';
import { checkGreeting } from './check-greeting.js';
import { OWN_RING_TARGETS, checkCloudDestination } from './check-own-targets.js';

/**
 * Ring targets (inside RingGroupAction) and terminating targets (inside TerminatingAction): every
 * type of the spec's CommRingTargetRequest and CommTerminatingTargetRequest. The guide's targets
 * are here, the user's devices, integrations and other own targets in check-own-targets.ts.
 * Stored targets are in the spec's response shapes, with the names RingCentral shows.
 */

export const FIXED_RING_NAMES: Record<string, string> = {
  AllMobileRingTarget: 'My mobile apps',
  AllDesktopRingTarget: 'My desktop',
};

const RING_TYPES = [
  'AllDesktopRingTarget',
  'AllMobileRingTarget',
  'CoworkerRingTarget',
  'PhoneNumberRingTarget',
  ...Object.keys(OWN_RING_TARGETS),
];
const TERMINATING_TYPES = [
  'VoiceMailTerminatingTarget',
  'PlayAnnouncementTerminatingTarget',
  'PhoneNumberTerminatingTarget',
  'ExtensionTerminatingTarget',
  'CloudConnectorTerminatingTarget',
];

/** The spec's CommTerminatingTargetTypeResource: what ringingTargetType and terminatingTargetType may name. */
export const TERMINATING_TARGET_TYPES: readonly string[] = TERMINATING_TYPES;

function checkExtensionRef(p: Problems, path: string, v: unknown, dir: Directory, types?: string[]): string | undefined {
  const id = isObject(v) ? v.id : undefined;
  if (typeof id !== 'string' || id === '') return void p.add(at(path, 'id'), 'is required, an extension id');
  const ext = dir.extension(id);
  if (!ext) return void p.add(at(path, 'id'), `extension ${id} does not exist`);
  if (types && !types.includes(ext.type)) return void p.add(at(path, 'id'), `extension ${id} is a ${ext.type}, not a ${types.join('/')}`);
  return id;
}

function checkPhone(p: Problems, path: string, v: unknown): string | undefined {
  const n = isObject(v) ? v.phoneNumber : undefined;
  if (!isE164(n)) return void p.add(at(path, 'phoneNumber'), 'must be a phone number in E.164 format, e.g. +16505550100');
  return n;
}

/** One ring target of the rule of extension `ownerId` (devices and integrations are the owner's). */
export function checkRingTarget(p: Problems, path: string, t: unknown, dir: Directory, ownerId: string): Json | undefined {
  if (!isObject(t)) return void p.add(path, 'must be a ring target object');
  const own = OWN_RING_TARGETS[t.type as string];
  if (own) return own(p, path, t, ownerId, dir);
  switch (t.type) {
    case 'AllMobileRingTarget':
    case 'AllDesktopRingTarget':
      return { type: t.type, name: FIXED_RING_NAMES[t.type] };
    case 'CoworkerRingTarget': {
      const id = checkExtensionRef(p, at(path, 'extension'), t.extension, dir, ['User']);
      return id === undefined ? undefined : { type: t.type, extension: { id } };
    }
    case 'PhoneNumberRingTarget': {
      const phoneNumber = checkPhone(p, at(path, 'destination'), t.destination);
      if (phoneNumber === undefined) return undefined;
      const name = typeof t.name === 'string' ? { name: t.name } : {};
      return { type: t.type, ...name, destination: { phoneNumber } };
    }
    default:
      return void p.add(at(path, 'type'), `is required, one of ${RING_TYPES.join(', ')}`);
  }
}

/**
 * One terminating target. `sets` are the forwarding sets (dispatchingType) the rule has;
 * the voicemail target is shared by both sets and carries no dispatchingType.
 */
export function checkTerminatingTarget(p: Problems, path: string, t: unknown, sets: string[], dir: Directory): Json | undefined {
  if (!isObject(t)) return void p.add(path, 'must be a terminating target object');
  if (t.type === 'VoiceMailTerminatingTarget') return checkVoicemail(p, path, t, dir);
  const dispatchingType = t.dispatchingType;
  if (dispatchingType !== 'Ringing' && dispatchingType !== 'Terminating') {
    p.add(at(path, 'dispatchingType'), 'is required, Ringing or Terminating');
  } else if (!sets.includes(dispatchingType)) {
    p.add(at(path, 'dispatchingType'), `this rule has no ${dispatchingType} forwarding (allowed: ${sets.join(', ') || 'none'})`);
  }
  switch (t.type) {
    case 'PlayAnnouncementTerminatingTarget': {
      const greeting = checkGreeting(
        p,
        at(at(path, 'prompt'), 'greeting'),
        isObject(t.prompt) ? t.prompt.greeting : undefined,
        'Announcement',
        dir,
      );
      return greeting && { type: t.type, name: 'PlayAnnouncement', prompt: { greeting }, dispatchingType };
    }
    case 'PhoneNumberTerminatingTarget': {
      const phoneNumber = checkPhone(p, at(path, 'destination'), t.destination);
      const name = typeof t.name === 'string' ? t.name : phoneNumber;
      return phoneNumber === undefined ? undefined : { type: t.type, name, destination: { phoneNumber }, dispatchingType };
    }
    case 'ExtensionTerminatingTarget': {
      const id = checkExtensionRef(p, at(path, 'extension'), t.extension, dir);
      const name = id === undefined ? '' : dir.extension(id)!.name;
      return id === undefined ? undefined : { type: t.type, name, extension: { id }, dispatchingType };
    }
    case 'CloudConnectorTerminatingTarget': {
      if (!isNonEmptyString(t.name)) p.add(at(path, 'name'), 'is required, the name of the Cloud Connector contact');
      const destination = checkCloudDestination(p, at(path, 'destination'), t.destination);
      return destination && isNonEmptyString(t.name) ? { type: t.type, name: t.name, destination, dispatchingType } : undefined;
    }
    default:
      return void p.add(at(path, 'type'), `is required, one of ${TERMINATING_TYPES.join(', ')}`);
  }
}

function checkVoicemail(p: Problems, path: string, t: Json, dir: Directory): Json | undefined {
  const prompt = isObject(t.prompt) ? t.prompt.greeting : undefined;
  const greeting = checkGreeting(p, at(at(path, 'prompt'), 'greeting'), prompt, 'Voicemail', dir);
  let mailbox: Json = {};
  if (t.extension !== undefined) {
    const id = checkExtensionRef(p, at(path, 'extension'), t.extension, dir, ['User', 'Voicemail', 'Department']);
    if (id === undefined) return undefined;
    mailbox = { extension: { id } };
  }
  return greeting && { type: t.type, name: 'Voicemail', ...mailbox, prompt: { greeting } };
}
