import type { Greeting, GreetingOrOff } from '../../core/manifest.js';
import type { GreetingStep } from '../../core/routing.js';
import type { GreetingRole } from '../../core/references.js';
import type { GreetingActionType } from '../dispatching-request.js';
import {
  type ApiGreeting,
  apiGreetingLabel,
  compileGreeting,
  greetingForm,
  greetingLabel,
  greetingToManifest,
  isPreset,
} from '../greeting-value.js';
import { KEPT_LIVE } from '../export-words.js';
import type { GreetingActionPart, LiveObject } from '../part.js';

const isOff = (v: GreetingOrOff): v is { off: Greeting } => typeof v === 'object' && v !== null && 'off' in v;

export interface PromptActionSpec {
  key: 'welcome' | 'connectingMessage' | 'connectingAudio';
  apiType: Exclude<GreetingActionType, 'ScreeningAction'>;
  role: GreetingRole;
  /** RingCentral's default greeting for this action. */
  preset: string;
  step: string;
  reviewName: string;
  description: string;
}

/**
 * A greeting action that plays one greeting (welcome, connecting message, connecting audio):
 * a greeting enables it, `off` disables it and keeps its greeting, which RingCentral requires.
 */
export function promptActionPart(spec: PromptActionSpec): GreetingActionPart<GreetingOrOff> {
  return {
    key: spec.key,
    apiType: spec.apiType,
    step: spec.step,
    schema: { description: spec.description, $ref: '#/definitions/greetingOrOff' },
    references: [{ path: [], reference: spec.role, role: `the ${spec.reviewName}` }],
    compile: (value, base, env, path) => {
      // An action that does not exist live yet starts from the account's preset for it (its
      // standard-greeting dictionary), never from an id guessed for another account.
      const preset =
        (base?.greeting as { preset?: { id?: unknown } } | undefined)?.preset?.id ?? env.resolver.defaultPreset(spec.key) ?? spec.preset;
      // The base is the live action in comparable form: its greeting is already in request form.
      const baseGreeting = (base?.greeting as ApiGreeting | undefined) ?? {
        effectiveGreetingType: 'Preset',
        preset: { id: String(preset) },
      };
      if (value === 'off') return { type: spec.apiType, enabled: false, greeting: baseGreeting };
      if (isOff(value)) {
        const greeting = compileGreeting(env, value.off, spec.role, baseGreeting, String(preset), [...path, 'off']);
        return { type: spec.apiType, enabled: false, greeting };
      }
      return { type: spec.apiType, enabled: true, greeting: compileGreeting(env, value, spec.role, baseGreeting, String(preset), path) };
    },
    comparable: (a) => ({ type: spec.apiType, enabled: Boolean(a.enabled), greeting: greetingForm(a.greeting) }),
    toManifest: (a: LiveObject, env) => {
      if (!a.enabled) {
        // Off with RingCentral's default greeting is plain `off`; off with another greeting
        // configured says which, so applying the export elsewhere restores it.
        if (isPreset(a.greeting, spec.preset)) return 'off';
        const kept = greetingToManifest(a.greeting);
        if (kept.ok) return { off: kept.value };
        env.cannot(
          `the ${spec.key} greeting kept configured while it is off (${kept.why})`,
          'the file says off and the greeting stays as it is live',
        );
        return 'off';
      }
      const greeting = greetingToManifest(a.greeting);
      if (greeting.ok) return greeting.value;
      env.cannot(`the ${spec.key} greeting (${greeting.why})`, KEPT_LIVE);
      return undefined;
    },
    routing: (a) => (a.enabled ? { kind: spec.step, detail: apiGreetingLabel(a.greeting) ?? 'greeting' } : undefined),
    routingOfWritten: (value) => (value === 'off' || isOff(value) ? undefined : { kind: spec.step, detail: greetingLabel(value) }),
    stepText: (step: GreetingStep) => `greeting: ${step.kind} (${step.detail})`,
    reviewName: spec.reviewName,
  };
}
