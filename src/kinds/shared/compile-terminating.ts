import { PRESET, defaultTerminatingAction } from '../../core/defaults.js';
import type { Destination } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { compileGreeting, e164, extensionId, type CompileEnv } from './compile-env.js';

type ForwardingSet = 'Ringing' | 'Terminating';

const VOICEMAIL = 'VoiceMailTerminatingTarget';
const ANNOUNCEMENT = 'PlayAnnouncementTerminatingTarget';
const FORWARD_TYPES = ['ExtensionTerminatingTarget', 'PhoneNumberTerminatingTarget'];

/**
 * Makes sure a TerminatingAction carries what RingCentral requires: the voicemail target (shared
 * by both sets), an announcement target per forwarding set the rule has, and both target types.
 */
export function ensureTerminating(term: any | undefined, sets: ForwardingSet[]): any {
  const base = defaultTerminatingAction(sets);
  const out = term ? { ...term, targets: [...term.targets] } : { ...base, targets: [] as any[] };
  for (const required of base.targets as any[]) {
    const present = out.targets.some(
      (t: any) => t.type === required.type && (required.type === VOICEMAIL || t.dispatchingType === required.dispatchingType),
    );
    if (!present) {
      const { name: _n, ...rest } = required;
      out.targets.push(rest);
    }
  }
  out.ringingTargetType ??= VOICEMAIL;
  out.terminatingTargetType ??= VOICEMAIL;
  return out;
}

/**
 * Points one forwarding set (Ringing = `ifNoAnswer`, Terminating = `immediately`) at a
 * destination. The set is owned by the manifest: forwarding targets of that set other than the
 * destination are removed; the shared voicemail target keeps what the manifest does not state.
 */
export function applyDestination(
  env: CompileEnv,
  term: any,
  set: ForwardingSet,
  dest: Destination,
  path: readonly PathSeg[],
): any {
  const targets = term.targets.filter((t: any) => !(FORWARD_TYPES.includes(t.type) && t.dispatchingType === set));
  const typeKey = set === 'Ringing' ? 'ringingTargetType' : 'terminatingTargetType';
  let targetType: string;
  if ('voicemail' in dest) {
    targetType = VOICEMAIL;
    const i = targets.findIndex((t: any) => t.type === VOICEMAIL);
    const vm = { ...targets[i] };
    const vmPath = [...path, 'voicemail'];
    if (dest.voicemail.greeting) {
      const greeting = compileGreeting(env, dest.voicemail.greeting, 'voicemail', vm.prompt?.greeting, PRESET.voicemail, [...vmPath, 'greeting']);
      vm.prompt = { greeting };
    }
    if (dest.voicemail.mailbox !== undefined) {
      vm.extension = { id: extensionId(env, dest.voicemail.mailbox, [...vmPath, 'mailbox']) };
    }
    targets[i] = vm;
  } else if ('announcement' in dest) {
    targetType = ANNOUNCEMENT;
    const i = targets.findIndex((t: any) => t.type === ANNOUNCEMENT && t.dispatchingType === set);
    const preset = set === 'Ringing' ? PRESET.announcementRinging : PRESET.announcementTerminating;
    const greeting = compileGreeting(env, dest.announcement.greeting, 'announcement', targets[i]?.prompt?.greeting, preset, [
      ...path,
      'announcement',
      'greeting',
    ]);
    targets[i] = { type: ANNOUNCEMENT, prompt: { greeting }, dispatchingType: set };
  } else if ('phone' in dest.forwardTo) {
    targetType = 'PhoneNumberTerminatingTarget';
    const phoneNumber = e164(env, dest.forwardTo.phone, [...path, 'forwardTo', 'phone']);
    targets.push({ type: targetType, destination: { phoneNumber }, dispatchingType: set });
  } else {
    targetType = 'ExtensionTerminatingTarget';
    const id = extensionId(env, dest.forwardTo.extension, [...path, 'forwardTo', 'extension']);
    targets.push({ type: targetType, extension: { id }, dispatchingType: set });
  }
  return { ...term, targets, [typeKey]: targetType };
}
