import { ALLOWED_DISPATCHING, DEFAULT_RING_SECONDS, defaultStateDispatching, type DispatchingRuleKind } from '../core/defaults.js';
import type { Destination, GreetingSection, RingGroup, RingTarget, RuleBody } from '../core/manifest.js';
import type { EndsAt, GreetingStep, RingStep, RoutingTarget, RuleAction } from '../core/routing.js';
import { destinationOf, greetingActionParts, ringTargetByKey, writtenKey } from '../parts/registry.js';
import { ringAlways } from '../parts/ring-always.js';
import { dispatchingToAction } from './dispatching-to-action.js';

export { greetingLabel } from '../parts/greeting-value.js';

/** RingCentral's default rule of a kind, every part marked as a default. */
export function defaultAction(kind: DispatchingRuleKind): RuleAction {
  return dispatchingToAction(defaultStateDispatching(kind), (id) => id, true);
}

/** Each greeting key is a section of its own: absent keeps the base, otherwise its part says what plays. */
function overlayGreetings(base: GreetingStep[], section: GreetingSection): GreetingStep[] {
  const out: GreetingStep[] = [];
  for (const part of greetingActionParts()) {
    const value = section[part.key];
    if (value === undefined) out.push(...base.filter((g) => g.kind === part.step));
    else {
      const step = part.routingOfWritten(value);
      if (step) out.push(step);
    }
  }
  return out;
}

/** A written ring target → the routing model's target, by its part. */
export function targetOf(t: RingTarget): RoutingTarget {
  const part = ringTargetByKey(t);
  return part ? part.routingOfWritten(t) : String(writtenKey(t));
}

function ringFromGroups(groups: RingGroup[]): RingStep[] {
  return groups
    .filter((g) => g.enabled !== false)
    .map((g) => ({ targets: g.targets.map(targetOf), seconds: g.seconds ?? DEFAULT_RING_SECONDS }));
}

/** A written destination → where the call ends, by its part. */
export function destinationEnd(d: Destination): EndsAt {
  const part = destinationOf(d);
  return part ? part.routingOfWritten(d) : { type: 'raw', target: String(writtenKey(d)) };
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
    if (body.ring.always !== undefined) {
      const always = ringAlways.routingOfWritten(body.ring.always);
      if (always.length > 0) out.ringAlways = always;
      else delete out.ringAlways;
    }
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
  const out: RuleAction = { ...agent, order: work.order, ring: work.ring, defaulted: work.defaulted };
  if (work.ringAlways) out.ringAlways = work.ringAlways;
  else delete out.ringAlways;
  return out;
}
