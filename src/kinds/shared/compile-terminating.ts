import { defaultTerminatingAction } from '../../core/defaults.js';
import type { Destination } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { destinationOf, knownDestination } from '../../parts/registry.js';
import type { CompileEnv } from './compile-env.js';

type ForwardingSet = 'Ringing' | 'Terminating';

const VOICEMAIL = 'VoiceMailTerminatingTarget';

/**
 * Makes sure a TerminatingAction carries what RingCentral requires: the voicemail target (shared
 * by both sets), an announcement target per forwarding set the rule has, and both target types.
 */
export function ensureTerminating(term: any | undefined, sets: ForwardingSet[]): any {
  const base = defaultTerminatingAction(sets);
  const out = term ? { ...term, targets: [...term.targets] } : { ...base, targets: [] as any[] };
  for (const required of base.targets as any[]) {
    const present = out.targets.some(
      (t: any) =>
        t.type === required.type &&
        (knownDestination(required.type)?.placement === 'shared' || t.dispatchingType === required.dispatchingType),
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
 * destination. The set is owned by the manifest: the set's destinations of the kind a set owns
 * (forwards) are removed before the destination's part writes its own; the shared voicemail
 * target and the per-set announcements keep what the manifest does not state.
 */
export function applyDestination(env: CompileEnv, term: any, set: ForwardingSet, dest: Destination, path: readonly PathSeg[]): any {
  const part = destinationOf(dest);
  // Validation rejects unknown forms before compile; this keeps a bug from writing garbage.
  if (!part) throw new Error(`no destination part for ${JSON.stringify(dest)}`);
  const targets = term.targets.filter((t: any) => !(knownDestination(t.type)?.placement === 'owned' && t.dispatchingType === set));
  const out = part.compile({ ...term, targets }, set, dest, env, path);
  const typeKey = set === 'Ringing' ? 'ringingTargetType' : 'terminatingTargetType';
  return { ...out, [typeKey]: part.apiType ?? String((dest.raw as { type?: unknown } | undefined)?.type) };
}
