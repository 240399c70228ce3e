import type { Screening } from '../../core/manifest.js';
import type { LiveObject } from '../part.js';
import { KEPT_LIVE } from '../export-words.js';
import { registerGreetingAction } from '../register.js';

type Written = Screening | 'off';

const TYPE = 'ScreeningAction';
const WHEN = ['NoCallerId', 'UnknownCallerId', 'Always'];
const RESULT = ['AskToAnswer', 'PlayCallerNameOnly'];

/** `greeting.screening` = ScreeningAction: `off`, or `{when, result}`. */
export const screening = registerGreetingAction<Written>({
  key: 'screening',
  apiType: TYPE,
  step: 'screening',
  schema: { description: 'Caller screening (ScreeningAction).', $ref: '#/definitions/screening' },
  compile: (value, base) => {
    if (value === 'off') {
      // `screening` is required even when disabled: keep the live mode.
      return {
        type: TYPE,
        enabled: false,
        screening: base?.screening ?? 'NoCallerId',
        ...(base?.screeningResult ? { screeningResult: base.screeningResult } : {}),
      };
    }
    return { type: TYPE, enabled: true, screening: value.when, screeningResult: value.result ?? base?.screeningResult ?? 'AskToAnswer' };
  },
  comparable: (a) => ({
    type: TYPE,
    enabled: Boolean(a.enabled),
    screening: a.screening,
    ...(a.screeningResult !== undefined ? { screeningResult: a.screeningResult } : {}),
  }),
  // Compile fills a missing result with AskToAnswer, so an enabled screening needs its live result.
  toManifest: (a: LiveObject, env) => {
    if (!a.enabled) return 'off';
    if (WHEN.includes(String(a.screening)) && RESULT.includes(String(a.screeningResult))) {
      return { when: a.screening, result: a.screeningResult } as Screening;
    }
    env.cannot(`call screening ${JSON.stringify({ screening: a.screening, screeningResult: a.screeningResult })}`, KEPT_LIVE);
    return undefined;
  },
  routing: (a) => (a.enabled ? { kind: 'screening', detail: [a.screening, a.screeningResult].filter(Boolean).join(', ') } : undefined),
  routingOfWritten: (value) =>
    value === 'off' ? undefined : { kind: 'screening', detail: `${value.when}, ${value.result ?? 'AskToAnswer'}` },
  reviewName: 'screening',
});
