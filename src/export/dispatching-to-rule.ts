import { FORWARDING_SETS, type DispatchingRuleKind } from '../core/defaults.js';
import type { RuleBody } from '../core/manifest.js';
import { completeDispatching } from '../kinds/shared/compile-dispatching.js';
import { splitDispatching, type DispatchingParts } from '../kinds/shared/normalize-dispatching.js';
import { destinationToManifest, reportUnusedTargets, SET_KEY, type ForwardingSet } from './destination-to-manifest.js';
import { KEPT_LIVE, type FindingScope } from './export-findings.js';
import { fail, ok, type Converted, type ExtensionRefs } from './extension-refs.js';
import { greetingSectionToManifest } from './greeting-section-to-manifest.js';
import { ringToManifest } from './ring-to-manifest.js';

const STAYS = 'it stays as it is live';
const RING_TYPES = ['RingAtOnce', 'RingInOrder'];
const GREETING_KINDS: DispatchingRuleKind[] = ['work-hours', 'after-hours', 'custom'];
const RING_KINDS: DispatchingRuleKind[] = ['work-hours', 'after-hours', 'agent', 'custom'];

/**
 * Ring groups of a rule that does not ring are kept for when it rings again. Groups of the
 * user's own apps are there on every rule (RingCentral requires them), so only groups that name
 * coworkers, numbers or devices are worth a warning.
 */
const onlyOwnApps = (g: any) =>
  (g.targets ?? []).every((t: any) => ['AllMobileRingTarget', 'AllDesktopRingTarget'].includes(t.type) && !t.extension);

function ringSection(parts: DispatchingParts, kind: DispatchingRuleKind, refs: ExtensionRefs, scope: FindingScope, body: RuleBody): void {
  const ringing = RING_TYPES.includes(parts.type);
  if (RING_KINDS.includes(kind) && ringing) {
    const ring = ringToManifest(parts.type, parts.ringGroups, refs);
    if (ring.ok) body.ring = ring.value;
    else scope.cannot(`the ring groups (${ring.why})`, 'ring is left out of the file, so plan leaves the ring settings as they are live');
  } else if (parts.ringGroups.some((g) => !onlyOwnApps(g))) {
    scope.cannot('ring groups of coworkers, numbers or devices kept configured while the rule does not ring', 'they are left out of the file and stay as they are live');
  }
  if (parts.ringAlways.length > 0) scope.cannot('a RingAlwaysGroupAction (apps that ring alongside every group)', STAYS);
}

/**
 * Which sets may be written without changing the dispatching type: compile derives the type
 * from `ring` (ringing) or, without it, from `immediately` (Terminate). So `immediately` is
 * written only beside a written `ring` or on a rule that already forwards at once.
 */
function writableSets(parts: DispatchingParts, kind: DispatchingRuleKind, body: RuleBody, scope: FindingScope): ForwardingSet[] {
  const sets = FORWARDING_SETS[kind];
  if (!sets.includes('Terminating')) return sets;
  const safe = parts.type === 'Terminate' || (RING_TYPES.includes(parts.type) && body.ring !== undefined);
  if (safe) return sets;
  if (RING_TYPES.includes(parts.type)) {
    scope.cannot('immediately without the ring section (writing it alone would make the rule forward at once)', KEPT_LIVE);
  }
  return sets.filter((s) => s !== 'Terminating');
}

function forwarding(parts: DispatchingParts, kind: DispatchingRuleKind, refs: ExtensionRefs, scope: FindingScope, body: RuleBody): void {
  const term = parts.terminating;
  if (!term || FORWARDING_SETS[kind].length === 0) return;
  for (const set of writableSets(parts, kind, body, scope)) {
    const destination = destinationToManifest(term, set, refs, scope);
    if (destination.ok) body[SET_KEY[set]] = destination.value;
    else scope.cannot(`${SET_KEY[set]}: ${destination.why}`, KEPT_LIVE);
  }
  const sets = FORWARDING_SETS[kind];
  const used = sets.map((s) => (s === 'Ringing' ? term.ringingTargetType : term.terminatingTargetType));
  reportUnusedTargets(term, used, sets, scope);
}

/**
 * A live dispatching (state rule or custom rule) → the manifest rule body. What the format
 * cannot express is reported through `scope` and left out, so compile keeps it from live; the
 * body holds only what compile turns back into exactly the live dispatching. Fails when the
 * rule cannot be written at all.
 */
export function dispatchingToRule(dispatching: unknown, kind: DispatchingRuleKind, refs: ExtensionRefs, scope: FindingScope): Converted<RuleBody> {
  // Completed the way the planner compares live rules: parts RingCentral's responses may leave
  // out but compile always sends (device groups, announcement targets, target types).
  const parts = splitDispatching(completeDispatching(dispatching, kind));
  if (!parts.type) return fail('a rule without a dispatching');
  if (parts.type !== 'Terminate' && !RING_TYPES.includes(parts.type)) scope.cannot(`the dispatching type ${parts.type}`, KEPT_LIVE);
  const body: RuleBody = {};
  if (GREETING_KINDS.includes(kind)) {
    const greeting = greetingSectionToManifest(parts.greetings, scope);
    if (greeting) body.greeting = greeting;
  } else if ([...parts.greetings.values()].some((a) => a.enabled)) {
    scope.cannot(`greeting actions on the ${kind} rule`, STAYS);
  }
  ringSection(parts, kind, refs, scope, body);
  forwarding(parts, kind, refs, scope, body);
  for (const a of parts.other) scope.cannot(`an action of type ${String(a?.type)}`, STAYS);
  if (kind !== 'custom' && parts.callTypes?.queueCallsIncluded) scope.cannot('queueCallsIncluded on a state rule', STAYS);
  return ok(body);
}
