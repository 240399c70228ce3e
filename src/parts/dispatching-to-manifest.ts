import { FORWARDING_SETS, type DispatchingRuleKind } from '../core/defaults.js';
import type { RuleBody } from '../core/manifest.js';
import { fail, ok, type Converted } from './converted.js';
import { destinationToManifest, reportUnusedTargets, SET_KEY } from './destination-to-manifest.js';
import { splitDispatching, type DispatchingParts } from './dispatching-form.js';
import { KEPT_LIVE, STAYS } from './export-words.js';
import { greetingSectionToManifest } from './greeting-section-to-manifest.js';
import type { ExportEnv, ForwardingSet, LiveObject } from './part.js';
import { ringTargetByApiType } from './registry.js';
import { ringAlways } from './ring-always.js';
import { ringToManifest } from './ring-to-manifest.js';

const RING_TYPES = ['RingAtOnce', 'RingInOrder'];
const GREETING_KINDS: DispatchingRuleKind[] = ['work-hours', 'after-hours', 'custom'];
const RING_KINDS: DispatchingRuleKind[] = ['work-hours', 'after-hours', 'agent', 'custom'];

/**
 * Ring groups of a rule that does not ring are kept for when it rings again. Groups of the
 * user's own apps are there on every rule (RingCentral requires them), so only groups that name
 * coworkers, numbers or devices are worth a warning.
 */
const onlyOwnApps = (g: LiveObject) =>
  ((g.targets as LiveObject[] | undefined) ?? []).every((t) => ringTargetByApiType(t.type).ownApps && !t.extension);

function ringSection(parts: DispatchingParts, kind: DispatchingRuleKind, env: ExportEnv, body: RuleBody): void {
  const ringing = RING_TYPES.includes(parts.type);
  if (RING_KINDS.includes(kind) && ringing) {
    const ring = ringToManifest(parts.type, parts.ringGroups, env);
    if (ring.ok) {
      body.ring = ring.value;
      const always = ringAlways.toManifest(parts.ringAlways, env);
      if (always !== undefined) body.ring.always = always;
      return;
    }
    env.cannot(`the ring groups (${ring.why})`, 'ring is left out of the file, so plan leaves the ring settings as they are live');
  } else if (parts.ringGroups.some((g) => !onlyOwnApps(g))) {
    env.cannot(
      'ring groups of coworkers, numbers or devices kept configured while the rule does not ring',
      'they are left out of the file and stay as they are live',
    );
  }
  if (parts.ringAlways.length > 0)
    env.cannot('a RingAlwaysGroupAction (apps that ring alongside every group) of a rule whose ring section cannot be written', STAYS);
}

/**
 * Which sets may be written without changing the dispatching type: compile derives the type
 * from `ring` (ringing) or, without it, from `immediately` (Terminate). So `immediately` is
 * written only beside a written `ring` or on a rule that already forwards at once.
 */
function writableSets(parts: DispatchingParts, kind: DispatchingRuleKind, body: RuleBody, env: ExportEnv): ForwardingSet[] {
  const sets = FORWARDING_SETS[kind];
  if (!sets.includes('Terminating')) return sets;
  const safe = parts.type === 'Terminate' || (RING_TYPES.includes(parts.type) && body.ring !== undefined);
  if (safe) return sets;
  if (RING_TYPES.includes(parts.type)) {
    env.cannot('immediately without the ring section (writing it alone would make the rule forward at once)', KEPT_LIVE);
  }
  return sets.filter((s) => s !== 'Terminating');
}

function forwarding(parts: DispatchingParts, kind: DispatchingRuleKind, env: ExportEnv, body: RuleBody): void {
  const term = parts.terminating;
  if (!term || FORWARDING_SETS[kind].length === 0) return;
  for (const set of writableSets(parts, kind, body, env)) {
    const destination = destinationToManifest(term, set, env);
    if (destination.ok) body[SET_KEY[set]] = destination.value;
    else env.cannot(`${SET_KEY[set]}: ${destination.why}`, KEPT_LIVE);
  }
  reportUnusedTargets(term, FORWARDING_SETS[kind], env);
}

/**
 * A live dispatching in comparable form (state rule or custom rule; completed with what
 * compile always sends, see completeDispatching) → the manifest rule body (`greeting`, `ring`,
 * `ifNoAnswer`, `immediately`). Pure: what the format cannot express is reported through
 * `env.cannot` and left out, so compile keeps it from live; the body holds only what compile
 * turns back into exactly this dispatching. Fails when the rule cannot be written at all.
 */
export function dispatchingToManifest(dispatching: unknown, kind: DispatchingRuleKind, env: ExportEnv): Converted<RuleBody> {
  const parts = splitDispatching(dispatching);
  if (!parts.type) return fail('a rule without a dispatching');
  if (parts.type !== 'Terminate' && !RING_TYPES.includes(parts.type)) env.cannot(`the dispatching type ${parts.type}`, KEPT_LIVE);
  const body: RuleBody = {};
  if (GREETING_KINDS.includes(kind)) {
    const greeting = greetingSectionToManifest(parts.greetings, env);
    if (greeting) body.greeting = greeting;
  } else if ([...parts.greetings.values()].some((a) => a.enabled)) {
    env.cannot(`greeting actions on the ${kind} rule`, STAYS);
  }
  ringSection(parts, kind, env, body);
  forwarding(parts, kind, env, body);
  for (const a of parts.other) env.cannot(`an action of type ${String(a?.type)}`, STAYS);
  if (kind !== 'custom' && parts.callTypes?.queueCallsIncluded) env.cannot('queueCallsIncluded on a state rule', STAYS);
  return ok(body);
}
