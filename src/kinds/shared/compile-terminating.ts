import { defaultTerminatingAction } from '../../core/defaults.js';
import type { Destination } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { setOf, type TerminatingActionRequest } from '../../parts/dispatching-request.js';
import type { ApiTerminatingTarget, ForwardingSet } from '../../parts/part.js';
import { destinationOf, knownDestination } from '../../parts/registry.js';
import type { CompileEnv } from './compile-env.js';

const VOICEMAIL = 'VoiceMailTerminatingTarget';

/**
 * Makes sure a TerminatingAction carries what RingCentral requires: the voicemail target (shared
 * by both sets), an announcement target per forwarding set the rule has, and both target types.
 */
export function ensureTerminating(term: TerminatingActionRequest | undefined, sets: ForwardingSet[]): TerminatingActionRequest {
  const base = defaultTerminatingAction(sets);
  const out: TerminatingActionRequest = term
    ? { ...term, targets: [...term.targets] }
    : { ...base, type: 'TerminatingAction', targets: [] };
  // RingCentral's default targets: in request form once the `name` responses add is dropped.
  for (const required of base.targets as (ApiTerminatingTarget & { name?: string })[]) {
    const present = out.targets.some(
      (t) => t.type === required.type && (knownDestination(required.type)?.placement === 'shared' || setOf(t) === setOf(required)),
    );
    if (!present) {
      const { name: _n, ...rest } = required;
      out.targets.push(rest as ApiTerminatingTarget);
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
export function applyDestination(
  env: CompileEnv,
  term: TerminatingActionRequest,
  set: ForwardingSet,
  dest: Destination,
  path: readonly PathSeg[],
): TerminatingActionRequest {
  const part = destinationOf(dest);
  // Validation rejects unknown forms before compile; this keeps a bug from writing garbage.
  if (!part) throw new Error(`no destination part for ${JSON.stringify(dest)}`);
  const targets = term.targets.filter((t) => !(knownDestination(t.type)?.placement === 'owned' && setOf(t) === set));
  const out = part.compile({ ...term, targets }, set, dest, env, path);
  const type = part.apiType ?? String((dest.raw as { type?: unknown } | undefined)?.type);
  return set === 'Ringing' ? { ...out, ringingTargetType: type } : { ...out, terminatingTargetType: type };
}
