import type { ApiSchema } from '../../core/api/api-types.js';
import type { Screening } from '../../core/manifest.js';
import type { LiveObject } from '../part.js';
import { KEPT_LIVE } from '../export-words.js';
import { registerGreetingAction } from '../register.js';

type Written = Screening | 'off' | { off: Screening };

const isOff = (v: Written): v is { off: Screening } => typeof v === 'object' && v !== null && 'off' in v;
/** RingCentral's defaults for a screening action (the guides' new-user rules). */
const DEFAULT_WHEN = 'NoCallerId';
const DEFAULT_RESULT = 'AskToAnswer';

const TYPE = 'ScreeningAction';
type ScreeningAction = ApiSchema<'CommScreeningActionRequest'>;
type ScreeningMode = ScreeningAction['screening'];
type ScreeningResult = NonNullable<ScreeningAction['screeningResult']>;
const WHEN = ['NoCallerId', 'UnknownCallerId', 'Always'];
const RESULT = ['AskToAnswer', 'PlayCallerNameOnly'];

/** `greeting.screening` = ScreeningAction: `off`, `{when, result}`, or `{off: {when, result}}` (off, those kept). */
export const screening = registerGreetingAction<Written>({
  key: 'screening',
  apiType: TYPE,
  step: 'screening',
  schema: { description: 'Caller screening (ScreeningAction).', $ref: '#/definitions/screening' },
  compile: (value, base): ScreeningAction => {
    // The base is the live action in comparable form: its mode and result are as RingCentral holds them.
    const liveMode = base?.screening as ScreeningMode | undefined;
    const liveResult = base?.screeningResult as ScreeningResult | undefined;
    if (value === 'off') {
      // `screening` is required even when disabled: keep the live mode.
      return {
        type: TYPE,
        enabled: false,
        screening: liveMode ?? 'NoCallerId',
        ...(liveResult ? { screeningResult: liveResult } : {}),
      };
    }
    const on = isOff(value) ? value.off : value;
    return {
      type: TYPE,
      enabled: !isOff(value),
      screening: on.when,
      screeningResult: on.result ?? liveResult ?? DEFAULT_RESULT,
    };
  },
  comparable: (a) => ({
    type: TYPE,
    enabled: Boolean(a.enabled),
    screening: a.screening as ScreeningMode,
    ...(a.screeningResult !== undefined ? { screeningResult: a.screeningResult as ScreeningResult } : {}),
  }),
  // Compile fills a missing result with AskToAnswer, so an enabled screening needs its live result.
  toManifest: (a: LiveObject, env) => {
    const settings =
      WHEN.includes(String(a.screening)) && RESULT.includes(String(a.screeningResult))
        ? ({ when: a.screening, result: a.screeningResult } as Screening)
        : undefined;
    if (!a.enabled) {
      // Off with RingCentral's defaults is plain `off`; off with other settings keeps them.
      const defaults = (a.screening ?? DEFAULT_WHEN) === DEFAULT_WHEN && (a.screeningResult ?? DEFAULT_RESULT) === DEFAULT_RESULT;
      if (defaults) return 'off';
      if (settings) return { off: settings };
      env.cannot(
        `call screening kept configured while it is off ${JSON.stringify({ screening: a.screening, screeningResult: a.screeningResult })}`,
        'the file says off and the settings stay as they are live',
      );
      return 'off';
    }
    if (settings) return settings;
    env.cannot(`call screening ${JSON.stringify({ screening: a.screening, screeningResult: a.screeningResult })}`, KEPT_LIVE);
    return undefined;
  },
  routing: (a) => (a.enabled ? { kind: 'screening', detail: [a.screening, a.screeningResult].filter(Boolean).join(', ') } : undefined),
  routingOfWritten: (value) =>
    value === 'off' || isOff(value) ? undefined : { kind: 'screening', detail: `${value.when}, ${value.result ?? DEFAULT_RESULT}` },
  stepText: (step) => `screening: ${step.detail}`,
  reviewName: 'screening',
});
