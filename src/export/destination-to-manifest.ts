import { PRESET } from '../core/defaults.js';
import type { Destination } from '../core/manifest.js';
import { KEPT_LIVE, type FindingScope } from './export-findings.js';
import { exactE164, fail, ok, type Converted, type ExtensionRefs } from './extension-refs.js';
import { greetingToManifest, isPreset } from './greeting-to-manifest.js';

export type ForwardingSet = 'Ringing' | 'Terminating';

const VOICEMAIL = 'VoiceMailTerminatingTarget';
const ANNOUNCEMENT = 'PlayAnnouncementTerminatingTarget';
const FORWARDS = ['ExtensionTerminatingTarget', 'PhoneNumberTerminatingTarget'];

/** The manifest key of each forwarding set. */
export const SET_KEY = { Ringing: 'ifNoAnswer', Terminating: 'immediately' } as const;

function describeTarget(t: any): string {
  if (t.type === 'PhoneNumberTerminatingTarget') return `forward to ${t.destination?.phoneNumber}`;
  if (t.type === 'ExtensionTerminatingTarget') return `forward to extension id ${t.extension?.id}`;
  return String(t.type);
}

/**
 * One forwarding set of a TerminatingAction → its destination. Compile owns the set: it removes
 * every forward target of the set other than the one it writes. So a set is written only when
 * its forward targets are exactly the one in use; otherwise the set is left to live.
 */
export function destinationToManifest(term: any, set: ForwardingSet, refs: ExtensionRefs, scope: FindingScope): Converted<Destination> {
  const targetType = set === 'Ringing' ? term.ringingTargetType : term.terminatingTargetType;
  const targets: any[] = term.targets ?? [];
  const forwards = targets.filter((t) => FORWARDS.includes(t.type) && t.dispatchingType === set);
  const inUse = forwards.filter((t) => t.type === targetType);
  const unused = forwards.filter((t) => t.type !== targetType);
  if (unused.length > 0 || inUse.length > 1) {
    const extra = unused.length > 0 ? unused : inUse.slice(1);
    return fail(`the forwarding target${extra.length > 1 ? 's' : ''} ${extra.map(describeTarget).join(', ')} kept configured beside the one in use`);
  }
  if (targetType === VOICEMAIL) return voicemailToManifest(targets.find((t) => t.type === VOICEMAIL), refs, scope);
  if (targetType === ANNOUNCEMENT) {
    const announcement = targets.find((t) => t.type === ANNOUNCEMENT && t.dispatchingType === set);
    const greeting = greetingToManifest(announcement?.prompt?.greeting);
    return greeting.ok ? ok({ announcement: { greeting: greeting.value } }) : fail(`the announcement (${greeting.why})`);
  }
  if (targetType === 'PhoneNumberTerminatingTarget' && inUse.length === 1) {
    const phone = exactE164(inUse[0].destination?.phoneNumber);
    return phone ? ok({ forwardTo: { phone } }) : fail(`forwarding to "${inUse[0].destination?.phoneNumber}" (not E.164)`);
  }
  if (targetType === 'ExtensionTerminatingTarget' && inUse.length === 1) {
    const extension = refs.ref(inUse[0].extension?.id);
    return extension !== undefined ? ok({ forwardTo: { extension } }) : fail(`forwarding to extension id ${inUse[0].extension?.id}, which is not in the account`);
  }
  return fail(`a ${String(targetType)} destination${FORWARDS.includes(targetType) ? ' without its target' : ''}`);
}

/**
 * The voicemail target is shared by both sets; compile changes only what the manifest states
 * (greeting, mailbox), so a part that cannot be written is left out and stays live.
 */
function voicemailToManifest(vm: any, refs: ExtensionRefs, scope: FindingScope): Converted<Destination> {
  if (!vm) return fail('a voicemail destination without its voicemail target');
  const out: { greeting?: any; mailbox?: any } = {};
  const greeting = greetingToManifest(vm.prompt?.greeting);
  if (greeting.ok) out.greeting = greeting.value;
  else scope.cannot(`the voicemail greeting (${greeting.why})`, KEPT_LIVE);
  if (vm.extension?.id !== undefined) {
    const mailbox = refs.ref(vm.extension.id);
    if (mailbox !== undefined) out.mailbox = mailbox;
    else scope.cannot(`the voicemail mailbox of extension id ${vm.extension.id}, which is not in the account`, KEPT_LIVE);
  }
  return ok({ voicemail: out });
}

/**
 * Targets no written set uses still hold settings (an announcement greeting, the voicemail
 * greeting) that the file cannot show; non-default ones are reported.
 */
export function reportUnusedTargets(term: any, usedTypes: string[], sets: ForwardingSet[], scope: FindingScope): void {
  const targets: any[] = term.targets ?? [];
  const vm = targets.find((t) => t.type === VOICEMAIL);
  if (vm && !usedTypes.includes(VOICEMAIL) && !isPreset(vm.prompt?.greeting, PRESET.voicemail)) {
    scope.cannot('the voicemail greeting of a rule that does not send calls to voicemail', 'it stays as it is live');
  }
  for (const set of sets) {
    const type = set === 'Ringing' ? term.ringingTargetType : term.terminatingTargetType;
    if (type === ANNOUNCEMENT) continue;
    const preset = set === 'Ringing' ? PRESET.announcementRinging : PRESET.announcementTerminating;
    const a = targets.find((t) => t.type === ANNOUNCEMENT && t.dispatchingType === set);
    if (a && !isPreset(a.prompt?.greeting, preset)) {
      scope.cannot(`the ${SET_KEY[set]} announcement greeting, which is not in use`, 'it stays as it is live');
    }
  }
}
