import { asObj, child, childList, userRuleBodies, type At, type Obj, type ManifestKind } from './walk.js';

/** Every written phone number of a document (strings only; other types are schema errors). */
export function phonePlaces(doc: At<Obj>, kind: ManifestKind): At<string>[] {
  const out: At<string>[] = [];
  const push = (parent: At<Obj> | undefined, key: string | number) => {
    const value = parent?.value[key];
    if (parent && typeof value === 'string') out.push({ path: [...parent.path, key], value });
  };
  const bodies = kind === 'User' ? userRuleBodies(doc) : [];
  for (const body of bodies) {
    const ring = child(body, 'ring');
    for (const group of ring ? childList(ring, 'groups') : []) {
      for (const target of childList(group, 'targets')) push(target, 'phone');
    }
    for (const key of ['ifNoAnswer', 'immediately']) {
      const destination = child(body, key);
      push(destination && child(destination, 'forwardTo'), 'phone');
    }
  }
  for (const rule of childList(doc, 'customRules')) out.push(...conditionPhones(rule));
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
