import { PRESET } from '../core/defaults.js';
import type { EndsAt, GreetingStep, RingStep, RoutingTarget, RuleAction } from '../core/routing.js';
import { splitDispatching } from '../kinds/shared/normalize-dispatching.js';

/** Extension id → the label the model shows (its number when known). */
export type ExtensionLabel = (id: string) => string;

const GREETING_KINDS: [string, GreetingStep['kind']][] = [
  ['PlayWelcomePromptAction', 'welcome'],
  ['PlayConnectingMessageAction', 'connecting message'],
  ['PlayConnectingPromptAction', 'connecting audio'],
];

/** `custom 5072424004` / `preset 66048`, from an API greeting object. */
export function apiGreetingLabel(g: any): string | undefined {
  if (!g) return undefined;
  if (g.effectiveGreetingType === 'Custom' && g.custom?.id !== undefined) return `custom ${g.custom.id}`;
  return g.preset?.id !== undefined ? `preset ${g.preset.id}` : undefined;
}

function greetingSteps(greetings: Map<string, any>): GreetingStep[] {
  const out: GreetingStep[] = [];
  for (const [type, kind] of GREETING_KINDS) {
    const a = greetings.get(type);
    if (a?.enabled) out.push({ kind, detail: apiGreetingLabel(a.greeting) ?? 'greeting' });
  }
  const s = greetings.get('ScreeningAction');
  if (s?.enabled) out.push({ kind: 'screening', detail: [s.screening, s.screeningResult].filter(Boolean).join(', ') });
  return out;
}

function ringTarget(t: any, label: ExtensionLabel): RoutingTarget | undefined {
  switch (t?.type) {
    case 'AllMobileRingTarget':
      return 'mobile-apps';
    case 'AllDesktopRingTarget':
      return 'desktop-apps';
    case 'CoworkerRingTarget':
      return { coworker: label(String(t.extension?.id)) };
    case 'PhoneNumberRingTarget':
      return { phone: String(t.destination?.phoneNumber) };
    default:
      return undefined;
  }
}

function ringSteps(groups: any[], label: ExtensionLabel, isDefault: boolean): RingStep[] {
  return groups
    .filter((g) => g.enabled)
    .map((g) => ({
      targets: (g.targets ?? []).map((t: any) => ringTarget(t, label)).filter((t: RoutingTarget | undefined) => t !== undefined),
      seconds: Number(g.duration ?? 0),
      ...(isDefault ? { default: true } : {}),
    }))
    .filter((s) => s.targets.length > 0);
}

/** The destination a TerminatingAction selects for one forwarding set. */
function endsAt(term: any, set: 'Ringing' | 'Terminating', label: ExtensionLabel, isDefault: boolean): EndsAt {
  const type = term?.[set === 'Ringing' ? 'ringingTargetType' : 'terminatingTargetType'] ?? 'VoiceMailTerminatingTarget';
  const targets: any[] = term?.targets ?? [];
  const target = targets.find((t) => t.type === type && (type === 'VoiceMailTerminatingTarget' || (t.dispatchingType ?? set) === set));
  const mark = isDefault ? { default: true } : {};
  switch (type) {
    case 'PhoneNumberTerminatingTarget':
      return { type: 'forward', target: String(target?.destination?.phoneNumber ?? '?'), targetType: 'phone', ...mark };
    case 'ExtensionTerminatingTarget':
      return { type: 'forward', target: label(String(target?.extension?.id ?? '?')), targetType: 'extension', ...mark };
    case 'PlayAnnouncementTerminatingTarget': {
      const greeting = apiGreetingLabel(target?.prompt?.greeting);
      return { type: 'announcement', ...(greeting ? { greeting } : {}), ...mark };
    }
    default:
      return voicemailEnd(target, label, mark);
  }
}

function voicemailEnd(target: any, label: ExtensionLabel, mark: object): EndsAt {
  const out: EndsAt = { type: 'voicemail', ...mark };
  if (target?.extension?.id !== undefined) {
    out.target = label(String(target.extension.id));
    out.targetType = 'extension';
  }
  // The standard voicemail greeting is what every mailbox plays; only say so when it differs.
  const greeting = apiGreetingLabel(target?.prompt?.greeting);
  if (greeting && greeting !== `preset ${PRESET.voicemail}`) out.greeting = greeting;
  return out;
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
