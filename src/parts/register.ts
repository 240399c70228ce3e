import type { DestinationPart, EndPart, GreetingActionPart, RingTargetPart } from './part.js';

/**
 * Where part modules register themselves (`registerRingTarget(coworker)` at the end of the
 * module). Kept apart from registry.ts so that a part module never imports the registry that
 * imports it. Registration order is the order of the lists: schema, messages and lookups
 * follow it.
 */
export const registered = {
  ringTargets: [] as RingTargetPart[],
  destinations: [] as DestinationPart[],
  greetingActions: [] as GreetingActionPart[],
  ends: [] as EndPart[],
};

/**
 * A second part with a key or API type already registered would shadow (or be shadowed by) the
 * first, silently: it is an error when the modules load.
 */
function refuseDuplicates(
  family: string,
  list: readonly { key: string }[],
  key: string,
  apiTypes: readonly string[],
  typesOf: (p: never) => readonly string[],
): void {
  const sameKey = list.find((p) => p.key === key);
  if (sameKey) throw new Error(`${family} part "${key}" is registered twice`);
  for (const type of apiTypes) {
    const owner = list.find((p) => typesOf(p as never).includes(type));
    if (owner) throw new Error(`${family} part "${key}" registers API type ${type}, which part "${owner.key}" already owns`);
  }
}

export function registerRingTarget<W>(part: RingTargetPart<W>): RingTargetPart<W> {
  refuseDuplicates('ring target', registered.ringTargets, part.key, part.apiTypes, (p: RingTargetPart) => p.apiTypes);
  registered.ringTargets.push(part as RingTargetPart);
  return part;
}

export function registerDestination<W>(part: DestinationPart<W>): DestinationPart<W> {
  const types = part.apiType ? [part.apiType] : [];
  refuseDuplicates('destination', registered.destinations, part.key, types, (p: DestinationPart) => (p.apiType ? [p.apiType] : []));
  // Destinations that end alike share one end (both forwardTo forms end in `forward`).
  if (!registered.ends.includes(part.end)) registerEnd(part.end);
  registered.destinations.push(part as DestinationPart);
  return part;
}

export function registerGreetingAction<W>(part: GreetingActionPart<W>): GreetingActionPart<W> {
  refuseDuplicates('greeting action', registered.greetingActions, part.key, [part.apiType], (p: GreetingActionPart) => [p.apiType]);
  registered.greetingActions.push(part as GreetingActionPart);
  return part;
}

/**
 * An end of a call path (see EndPart), by its EndsAt `type`; its routing-test key is unique too.
 * Destination parts register theirs through registerDestination.
 */
export function registerEnd<X>(part: EndPart<X>): EndPart<X> {
  const sameType = registered.ends.find((p) => p.type === part.type);
  if (sameType) throw new Error(`end "${part.type}" is registered twice`);
  const key = part.expect?.key;
  const sameKey = key === undefined ? undefined : registered.ends.find((p) => p.expect?.key === key);
  if (sameKey) throw new Error(`end "${part.type}" takes the routing-test key endsAt.${key}, which end "${sameKey.type}" already has`);
  registered.ends.push(part as EndPart);
  return part;
}
