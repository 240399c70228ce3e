import {
  ALLOWED_DISPATCHING,
  FORWARDING_SETS,
  HAS_GREETINGS,
  HAS_RINGING,
  MAX_RING_SECONDS,
  type DispatchingRuleKind,
} from './rule-kinds.js';
import { defaultGreetingActions } from './default-dispatching.js';
import type { Problems } from './api-error.js';
import type { Directory } from './account-model.js';
import { at, isObject, type Json } from './json-value.js';
import { checkGreeting } from './check-greeting.js';
import { TERMINATING_TARGET_TYPES, checkRingTarget, checkTerminatingTarget } from './check-targets.js';

/**
 * A rule's `dispatching` (CommDispatchingRequest) as RingCentral's call-handling guide requires
 * it: the dispatching types each rule allows, the mandatory mobile/desktop ring groups of rules
 * that ring, the mandatory TerminatingAction (with its voicemail target and both target types)
 * of rules that forward. The result is the stored dispatching: a PATCH replaces it whole, and
 * greeting actions left out come back as RingCentral's disabled defaults. `ownerId` is the
 * extension whose rule it is (device and integration targets must be its own).
 */

const GREETING_TYPE_OF: Record<string, string> = {
  PlayWelcomePromptAction: 'Introductory',
  PlayConnectingMessageAction: 'ConnectingMessage',
  PlayConnectingPromptAction: 'ConnectingAudio',
};
const SCREENING = ['NoCallerId', 'UnknownCallerId', 'Always'];
const SCREENING_RESULT = ['AskToAnswer', 'PlayCallerNameOnly'];

export function checkDispatching(
  p: Problems,
  path: string,
  d: unknown,
  kind: DispatchingRuleKind,
  dir: Directory,
  ownerId: string,
): Json | undefined {
  if (!isObject(d)) return void p.add(path, 'is required: {type, actions}');
  const allowed = ALLOWED_DISPATCHING[kind];
  if (!allowed.includes(d.type as string)) p.add(at(path, 'type'), `must be one of ${allowed.join(', ')} for this rule`);
  if (!Array.isArray(d.actions) || d.actions.length === 0) return void p.add(at(path, 'actions'), 'must be a non-empty array');
  const before = p.items.length;
  const owner = { dir, ownerId };
  const actions = d.actions.map((a, i) => checkAction(p, at(at(path, 'actions'), i), a, kind, owner));
  if (p.items.length > before) return undefined;
  checkRequiredActions(p, at(path, 'actions'), actions as Json[], kind);
  const out: Json = { type: d.type, actions: withDefaultGreetings(kind, actions as Json[]) };
  if (d.callTypes !== undefined) out.callTypes = checkCallTypes(p, at(path, 'callTypes'), d.callTypes);
  return out;
}

function checkCallTypes(p: Problems, path: string, v: unknown): Json | undefined {
  if (!isObject(v) || typeof v.queueCallsIncluded !== 'boolean') return void p.add(path, 'must be {queueCallsIncluded: boolean}');
  return { queueCallsIncluded: v.queueCallsIncluded };
}

/** The account and the extension whose rule is checked. */
interface Owner {
  dir: Directory;
  ownerId: string;
}

function checkAction(p: Problems, path: string, a: unknown, kind: DispatchingRuleKind, owner: Owner): Json | undefined {
  const { dir } = owner;
  if (!isObject(a)) return void p.add(path, 'must be an action object');
  const type = String(a.type);
  const greetingType = GREETING_TYPE_OF[type];
  if (greetingType || type === 'ScreeningAction') {
    if (!HAS_GREETINGS.includes(kind)) return void p.add(at(path, 'type'), `${type} is not allowed in this rule (no greetings)`);
    if (typeof a.enabled !== 'boolean') p.add(at(path, 'enabled'), 'is required, a boolean');
    if (type === 'ScreeningAction') return checkScreening(p, path, a);
    const greeting = checkGreeting(p, at(path, 'greeting'), a.greeting, greetingType, dir);
    return greeting && { type, enabled: a.enabled, greeting };
  }
  if (type === 'RingGroupAction' || type === 'RingAlwaysGroupAction') {
    if (!HAS_RINGING.includes(kind)) return void p.add(at(path, 'type'), `${type} is not allowed in this rule (it does not ring)`);
    return type === 'RingGroupAction' ? checkRingGroup(p, path, a, owner) : checkRingAlways(p, path, a, owner);
  }
  if (type === 'TerminatingAction') {
    if (FORWARDING_SETS[kind].length === 0)
      return void p.add(at(path, 'type'), 'TerminatingAction is not allowed in this rule (it does not forward)');
    return checkTerminatingAction(p, path, a, kind, dir);
  }
  return void p.add(at(path, 'type'), `unknown action type ${type}`);
}

function checkScreening(p: Problems, path: string, a: Json): Json | undefined {
  if (!SCREENING.includes(a.screening as string)) return void p.add(at(path, 'screening'), `is required, one of ${SCREENING.join(', ')}`);
  const result = a.screeningResult ?? 'AskToAnswer';
  if (!SCREENING_RESULT.includes(result as string))
    return void p.add(at(path, 'screeningResult'), `must be one of ${SCREENING_RESULT.join(', ')}`);
  return { type: 'ScreeningAction', enabled: a.enabled, screening: a.screening, screeningResult: result };
}

function checkRingGroup(p: Problems, path: string, a: Json, { dir, ownerId }: Owner): Json | undefined {
  if (typeof a.enabled !== 'boolean') p.add(at(path, 'enabled'), 'is required, a boolean');
  const d = a.duration;
  if (typeof d !== 'number' || !Number.isInteger(d) || d <= 0 || d % 5 !== 0 || d > MAX_RING_SECONDS) {
    p.add(at(path, 'duration'), `is required, a positive multiple of 5 seconds up to ${MAX_RING_SECONDS}`);
  }
  if (a.customStartOffset !== undefined && (!Number.isInteger(a.customStartOffset) || (a.customStartOffset as number) < 0)) {
    p.add(at(path, 'customStartOffset'), 'must be a non-negative integer');
  }
  const targets = checkTargetList(p, at(path, 'targets'), a.targets, (tp, t) => checkRingTarget(p, tp, t, dir, ownerId));
  const offset = a.customStartOffset === undefined ? {} : { customStartOffset: a.customStartOffset };
  return targets && { type: 'RingGroupAction', enabled: a.enabled, targets, duration: d, ...offset };
}

/** Apps that ring all the time during the call, beside the ring groups (at most one of each). */
function checkRingAlways(p: Problems, path: string, a: Json, { dir, ownerId }: Owner): Json | undefined {
  if (typeof a.enabled !== 'boolean') p.add(at(path, 'enabled'), 'is required, a boolean');
  const targets = checkTargetList(p, at(path, 'targets'), a.targets, (tp, t) => {
    const ok = isObject(t) && (t.type === 'AllMobileRingTarget' || t.type === 'AllDesktopRingTarget');
    return ok ? checkRingTarget(p, tp, t, dir, ownerId) : void p.add(at(tp, 'type'), 'must be AllMobileRingTarget or AllDesktopRingTarget');
  });
  if (targets && new Set(targets.map((t) => t.type)).size !== targets.length)
    p.add(at(path, 'targets'), 'at most one AllMobileRingTarget and one AllDesktopRingTarget');
  return targets && { type: 'RingAlwaysGroupAction', enabled: a.enabled, targets };
}

function checkTargetList(p: Problems, path: string, v: unknown, check: (path: string, t: unknown) => Json | undefined): Json[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return void p.add(path, 'is required, a non-empty array');
  const out = v.map((t, i) => check(at(path, i), t));
  return out.every(Boolean) ? (out as Json[]) : undefined;
}

function checkTerminatingAction(p: Problems, path: string, a: Json, kind: DispatchingRuleKind, dir: Directory): Json | undefined {
  const sets = FORWARDING_SETS[kind];
  const targets = checkTargetList(p, at(path, 'targets'), a.targets, (tp, t) => checkTerminatingTarget(p, tp, t, sets, dir));
  if (!targets) return undefined;
  const keys = targets.map((t) => `${t.type}/${t.dispatchingType ?? ''}`);
  if (new Set(keys).size !== keys.length) p.add(at(path, 'targets'), 'a target type may appear once per dispatchingType');
  if (!targets.some((t) => t.type === 'VoiceMailTerminatingTarget')) {
    p.add(at(path, 'targets'), 'must include the VoiceMailTerminatingTarget');
  }
  const chosen = { ringingTargetType: 'Ringing', terminatingTargetType: 'Terminating' } as const;
  const out: Json = { type: 'TerminatingAction', targets };
  for (const [key, set] of Object.entries(chosen)) {
    // The spec makes both optional and the guide's Case 1 sends only ringingTargetType: a type left
    // out is voicemail, the target the guide calls "mandatory and applicable to both types".
    const v = a[key] ?? 'VoiceMailTerminatingTarget';
    // "must reference a valid forwarding target, even if the terminating target is not actively
    // used by the rule": a set the rule has needs a target of that set, another any listed target.
    const used = sets.includes(set);
    const valid = (t: Json) => t.type === v && (!used || t.dispatchingType === set);
    if (typeof v !== 'string' || !TERMINATING_TARGET_TYPES.includes(v)) {
      p.add(at(path, key), `must be one of ${TERMINATING_TARGET_TYPES.join(', ')}`);
    } else if (v !== 'VoiceMailTerminatingTarget' && !targets.some(valid)) {
      p.add(at(path, key), `references no ${v} target${used ? ` with dispatchingType ${set}` : ''}`);
    }
    out[key] = v;
  }
  return out;
}

/** The mandatory parts: mobile and desktop ring groups when the rule rings, one TerminatingAction when it forwards. */
function checkRequiredActions(p: Problems, path: string, actions: Json[], kind: DispatchingRuleKind): void {
  const count = (pred: (a: Json) => boolean) => actions.filter(pred).length;
  const groupWith = (target: string) => (a: Json) => a.type === 'RingGroupAction' && (a.targets as Json[]).some((t) => t.type === target);
  if (HAS_RINGING.includes(kind)) {
    for (const target of ['AllMobileRingTarget', 'AllDesktopRingTarget']) {
      const n = count(groupWith(target));
      if (n !== 1) p.add(path, `exactly one RingGroupAction with the ${target} is required (found ${n})`);
    }
  }
  if (FORWARDING_SETS[kind].length > 0 && count((a) => a.type === 'TerminatingAction') !== 1) {
    p.add(path, 'exactly one TerminatingAction (with the VoiceMailTerminatingTarget) is required');
  }
  for (const type of [...Object.keys(GREETING_TYPE_OF), 'ScreeningAction', 'RingAlwaysGroupAction']) {
    if (count((a) => a.type === type) > 1) p.add(path, `${type} may appear once`);
  }
}

function withDefaultGreetings(kind: DispatchingRuleKind, actions: Json[]): Json[] {
  if (!HAS_GREETINGS.includes(kind)) return actions;
  const missing = defaultGreetingActions().filter((d) => !actions.some((a) => a.type === d.type));
  return [...(missing as Json[]), ...actions];
}
