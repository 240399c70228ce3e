import type { EndsAt, GreetingStep, RingStep, RuleAction } from '../core/routing.js';
import { splitDispatching } from '../parts/dispatching-form.js';
import type { RingGroupActionRequest } from '../parts/dispatching-request.js';
import type { ForwardingSet, LiveObject, RoutingEnv, TerminatingForm } from '../parts/part.js';
import { ringAlways } from '../parts/ring-always.js';
import { deviceNames } from '../parts/ring-targets/device.js';
import { destinationByApiType, greetingActionParts, ringTargetByApiType } from '../parts/registry.js';

/** Extension id → the label the model shows (its number when known). */
export type ExtensionLabel = (id: string) => string;

function greetingSteps(greetings: Map<string, LiveObject>): GreetingStep[] {
  const out: GreetingStep[] = [];
  for (const part of greetingActionParts()) {
    const a = greetings.get(part.apiType);
    const step = a ? part.routing(a) : undefined;
    if (step) out.push(step);
  }
  return out;
}

function ringSteps(groups: RingGroupActionRequest[], env: RoutingEnv, isDefault: boolean): RingStep[] {
  return groups
    .filter((g) => g.enabled)
    .map((g) => ({
      targets: (g.targets ?? []).map((t) => ringTargetByApiType(t?.type).routing(t, env)),
      seconds: Number(g.duration ?? 0),
      ...(isDefault ? { default: true } : {}),
    }))
    .filter((s) => s.targets.length > 0);
}

/** The destination a TerminatingAction selects for one forwarding set (voicemail when it names none). */
function endsAt(term: TerminatingForm | undefined, set: ForwardingSet, env: RoutingEnv, isDefault: boolean): EndsAt {
  const type = term?.[set === 'Ringing' ? 'ringingTargetType' : 'terminatingTargetType'] ?? 'VoiceMailTerminatingTarget';
  const part = destinationByApiType(type);
  const targets: LiveObject[] = term?.targets ?? [];
  const target = targets.find((t) => t.type === type && (part.placement === 'shared' || (t.dispatchingType ?? set) === set));
  const end = part.routing(target ?? (part.apiType ? undefined : { type }), env);
  return isDefault ? { ...end, default: true } : end;
}

/**
 * A dispatching in API form (live, or RingCentral's defaults from core/defaults.ts) → the
 * routing part of a rule. `isDefault` marks every part as RingCentral's default; devices are
 * named by `deviceName` (by default, as the dispatching's own targets name them).
 */
export function dispatchingToAction(
  dispatching: unknown,
  label: ExtensionLabel,
  isDefault = false,
  deviceName = deviceNames([], [dispatching]),
): RuleAction {
  const parts = splitDispatching(dispatching);
  const term = parts.terminating;
  const env = { label, deviceName };
  const always = ringAlways.routing(parts.ringAlways, env);
  return {
    mode: parts.type === 'Terminate' ? 'terminate' : 'ring',
    order: parts.type === 'RingInOrder' ? 'in-order' : 'at-once',
    greetings: greetingSteps(parts.greetings),
    ring: ringSteps(parts.ringGroups, env, isDefault),
    ...(always.length > 0 ? { ringAlways: always } : {}),
    ifNoAnswer: endsAt(term, 'Ringing', env, isDefault),
    immediately: endsAt(term, 'Terminating', env, isDefault),
    defaulted: isDefault,
  };
}
