import type { Problems } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isObject, type Json } from './json-value.js';
import { isE164 } from './phone-number.js';
import { checkGreeting } from './check-greeting.js';

/**
 * Ring targets (inside RingGroupAction) and terminating targets (inside TerminatingAction). The
 * emulated account has no devices, integrations or cloud connectors, so only the targets the
 * call-handling guide documents are accepted. Stored targets get the names RingCentral shows.
 */

export const FIXED_RING_NAMES: Record<string, string> = {
  AllMobileRingTarget: 'My mobile apps',
  AllDesktopRingTarget: 'My desktop',
};

const UNSUPPORTED = 'is not available in the emulated account (no devices, integrations or cloud connectors)';

function checkExtensionRef(
  p: Problems,
  path: string,
  v: unknown,
  dir: Directory,
  types?: string[],
): string | undefined {
  const id = isObject(v) ? v.id : undefined;
  if (typeof id !== 'string' || id === '') return void p.add(at(path, 'id'), 'is required, an extension id');
  const ext = dir.extension(id);
  if (!ext) return void p.add(at(path, 'id'), `extension ${id} does not exist`);
  if (types && !types.includes(ext.type))
    return void p.add(at(path, 'id'), `extension ${id} is a ${ext.type}, not a ${types.join('/')}`);
  return id;
}

function checkPhone(p: Problems, path: string, v: unknown): string | undefined {
  const n = isObject(v) ? v.phoneNumber : undefined;
  if (!isE164(n))
    return void p.add(at(path, 'phoneNumber'), 'must be a phone number in E.164 format, e.g. +16505550100');
  return n;
}

export function checkRingTarget(p: Problems, path: string, t: unknown, dir: Directory): Json | undefined {
  if (!isObject(t)) return void p.add(path, 'must be a ring target object');
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
      return void p.add(at(path, 'type'), `ring target type ${String(t.type)} ${UNSUPPORTED}`);
  }
}

/**
 * One terminating target. `sets` are the forwarding sets (dispatchingType) the rule has;
 * the voicemail target is shared by both sets and carries no dispatchingType.
 */
export function checkTerminatingTarget(
  p: Problems,
  path: string,
  t: unknown,
  sets: string[],
  dir: Directory,
): Json | undefined {
  if (!isObject(t)) return void p.add(path, 'must be a terminating target object');
  if (t.type === 'VoiceMailTerminatingTarget') return checkVoicemail(p, path, t, dir);
  const dispatchingType = t.dispatchingType;
  if (dispatchingType !== 'Ringing' && dispatchingType !== 'Terminating') {
    p.add(at(path, 'dispatchingType'), 'is required, Ringing or Terminating');
  } else if (!sets.includes(dispatchingType)) {
    p.add(
      at(path, 'dispatchingType'),
      `this rule has no ${dispatchingType} forwarding (allowed: ${sets.join(', ') || 'none'})`,
    );
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
      return phoneNumber === undefined
        ? undefined
        : { type: t.type, name, destination: { phoneNumber }, dispatchingType };
    }
    case 'ExtensionTerminatingTarget': {
      const id = checkExtensionRef(p, at(path, 'extension'), t.extension, dir);
      const name = id === undefined ? '' : dir.extension(id)!.name;
      return id === undefined ? undefined : { type: t.type, name, extension: { id }, dispatchingType };
    }
    default:
      return void p.add(at(path, 'type'), `terminating target type ${String(t.type)} ${UNSUPPORTED}`);
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
