import { PRESET } from '../../core/defaults.js';
import type { ExtRef, Greeting } from '../../core/manifest.js';
import type { EndsAt } from '../../core/routing.js';
import { extensionId } from '../compile-env.js';
import { fail, ok } from '../converted.js';
import { KEPT_LIVE } from '../export-words.js';
import { apiGreetingLabel, compileGreeting, greetingForm, greetingLabel, greetingToManifest, isPreset } from '../greeting-value.js';
import type { ApiSchema } from '../../core/api/api-types.js';
import type { ApiTerminatingTarget, EndPart, LiveObject } from '../part.js';
import { refLabel, sameLabel } from '../ref-label.js';
import { registerDestination } from '../register.js';

type Written = { voicemail: { greeting?: Greeting; mailbox?: ExtRef } };

const TYPE = 'VoiceMailTerminatingTarget';
type VoicemailTarget = ApiSchema<'CommVoiceMailTerminatingTargetRequest'>;
const isVoicemail = (t: ApiTerminatingTarget): t is VoicemailTarget => t.type === TYPE;
const promptGreeting = (t: LiveObject | undefined) => (t?.prompt as { greeting?: unknown } | undefined)?.greeting;
const mailboxId = (t: LiveObject | undefined) => (t?.extension as { id?: unknown } | undefined)?.id;

/** A call that ends in a voice mailbox: the owner's, or another extension's (`target`). */
export const voicemailEnd: EndPart<{ mailbox?: ExtRef } | null> = {
  type: 'voicemail',
  outcomeText: (e) => `goes to ${e.target ? `the voicemail of ${e.target}` : 'voicemail'}${e.greeting ? ` (greeting ${e.greeting})` : ''}`,
  expectText: (e) => (e.target ? `voicemail of ${e.target}` : 'voicemail'),
  expect: {
    key: 'voicemail',
    writtenAs: '{voicemail: {}} (optionally {voicemail: {mailbox: <ext>}})',
    schema: { type: 'object', properties: { mailbox: { $ref: '#/definitions/extRef' } }, additionalProperties: false },
    matches: (x, e) => x?.mailbox === undefined || sameLabel(refLabel(x.mailbox), e.target ?? ''),
    text: (x) => (x?.mailbox !== undefined ? `voicemail of ${refLabel(x.mailbox)}` : 'voicemail'),
  },
};

/**
 * `{voicemail: {greeting?, mailbox?}}` = VoiceMailTerminatingTarget. One voicemail target
 * serves both forwarding sets, so compile changes only what the manifest states.
 */
export const voicemail = registerDestination<Written>({
  key: 'voicemail',
  apiType: TYPE,
  writtenAs: '{voicemail: {…}}',
  placement: 'shared',
  references: [
    { path: ['voicemail', 'mailbox'], reference: 'extension', role: 'the voice mailbox' },
    { path: ['voicemail', 'greeting'], reference: 'voicemail', role: 'the voicemail greeting' },
  ],
  schema: {
    title: 'Voicemail destination',
    description: 'Send to voicemail. The voicemail settings are shared by ifNoAnswer and immediately of the same rule.',
    type: 'object',
    properties: {
      greeting: { description: 'Voicemail greeting.', $ref: '#/definitions/greeting' },
      mailbox: { description: "Another extension's voice mailbox (default: the user's own).", $ref: '#/definitions/extRef' },
    },
    additionalProperties: false,
  },
  compile: (term, _set, d, env, path) => {
    // ensureTerminating adds the voicemail target before any destination is applied.
    const live = term.targets.find(isVoicemail);
    if (!live) return term;
    const vm: VoicemailTarget = { ...live };
    const vmPath = [...path, 'voicemail'];
    if (d.voicemail.greeting) {
      const greeting = compileGreeting(env, d.voicemail.greeting, 'voicemail', vm.prompt?.greeting, PRESET.voicemail, [
        ...vmPath,
        'greeting',
      ]);
      vm.prompt = { greeting };
    }
    if (d.voicemail.mailbox !== undefined) vm.extension = { id: extensionId(env, d.voicemail.mailbox, [...vmPath, 'mailbox']) };
    return { ...term, targets: term.targets.map((t) => (t === live ? vm : t)) };
  },
  comparable: (t) => {
    const out: LiveObject & { extension?: unknown } = { type: TYPE, prompt: { greeting: greetingForm(promptGreeting(t)) } };
    return t.extension ? { ...out, extension: mailboxId(t) === undefined ? undefined : { id: String(mailboxId(t)) } } : out;
  },
  // A part that cannot be written is left out and stays live: compile changes only what is stated.
  toManifest: (vm, env) => {
    if (!vm) return fail('a voicemail destination without its voicemail target');
    const out: { greeting?: Greeting; mailbox?: ExtRef } = {};
    const greeting = greetingToManifest(promptGreeting(vm));
    if (greeting.ok) out.greeting = greeting.value;
    else env.cannot(`the voicemail greeting (${greeting.why})`, KEPT_LIVE);
    if (mailboxId(vm) !== undefined) {
      const mailbox = env.ref(mailboxId(vm));
      if (mailbox !== undefined) out.mailbox = mailbox;
      else env.cannot(`the voicemail mailbox of extension id ${String(mailboxId(vm))}, which is not in the account`, KEPT_LIVE);
    }
    return ok({ voicemail: out });
  },
  routing: (target, env) => {
    const out: EndsAt = { type: 'voicemail' };
    if (mailboxId(target) !== undefined) {
      out.target = env.label(String(mailboxId(target)));
      out.targetType = 'extension';
    }
    // The standard voicemail greeting is what every mailbox plays; only say so when it differs.
    const greeting = apiGreetingLabel(promptGreeting(target));
    if (greeting && greeting !== `preset ${PRESET.voicemail}`) out.greeting = greeting;
    return out;
  },
  routingOfWritten: (d) => {
    const out: EndsAt = { type: 'voicemail' };
    if (d.voicemail.mailbox !== undefined) Object.assign(out, { target: refLabel(d.voicemail.mailbox), targetType: 'extension' });
    if (d.voicemail.greeting) out.greeting = greetingLabel(d.voicemail.greeting);
    return out;
  },
  end: voicemailEnd,
  reviewName: () => 'voicemail',
  describeLive: () => TYPE,
  reportUnused: (targets, usedTypes, _sets, env) => {
    const vm = targets.find((t) => t.type === TYPE);
    if (vm && !usedTypes.includes(TYPE) && !isPreset(promptGreeting(vm), PRESET.voicemail)) {
      env.cannot('the voicemail greeting of a rule that does not send calls to voicemail', 'it stays as it is live');
    }
  },
});
