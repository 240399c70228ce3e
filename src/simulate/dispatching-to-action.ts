import type { EndsAt, GreetingStep, RingStep, RuleAction } from '../core/routing.js';
import { splitDispatching } from '../parts/dispatching-form.js';
import type { ForwardingSet, TerminatingForm } from '../parts/part.js';
import { destinationByApiType, greetingActionParts, ringTargetByApiType } from '../parts/registry.js';


/** Extension id → the label the model shows (its number when known). */
export type ExtensionLabel = (id: string) => string;

function greetingSteps(greetings: Map<string, any>): GreetingStep[] {
  const out: GreetingStep[] = [];
  for (const part of greetingActionParts()) {
    const a = greetings.get(part.apiType);
    const step = a ? part.routing(a) : undefined;
    if (step) out.push(step);
  }
  return out;
}

function ringSteps(groups: any[], label: ExtensionLabel, isDefault: boolean): RingStep[] {
  return groups
    .filter((g) => g.enabled)
    .map((g) => ({
      targets: (g.targets ?? []).map((t: any) => ringTargetByApiType(t?.type).routing(t, { label })),
      seconds: Number(g.duration ?? 0),
      ...(isDefault ? { default: true } : {}),
    }))
    .filter((s) => s.targets.length > 0);
}

/** The destination a TerminatingAction selects for one forwarding set (voicemail when it names none). */
function endsAt(term: TerminatingForm | undefined, set: ForwardingSet, label: ExtensionLabel, isDefault: boolean): EndsAt {
  const type = term?.[set === 'Ringing' ? 'ringingTargetType' : 'terminatingTargetType'] ?? 'VoiceMailTerminatingTarget';
  const part = destinationByApiType(type);
  const targets: any[] = term?.targets ?? [];
  const target = targets.find((t) => t.type === type && (part.placement === 'shared' || (t.dispatchingType ?? set) === set));
  const end = part.routing(target ?? (part.apiType ? undefined : { type }), { label });
  return isDefault ? { ...end, default: true } : end;
}

/**
 * A dispatching in API form (live, or RingCentral's defaults from core/defaults.ts) → the
 * routing part of a rule. `isDefault` marks every part as RingCentral's default.
 */
export function dispatchingToAction(dispatching: unknown, label: ExtensionLabel, isDefault = false): RuleAction {
  const parts = splitDispatching(dispatching);
  const term = parts.terminating;
  return {
    mode: parts.type === 'Terminate' ? 'terminate' : 'ring',
    order: parts.type === 'RingInOrder' ? 'in-order' : 'at-once',
    greetings: greetingSteps(parts.greetings),
    ring: ringSteps(parts.ringGroups, label, isDefault),
    ifNoAnswer: endsAt(term, 'Ringing', label, isDefault),
    immediately: endsAt(term, 'Terminating', label, isDefault),
    defaulted: isDefault,
  };
}
