import { PRESET } from '../../core/defaults.js';
import type { GreetingOrOff, GreetingSection, Screening } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { GreetingRole } from '../../core/references.js';
import { compileGreeting, type CompileEnv } from './compile-env.js';

const GREETING_KEYS: { key: 'welcome' | 'connectingMessage' | 'connectingAudio'; type: string; role: GreetingRole; preset: string }[] = [
  { key: 'welcome', type: 'PlayWelcomePromptAction', role: 'welcome', preset: PRESET.welcome },
  { key: 'connectingMessage', type: 'PlayConnectingMessageAction', role: 'connectingMessage', preset: PRESET.connectingMessage },
  { key: 'connectingAudio', type: 'PlayConnectingPromptAction', role: 'connectingAudio', preset: PRESET.connectingAudio },
];

/**
 * Applies a manifest `greeting` section to the live greeting actions. Each of the four keys is a
 * section of its own: absent keeps the live action, `off` disables it (keeping its greeting, which
 * RingCentral requires), a greeting enables it.
 */
export function applyGreetingSection(
  env: CompileEnv,
  section: GreetingSection,
  greetings: Map<string, any>,
  path: readonly PathSeg[],
): void {
  for (const g of GREETING_KEYS) {
    const value: GreetingOrOff | undefined = section[g.key];
    if (value === undefined) continue;
    const base = greetings.get(g.type);
    const baseGreeting = base?.greeting ?? { effectiveGreetingType: 'Preset', preset: { id: g.preset } };
    if (value === 'off') {
      greetings.set(g.type, { type: g.type, enabled: false, greeting: baseGreeting });
      continue;
    }
    const greeting = compileGreeting(env, value, g.role, baseGreeting, g.preset, [...path, g.key]);
    greetings.set(g.type, { type: g.type, enabled: true, greeting });
  }
  if (section.screening !== undefined) {
    greetings.set('ScreeningAction', screeningAction(section.screening, greetings.get('ScreeningAction')));
  }
}

function screeningAction(value: Screening | 'off', base: any): any {
  if (value === 'off') {
    // `screening` is required even when disabled: keep the live mode.
    return {
      type: 'ScreeningAction',
      enabled: false,
      screening: base?.screening ?? 'NoCallerId',
      ...(base?.screeningResult ? { screeningResult: base.screeningResult } : {}),
    };
  }
  return {
    type: 'ScreeningAction',
    enabled: true,
    screening: value.when,
    screeningResult: value.result ?? base?.screeningResult ?? 'AskToAnswer',
  };
}
