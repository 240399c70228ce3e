import { PRESET } from '../../core/defaults.js';
import type { Greeting } from '../../core/manifest.js';
import { compileGreeting, apiGreetingLabel, greetingForm, greetingLabel, greetingToManifest, isPreset } from '../greeting-value.js';
import { ok, fail } from '../converted.js';
import type { ApiSchema } from '../../core/api/api-types.js';
import { setOf } from '../dispatching-request.js';
import type { EndPart, ForwardingSet, LiveObject } from '../part.js';
import { registerDestination } from '../register.js';

type Written = { announcement: { greeting: Greeting } };

const TYPE = 'PlayAnnouncementTerminatingTarget';
type AnnouncementTarget = ApiSchema<'CommPlayAnnouncementTerminatingTargetRequest'>;
const SET_KEY = { Ringing: 'ifNoAnswer', Terminating: 'immediately' } as const;
const presetOf = (set: ForwardingSet) => (set === 'Ringing' ? PRESET.announcementRinging : PRESET.announcementTerminating);
const promptGreeting = (t: LiveObject | undefined) => (t?.prompt as { greeting?: unknown } | undefined)?.greeting;

/** A call that hears an announcement (`greeting`, when not the standard one) and is hung up on. */
export const announcementEnd: EndPart<Record<string, never>> = {
  type: 'announcement',
  outcomeText: (e) => `plays an announcement${e.greeting ? ` (greeting ${e.greeting})` : ''} and hangs up`,
  expectText: () => 'announcement',
  expect: {
    key: 'announcement',
    writtenAs: '{announcement: {}}',
    schema: { type: 'object', additionalProperties: false },
    matches: () => true,
    text: () => 'announcement',
  },
};

/**
 * `{announcement: {greeting}}` = PlayAnnouncementTerminatingTarget: plays, then hangs up.
 * RingCentral keeps one per forwarding set on every rule.
 */
export const announcement = registerDestination<Written>({
  key: 'announcement',
  apiType: TYPE,
  writtenAs: '{announcement: {…}}',
  placement: 'per-set',
  references: [{ path: ['announcement', 'greeting'], reference: 'announcement', role: 'the announcement' }],
  schema: {
    title: 'Announcement destination',
    description: 'Play an announcement, then hang up.',
    type: 'object',
    required: ['greeting'],
    properties: { greeting: { description: 'The announcement to play, e.g. {preset: "66560"}.', $ref: '#/definitions/greeting' } },
    additionalProperties: false,
  },
  compile: (term, set, d, env, path) => {
    const live = term.targets.find((t): t is AnnouncementTarget => t.type === TYPE && setOf(t) === set);
    const greeting = compileGreeting(env, d.announcement.greeting, 'announcement', live?.prompt?.greeting, presetOf(set), [
      ...path,
      'announcement',
      'greeting',
    ]);
    // ensureTerminating adds an announcement per forwarding set before any destination is applied.
    const written: AnnouncementTarget = { type: TYPE, prompt: { greeting }, dispatchingType: set };
    return { ...term, targets: term.targets.map((t) => (t === live ? written : t)) };
  },
  comparable: (t) => ({ type: TYPE, prompt: { greeting: greetingForm(promptGreeting(t)) }, dispatchingType: t.dispatchingType }),
  toManifest: (t) => {
    const greeting = greetingToManifest(promptGreeting(t));
    return greeting.ok ? ok({ announcement: { greeting: greeting.value } }) : fail(`the announcement (${greeting.why})`);
  },
  routing: (t) => {
    const greeting = apiGreetingLabel(promptGreeting(t));
    return { type: 'announcement', ...(greeting ? { greeting } : {}) };
  },
  routingOfWritten: (d) => ({ type: 'announcement', greeting: greetingLabel(d.announcement.greeting) }),
  end: announcementEnd,
  reviewName: () => 'announcement',
  describeLive: () => TYPE,
  reportUnused: (targets, usedTypes, sets, env) => {
    sets.forEach((set, i) => {
      if (usedTypes[i] === TYPE) return;
      const a = targets.find((t) => t.type === TYPE && t.dispatchingType === set);
      if (a && !isPreset(promptGreeting(a), presetOf(set))) {
        env.cannot(`the ${SET_KEY[set]} announcement greeting, which is not in use`, 'it stays as it is live');
      }
    });
  },
});
