import { ALLOWED_DISPATCHING, DEFAULT_RING_SECONDS, defaultStateDispatching, type DispatchingRuleKind } from '../core/defaults.js';
import type { Destination, Greeting, GreetingSection, RingGroup, RingTarget, RuleBody } from '../core/manifest.js';
import type { EndsAt, GreetingStep, RingStep, RoutingTarget, RuleAction } from '../core/routing.js';
import { dispatchingToAction } from './dispatching-to-action.js';
import { e164OrAsWritten, refLabel } from './ext-ref-label.js';

export function greetingLabel(g: Greeting): string {
  return 'custom' in g ? `custom ${g.custom}` : `preset ${g.preset}`;
}

/** RingCentral's default rule of a kind, every part marked as a default. */
export function defaultAction(kind: DispatchingRuleKind): RuleAction {
  return dispatchingToAction(defaultStateDispatching(kind), (id) => id, true);
}

const GREETING_KEYS: [keyof GreetingSection, GreetingStep['kind']][] = [
  ['welcome', 'welcome'],
  ['connectingMessage', 'connecting message'],
  ['connectingAudio', 'connecting audio'],
  ['screening', 'screening'],
];

/** Each greeting key is a section of its own: absent keeps the base, `off` removes it. */
function overlayGreetings(base: GreetingStep[], section: GreetingSection): GreetingStep[] {
  const out: GreetingStep[] = [];
  for (const [key, kind] of GREETING_KEYS) {
    const value = section[key];
    if (value === undefined) out.push(...base.filter((g) => g.kind === kind));
    else if (value === 'off') continue;
    else if (key === 'screening') {
      const s = value as { when: string; result?: string };
      out.push({ kind, detail: `${s.when}, ${s.result ?? 'AskToAnswer'}` });
    } else out.push({ kind, detail: greetingLabel(value as Greeting) });
  }
  return out;
}

export function targetOf(t: RingTarget): RoutingTarget {
  if (t === 'mobile-apps' || t === 'desktop-apps') return t;
  if ('coworker' in t) return { coworker: refLabel(t.coworker) };
  return { phone: e164OrAsWritten(t.phone) };
}

function ringFromGroups(groups: RingGroup[]): RingStep[] {
  return groups
    .filter((g) => g.enabled !== false)
    .map((g) => ({ targets: g.targets.map(targetOf), seconds: g.seconds ?? DEFAULT_RING_SECONDS }));
}

export function destinationEnd(d: Destination): EndsAt {
  if ('voicemail' in d) {
    const out: EndsAt = { type: 'voicemail' };
    if (d.voicemail.mailbox !== undefined) Object.assign(out, { target: refLabel(d.voicemail.mailbox), targetType: 'extension' });
    if (d.voicemail.greeting) out.greeting = greetingLabel(d.voicemail.greeting);
    return out;
  }
  if ('announcement' in d) return { type: 'announcement', greeting: greetingLabel(d.announcement.greeting) };
  if ('phone' in d.forwardTo) return { type: 'forward', target: e164OrAsWritten(d.forwardTo.phone), targetType: 'phone' };
  return { type: 'forward', target: refLabel(d.forwardTo.extension), targetType: 'extension' };
}

/**
 * A manifest rule → the routing part of it. What the rule leaves out comes from RingCentral's
 * default for that rule (there is no live state to keep when simulating a manifest), and says
 * so. The dispatching type follows the same rules as compile: `ring` rings, `immediately`
 * without `ring` forwards at once, neither keeps the (default) type.
 */
export function ruleBodyToAction(body: RuleBody | undefined, kind: DispatchingRuleKind): RuleAction {
  const base = defaultAction(kind);
  if (!body) return base;
  const out: RuleAction = { ...base, defaulted: false };
  if (body.greeting) out.greetings = overlayGreetings(base.greetings, body.greeting);
  if (body.ring) {
    out.mode = 'ring';
    out.order = body.ring.order ?? (base.mode === 'ring' ? base.order : 'at-once');
    out.ring = ringFromGroups(body.ring.groups);
  } else if (body.immediately && ALLOWED_DISPATCHING[kind].includes('Terminate')) {
    out.mode = 'terminate';
  }
  if (body.ifNoAnswer) out.ifNoAnswer = destinationEnd(body.ifNoAnswer);
  if (body.immediately) out.immediately = destinationEnd(body.immediately);
  return out;
}

/**
 * The agent state "same as work hours" also takes its ring settings from the work-hours rule
 * (state-based-call-handling.md: RingCentral keeps them in step).
 */
export function withWorkHoursRing(agent: RuleAction, work: RuleAction): RuleAction {
  return { ...agent, order: work.order, ring: work.ring, defaulted: work.defaulted };
}
