import { destinationByApiType, greetingActionByApiType, ringTargetByApiType } from './registry.js';
import type { LiveObject } from './part.js';

/**
 * RingCentral response objects (actions, targets) in their request form: only the fields a
 * request carries, server-added ones (`name`, `uri`, extension names) dropped. Live and desired
 * are both compared in this form. Each target and greeting action is converted by its part.
 */
export function ringTargetForm(t: LiveObject): LiveObject {
  return ringTargetByApiType(t?.type).comparable(t);
}

export function terminatingTargetForm(t: LiveObject): LiveObject {
  return destinationByApiType(t?.type).comparable(t);
}

const targetsOf = (a: any, form: (t: LiveObject) => LiveObject) => (a.targets ?? []).map(form);

export function actionForm(a: any): any {
  const greeting = greetingActionByApiType(a?.type);
  if (greeting) return greeting.comparable(a);
  switch (a?.type) {
    case 'RingGroupAction': {
      const out: any = { type: a.type, enabled: Boolean(a.enabled), duration: a.duration, targets: targetsOf(a, ringTargetForm) };
      if (a.customStartOffset) out.customStartOffset = a.customStartOffset;
      return out;
    }
    case 'RingAlwaysGroupAction':
      return { type: a.type, enabled: Boolean(a.enabled), targets: targetsOf(a, ringTargetForm) };
    case 'TerminatingAction': {
      const out: any = { type: a.type, targets: targetsOf(a, terminatingTargetForm) };
      if (a.ringingTargetType !== undefined) out.ringingTargetType = a.ringingTargetType;
      if (a.terminatingTargetType !== undefined) out.terminatingTargetType = a.terminatingTargetType;
      return out;
    }
    default:
      return a;
  }
}
