import { ALLOWED_DISPATCHING, FORWARDING_SETS, type DispatchingRuleKind } from '../../core/defaults.js';
import type { RuleBody } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { CompileEnv } from './compile-env.js';
import { applyGreetingSection } from './compile-greeting-actions.js';
import { ringAlways } from '../../parts/ring-always.js';
import { compileRingGroups, ensureDeviceGroups } from './compile-ring-groups.js';
import { applyDestination, ensureTerminating } from './compile-terminating.js';
import { joinDispatching, splitDispatching, type Dispatching } from './normalize-dispatching.js';
import type { DispatchingType } from '../../parts/dispatching-request.js';

const RING_KINDS: DispatchingRuleKind[] = ['work-hours', 'after-hours', 'agent', 'custom'];

function dispatchingType(rule: RuleBody, baseType: DispatchingType, kind: DispatchingRuleKind): DispatchingType {
  if (rule.ring) {
    if (rule.ring.order === 'in-order') return 'RingInOrder';
    if (rule.ring.order === 'at-once') return 'RingAtOnce';
    return baseType === 'RingInOrder' || baseType === 'RingAtOnce' ? baseType : 'RingAtOnce';
  }
  if (rule.immediately) return 'Terminate';
  // With neither, the live type stays, unless this rule cannot have it (a new rule's default).
  return ALLOWED_DISPATCHING[kind].includes(baseType) ? baseType : ALLOWED_DISPATCHING[kind][0];
}

/**
 * The live dispatching completed with what compile always sends: RingCentral's responses may
 * leave out parts its requests require (the guide's forward-all-calls sample has no
 * `ringingTargetType`; its VIP rule has no immediate announcement). Comparing the completed form
 * keeps a plan from showing those as changes forever.
 */
export function completeDispatching(d: unknown, kind: DispatchingRuleKind): Dispatching {
  const parts = splitDispatching(d);
  if (RING_KINDS.includes(kind)) parts.ringGroups = ensureDeviceGroups(parts.ringGroups, parts.ringGroups);
  const sets = FORWARDING_SETS[kind];
  if (sets.length > 0) parts.terminating = ensureTerminating(parts.terminating, sets);
  return joinDispatching(parts);
}

/**
 * Compiles a manifest rule into the complete dispatching body RingCentral needs, starting from
 * the live dispatching (or RingCentral's default for an object that does not exist yet): a
 * state-rule PATCH replaces the dispatching whole, so sections the manifest leaves out must be
 * carried over from live, and the mandatory parts (device ring groups, voicemail and
 * announcement targets, both target types) must always be present.
 */
export function compileDispatching(
  env: CompileEnv,
  rule: RuleBody,
  base: unknown,
  kind: DispatchingRuleKind,
  path: readonly PathSeg[],
  queueCalls?: boolean,
): Dispatching {
  const parts = splitDispatching(base);
  parts.type = dispatchingType(rule, parts.type, kind);
  if (rule.greeting) applyGreetingSection(env, rule.greeting, parts.greetings, [...path, 'greeting']);
  if (RING_KINDS.includes(kind)) {
    parts.ringGroups = rule.ring
      ? compileRingGroups(env, rule.ring.groups, parts.ringGroups, [...path, 'ring', 'groups'])
      : ensureDeviceGroups(parts.ringGroups, parts.ringGroups);
    if (rule.ring?.always !== undefined)
      parts.ringAlways = ringAlways.compile(rule.ring.always, parts.ringAlways, env, [...path, 'ring', 'always']);
  }
  const sets = FORWARDING_SETS[kind];
  if (sets.length > 0) {
    let term = ensureTerminating(parts.terminating, sets);
    if (rule.ifNoAnswer) term = applyDestination(env, term, 'Ringing', rule.ifNoAnswer, [...path, 'ifNoAnswer']);
    if (rule.immediately) term = applyDestination(env, term, 'Terminating', rule.immediately, [...path, 'immediately']);
    parts.terminating = term;
  }
  if (queueCalls !== undefined) parts.callTypes = { queueCallsIncluded: queueCalls };
  return joinDispatching(parts);
}
