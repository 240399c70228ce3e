import { PRESET } from '../core/defaults.js';
import type { GreetingSection, Screening } from '../core/manifest.js';
import { KEPT_LIVE, type FindingScope } from './export-findings.js';
import { greetingToManifest, isPreset } from './greeting-to-manifest.js';

const GREETING_ACTIONS = [
  { key: 'welcome', type: 'PlayWelcomePromptAction', preset: PRESET.welcome },
  { key: 'connectingMessage', type: 'PlayConnectingMessageAction', preset: PRESET.connectingMessage },
  { key: 'connectingAudio', type: 'PlayConnectingPromptAction', preset: PRESET.connectingAudio },
] as const;

const SCREENING_WHEN = ['NoCallerId', 'UnknownCallerId', 'Always'];
const SCREENING_RESULT = ['AskToAnswer', 'PlayCallerNameOnly'];

/**
 * The greeting actions of a rule → its `greeting` section. Enabled actions are written with
 * their greeting, disabled ones as `off` (compile keeps the live greeting of an `off` action, so
 * `off` round-trips; a non-default greeting kept behind `off` is reported, since the file does
 * not show it). Actions the rule does not have are not written.
 */
export function greetingSectionToManifest(greetings: Map<string, any>, scope: FindingScope): GreetingSection | undefined {
  const out: GreetingSection = {};
  for (const g of GREETING_ACTIONS) {
    const action = greetings.get(g.type);
    if (!action) continue;
    if (!action.enabled) {
      out[g.key] = 'off';
      if (!isPreset(action.greeting, g.preset)) {
        scope.cannot(`the ${g.key} greeting kept configured while it is off`, 'the file says off and the greeting stays as it is live');
      }
      continue;
    }
    const greeting = greetingToManifest(action.greeting);
    if (greeting.ok) out[g.key] = greeting.value;
    else scope.cannot(`the ${g.key} greeting (${greeting.why})`, KEPT_LIVE);
  }
  const screening = greetings.get('ScreeningAction');
  if (screening) {
    const written = screeningToManifest(screening);
    if (written !== undefined) out.screening = written;
    else scope.cannot(`call screening ${JSON.stringify({ screening: screening.screening, screeningResult: screening.screeningResult })}`, KEPT_LIVE);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Compile fills a missing result with AskToAnswer, so an enabled screening needs its live result. */
function screeningToManifest(action: any): Screening | 'off' | undefined {
  if (!action.enabled) return 'off';
  if (!SCREENING_WHEN.includes(action.screening) || !SCREENING_RESULT.includes(action.screeningResult)) return undefined;
  return { when: action.screening, result: action.screeningResult };
}
