import type { OwnerTable } from '../core/plan.js';
import type { PartReference } from '../parts/part.js';
import { destinationOf, phonePaths, ringTargetByKey, valueAtPath } from '../parts/registry.js';
import { asObj, child, childList, ownerTypeOf, userRuleBodies, type At, type Obj, type ManifestKind } from './walk.js';

/** The rule bodies whose ring targets and destinations hold phones: users' only. */
export const RULE_BODIES: OwnerTable<(doc: At<Obj>) => At<Obj>[]> = {
  user: userRuleBodies,
  site: () => [],
  company: () => [],
  queue: () => [],
  ivr: () => [],
};

/** Phones in the destinations of an owner type's rules (a queue's `forwardTo`); the IVR's keys are checked by the IVR checks. */
export const DESTINATION_PHONES: OwnerTable<(doc: At<Obj>) => At<string>[]> = {
  user: () => [],
  site: () => [],
  company: () => [],
  queue: (doc) => queueDestinationPhones(doc),
  ivr: () => [],
};

/** The phone numbers a written part holds, where its part says (strings only). */
function partPhones(written: At<Obj>, part: { readonly references?: readonly PartReference[] } | undefined): At<string>[] {
  return phonePaths(part).flatMap((path) => {
    const value = valueAtPath(written.value, path);
    return typeof value === 'string' ? [{ path: [...written.path, ...path], value }] : [];
  });
}

/** Every written phone number of a document (strings only; other types are schema errors). */
export function phonePlaces(doc: At<Obj>, kind: ManifestKind): At<string>[] {
  const out: At<string>[] = [];
  for (const body of RULE_BODIES[ownerTypeOf(kind)](doc)) {
    const ring = child(body, 'ring');
    // The phone numbers each part declares it holds (its `phone` references).
    for (const group of ring ? childList(ring, 'groups') : []) {
      for (const target of childList(group, 'targets')) out.push(...partPhones(target, ringTargetByKey(target.value)));
    }
    for (const key of ['ifNoAnswer', 'immediately']) {
      const destination = child(body, key);
      if (destination) out.push(...partPhones(destination, destinationOf(destination.value)));
    }
  }
  out.push(...DESTINATION_PHONES[ownerTypeOf(kind)](doc));
  for (const rule of childList(doc, 'customRules')) out.push(...conditionPhones(rule));
  return out;
}

/** The `forwardTo.phone` of every destination of a call queue: default rules and custom rules. */
function queueDestinationPhones(doc: At<Obj>): At<string>[] {
  const out: At<string>[] = [];
  const phoneOf = (destination: At<Obj> | undefined) => {
    const forwardTo = destination && child(destination, 'forwardTo');
    if (forwardTo && typeof forwardTo.value.phone === 'string')
      out.push({ path: [...forwardTo.path, 'phone'], value: forwardTo.value.phone });
  };
  const ringing = (ring: At<Obj> | undefined) => {
    for (const key of ['whenFull', 'whenMaxWait', 'whenNoAnswer']) phoneOf(ring && child(ring, key));
  };
  const rules = child(doc, 'rules');
  ringing(rules && child(rules, 'business-hours'));
  phoneOf(rules && child(rules, 'after-hours'));
  for (const rule of childList(doc, 'customRules')) {
    phoneOf(rule);
    ringing(child(rule, 'queue'));
  }
  return out;
}

/** Phone numbers of a custom rule's callers and calledNumbers conditions. */
export function conditionPhones(rule: At<Obj>): At<string>[] {
  const when = child(rule, 'when');
  if (!when) return [];
  const out: At<string>[] = [];
  for (const key of ['callers', 'calledNumbers']) {
    const list = when.value[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const path = [...when.path, key, i];
      if (typeof item === 'string') out.push({ path, value: item });
      const number = asObj(item)?.number;
      if (key === 'callers' && typeof number === 'string') out.push({ path: [...path, 'number'], value: number });
    });
  }
  return out;
}
