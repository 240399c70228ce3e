/**
 * Converts RingCentral response objects (actions, targets, greetings) to their request form:
 * only the fields a request carries, with server-added ones (`name`, `uri`, extension names)
 * dropped. Live and desired are both compared in this form.
 */

import { canonicalPhone } from './canonical-phone.js';

const pickId = (ref: any) => (ref && ref.id !== undefined ? { id: String(ref.id) } : undefined);

export function greetingForm(g: any): any {
  if (!g || typeof g !== 'object') return g;
  const out: any = { effectiveGreetingType: g.effectiveGreetingType ?? (g.custom ? 'Custom' : 'Preset') };
  if (g.preset) out.preset = pickId(g.preset);
  if (g.custom) out.custom = pickId(g.custom);
  return out;
}

function withoutName(obj: any): any {
  const { name: _name, uri: _uri, ...rest } = obj;
  return rest;
}

export function ringTargetForm(t: any): any {
  switch (t?.type) {
    case 'AllMobileRingTarget':
    case 'AllDesktopRingTarget':
      return t.extension ? { type: t.type, extension: pickId(t.extension) } : { type: t.type };
    case 'CoworkerRingTarget':
      return { type: t.type, extension: pickId(t.extension) };
    case 'PhoneNumberRingTarget':
      return { type: t.type, destination: { phoneNumber: canonicalPhone(t.destination?.phoneNumber) } };
    default:
      return withoutName(t);
  }
}

export function terminatingTargetForm(t: any): any {
  switch (t?.type) {
    case 'VoiceMailTerminatingTarget': {
      const out: any = { type: t.type, prompt: { greeting: greetingForm(t.prompt?.greeting) } };
      if (t.extension) out.extension = pickId(t.extension);
      return out;
    }
    case 'PlayAnnouncementTerminatingTarget':
      return { type: t.type, prompt: { greeting: greetingForm(t.prompt?.greeting) }, dispatchingType: t.dispatchingType };
    case 'ExtensionTerminatingTarget':
      return { type: t.type, extension: pickId(t.extension), dispatchingType: t.dispatchingType };
    case 'PhoneNumberTerminatingTarget':
      return { type: t.type, destination: { phoneNumber: canonicalPhone(t.destination?.phoneNumber) }, dispatchingType: t.dispatchingType };
    default:
      return withoutName(t);
  }
}

export function actionForm(a: any): any {
  switch (a?.type) {
    case 'PlayWelcomePromptAction':
    case 'PlayConnectingMessageAction':
    case 'PlayConnectingPromptAction':
      return { type: a.type, enabled: Boolean(a.enabled), greeting: greetingForm(a.greeting) };
    case 'ScreeningAction': {
      const out: any = { type: a.type, enabled: Boolean(a.enabled), screening: a.screening };
      if (a.screeningResult !== undefined) out.screeningResult = a.screeningResult;
      return out;
    }
    case 'RingGroupAction': {
      const out: any = {
        type: a.type,
        enabled: Boolean(a.enabled),
        duration: a.duration,
        targets: (a.targets ?? []).map(ringTargetForm),
      };
      if (a.customStartOffset) out.customStartOffset = a.customStartOffset;
      return out;
    }
    case 'RingAlwaysGroupAction':
      return { type: a.type, enabled: Boolean(a.enabled), targets: (a.targets ?? []).map(ringTargetForm) };
    case 'TerminatingAction': {
      const out: any = { type: a.type, targets: (a.targets ?? []).map(terminatingTargetForm) };
      if (a.ringingTargetType !== undefined) out.ringingTargetType = a.ringingTargetType;
      if (a.terminatingTargetType !== undefined) out.terminatingTargetType = a.terminatingTargetType;
      return out;
    }
    default:
      return a;
  }
}
