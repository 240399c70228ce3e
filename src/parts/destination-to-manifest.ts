import type { Destination } from '../core/manifest.js';
import { fail, type Converted } from './converted.js';
import type { ExportEnv, ForwardingSet, LiveObject, TerminatingForm } from './part.js';
import { destinationByApiType, destinationParts, knownDestination } from './registry.js';

/** The manifest key of each forwarding set. */
export const SET_KEY = { Ringing: 'ifNoAnswer', Terminating: 'immediately' } as const;

export const targetTypeOf = (term: TerminatingForm, set: ForwardingSet) =>
  set === 'Ringing' ? term.ringingTargetType : term.terminatingTargetType;

const owned = (t: LiveObject) => knownDestination(t.type)?.placement === 'owned';

/**
 * One forwarding set of a TerminatingAction → its destination. Compile owns the set: it removes
 * every owned target (forward) of the set other than the one it writes. So a set is written
 * only when its owned targets are exactly the one in use; otherwise the set is left to live.
 */
export function destinationToManifest(term: TerminatingForm, set: ForwardingSet, env: ExportEnv): Converted<Destination> {
  const targetType = targetTypeOf(term, set);
  const targets: LiveObject[] = term.targets ?? [];
  const forwards = targets.filter((t) => owned(t) && t.dispatchingType === set);
  const inUse = forwards.filter((t) => t.type === targetType);
  const unused = forwards.filter((t) => t.type !== targetType);
  if (unused.length > 0 || inUse.length > 1) {
    const extra = unused.length > 0 ? unused : inUse.slice(1);
    const words = extra.map((t) => destinationByApiType(t.type).describeLive(t));
    return fail(`the forwarding target${extra.length > 1 ? 's' : ''} ${words.join(', ')} kept configured beside the one in use`);
  }
  if (!targetType) return fail('a forwarding set without its target type');
  const part = destinationByApiType(targetType);
  const candidates = targets.filter((t) => t.type === targetType && (part.placement === 'shared' || t.dispatchingType === set));
  if (part.placement === 'owned' && candidates.length !== 1) {
    return fail(`a ${String(targetType)} destination ${candidates.length === 0 ? 'without its target' : 'with more than one target'}`);
  }
  return part.toManifest(candidates[0], env) as Converted<Destination>;
}

/**
 * Targets no written set uses still hold settings (an announcement greeting, the voicemail
 * greeting) that the file cannot show; each part reports its non-default ones.
 */
export function reportUnusedTargets(term: TerminatingForm, sets: readonly ForwardingSet[], env: ExportEnv): void {
  const used = sets.map((s) => String(targetTypeOf(term, s)));
  for (const part of destinationParts()) part.reportUnused?.(term.targets ?? [], used, sets, env);
}
