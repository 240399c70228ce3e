import type { DestinationPart, GreetingActionPart, RingTargetPart } from './part.js';

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
};

export function registerRingTarget<W>(part: RingTargetPart<W>): RingTargetPart<W> {
  registered.ringTargets.push(part as RingTargetPart);
  return part;
}

export function registerDestination<W>(part: DestinationPart<W>): DestinationPart<W> {
  registered.destinations.push(part as DestinationPart);
  return part;
}

export function registerGreetingAction<W>(part: GreetingActionPart<W>): GreetingActionPart<W> {
  registered.greetingActions.push(part as GreetingActionPart);
  return part;
}
