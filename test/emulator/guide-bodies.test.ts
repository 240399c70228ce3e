import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { guideBodies, type GuideBody } from '../helpers/guide-bodies.js';
import { EXT, NO_LIMITS, failure, json, login, v1, v2, type Platform } from './helpers.js';

/**
 * The emulator is not stricter than RingCentral: every request body the guides show is accepted
 * verbatim (ids the guides leave as XXXX are replaced by ids of the demo account; shapes are not
 * touched). Each body the guides hold is listed below with the call the guide makes with it, or
 * with why it is not a request body of its own; a new body in the guides fails this test until
 * it is listed.
 */

type Use = { send: string; path: string; ids?: Record<string, string>; order: number } | { incomplete: string } | { repeats: string };

const SITE_RULE = '{customRuleOfLondon}';
const QUEUE_RULE = '{customRuleOfSupport}';
const QUEUE = v1(EXT.queue);
/** Custom greetings of the Support Queue this test's account adds (the guides' "XXXXXXXXX"). */
const QUEUE_WELCOME = '5072424010';
const QUEUE_FULL = '5072424011';
const PHONE = '+14155550100';

const USES: Record<string, Use> = {
  'call-handling-configurations.md#1': { incomplete: 'the shape of `dispatching`, with `{ //... }` and `...` elisions' },
  'call-handling-configurations.md#2': { incomplete: 'one greeting action, then `{...}`' },
  'call-handling-configurations.md#3': { incomplete: 'the ScreeningAction, then `{...}`' },
  'call-handling-configurations.md#4': { incomplete: 'one custom greeting action, with a comma missing before `custom`' },
  'call-handling-configurations.md#5': { incomplete: 'the ring targets, then `{...}`' },
  'call-handling-configurations.md#6': { incomplete: 'the VoiceMailTerminatingTarget, then `{ ... }`' },
  'call-handling-configurations.md#7': {
    incomplete:
      '"No Answer" forwarding: only the TerminatingAction of a rule that rings; the guide itself says the mobile and desktop RingGroupActions "are mandatory and cannot be omitted from the API request body"',
  },
  // "Immediate forwarding … when the dispatching action type is set to Terminate": forward-all-calls.
  'call-handling-configurations.md#8': {
    send: 'PATCH',
    path: `${v2()}/voice/state-rules/forward-all-calls`,
    ids: { '6370110XXXX': EXT.queue },
    order: 3,
  },
  // Case 1: "reconfigure the Business Hours rule" (work-hours); it has no terminatingTargetType.
  'call-handling-configurations.md#9': { send: 'PATCH', path: `${v2()}/voice/state-rules/work-hours`, order: 4 },
  // Case 2: "reconfigure the After Hours rule".
  'call-handling-configurations.md#10': { send: 'PATCH', path: `${v2()}/voice/state-rules/after-hours`, order: 5 },
  'site-call-handling.md#1': { incomplete: '`name` and `type`, then `...`' },
  // "A custom rule can be set with one or more trigger conditions": the conditions of a custom
  // rule, complete as an update (UpdateAnsweringRuleRequest requires nothing; a create needs name and type).
  'site-call-handling.md#2': { send: 'PUT', path: `${v1(EXT.london)}/answering-rule/${SITE_RULE}`, order: 7 },
  // "To update the site's business hours rule … PUT"; the forwarding destination "XXXXXXXXX".
  'site-call-handling.md#3': {
    send: 'PUT',
    path: `${v1(EXT.london)}/answering-rule/business-hours-rule`,
    ids: { XXXXXXXXX: EXT.ivr },
    order: 8,
  },
  // The call-queue guide's bodies go to "/extension/[CallQueueExtensionId]/answering-rule/…-rule" (PUT).
  'callqueue-answering-rules.md#1': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/business-hours-rule`,
    ids: { XXXXXXXXX: QUEUE_WELCOME },
    order: 9,
  },
  'callqueue-answering-rules.md#2': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/business-hours-rule`,
    ids: { 'EXTENSION-ID': EXT.ivr },
    order: 10,
  },
  'callqueue-answering-rules.md#3': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/business-hours-rule`,
    ids: { 'PHONE-NUMBER': PHONE },
    order: 11,
  },
  'callqueue-answering-rules.md#4': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/business-hours-rule`,
    ids: { 'EXTENSION-ID': EXT.alex },
    order: 12,
  },
  // "To set the target for the PlayAnnouncement destination for the maxCallersAction action".
  'callqueue-answering-rules.md#5': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/business-hours-rule`,
    ids: { XXXXXXXXX: QUEUE_FULL },
    order: 13,
  },
  'callqueue-answering-rules.md#6': { incomplete: 'the after-hours Voicemail greeting, with the closing `]` of `greetings` missing' },
  'callqueue-answering-rules.md#7': { incomplete: 'the after-hours Announcement greeting, with the closing `]` of `greetings` missing' },
  // After hours, "TakeMessageOnly" as the guide spells it (the spec: TakeMessagesOnly).
  'callqueue-answering-rules.md#8': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/after-hours-rule`,
    ids: { 'EXTENSION-ID': EXT.alex },
    order: 14,
  },
  'callqueue-answering-rules.md#9': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/after-hours-rule`,
    ids: { XXXXXXXXX: QUEUE_FULL },
    order: 15,
  },
  'callqueue-answering-rules.md#10': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/after-hours-rule`,
    ids: { 'EXTENSION-ID': EXT.ivr },
    order: 16,
  },
  'callqueue-answering-rules.md#11': {
    send: 'PUT',
    path: `${QUEUE}/answering-rule/after-hours-rule`,
    ids: { 'PHONE-NUMBER': PHONE },
    order: 17,
  },
  'callqueue-answering-rules.md#12': { incomplete: '`name` and `type`, then `...`' },
  // "A custom rule can be set with one or more trigger conditions": as an update of a custom rule.
  'callqueue-answering-rules.md#13': { send: 'PUT', path: `${QUEUE}/answering-rule/${QUEUE_RULE}`, order: 18 },
  // Both bodies follow "PATCH /restapi/v2/accounts/~/extensions/~/comm-handling/states/…".
  'state-based-call-handling.md#1': { send: 'PATCH', path: `${v2()}/states/dnd`, order: 1 },
  'state-based-call-handling.md#2': { send: 'PATCH', path: `${v2()}/states/work-hours`, order: 2 },
  // "let endpoint = '/restapi/v2/accounts/~/extensions/~/comm-handling/voice/interaction-rules'; platform.post".
  'user-interaction-rules.md#1': { send: 'POST', path: `${v2()}/voice/interaction-rules`, order: 6 },
  'user-interaction-rules.md#2': { repeats: 'user-interaction-rules.md#1' },
};

/** The guide's body with its placeholder ids replaced, nothing else. */
function withIds(body: unknown, ids: Record<string, string> = {}): unknown {
  return JSON.parse(JSON.stringify(body), (_, v) => (typeof v === 'string' && v in ids ? ids[v] : v));
}

/** Every `type` value in a JSON value, to see that the answer kept each part sent. */
function typesIn(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(typesIn);
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => (k === 'type' && typeof x === 'string' ? [x] : typesIn(x)));
}

describe('request bodies of the RingCentral guides', () => {
  const bodies = guideBodies();
  const byKey = new Map(bodies.map((b) => [b.key, b]));
  let emu: RunningEmulator;
  let platform: Platform;
  beforeAll(async () => {
    const answeringRules = [
      {
        type: 'Custom',
        name: 'VIP customers',
        callers: [{ callerId: '+14132223333' }],
        callHandlingAction: 'TransferToExtension',
        transfer: { extension: { id: EXT.queue } },
      },
    ];
    // The Support Queue keeps weekday hours (so it has an after-hours rule) and one custom rule.
    const queueRules = [
      {
        type: 'Custom',
        name: 'VIP Support Rule',
        callers: [{ callerId: '+16501111111' }],
        callHandlingAction: 'AgentQueue',
        queue: { transferMode: 'Simultaneous' },
      },
    ];
    const weekdays = { monday: [{ from: '09:00', to: '17:00' }], friday: [{ from: '09:00', to: '17:00' }] };
    emu = await startEmulator({
      port: 0,
      seed: {
        rateLimits: NO_LIMITS,
        extensions: [
          { extensionNumber: '2001', answeringRules },
          { extensionNumber: '1200', businessHours: { schedule: { weeklyRanges: weekdays } }, answeringRules: queueRules },
        ],
        customGreetings: [
          { id: QUEUE_WELCOME, type: 'Introductory', extension: '1200', name: 'Welcome to support' },
          { id: QUEUE_FULL, type: 'Unavailable', extension: '1200', name: 'Queue full' },
        ],
      },
    });
    platform = await login(emu);
  });
  afterAll(() => emu?.stop());

  it('are all accounted for: each is sent, or is explained as not a request of its own', () => {
    expect(bodies.map((b) => b.key).sort()).toEqual(Object.keys(USES).sort());
    expect(bodies.filter((b) => 'send' in USES[b.key]).length).toBe(18);
    for (const b of bodies) {
      const use = USES[b.key];
      if ('send' in use) expect(b.error, b.key).toBeUndefined();
      if ('repeats' in use) expect(b.body, b.key).toEqual(byKey.get(use.repeats)!.body);
    }
  });

  it('are accepted verbatim, in the order a reader would send them', async () => {
    const london = (await json(platform.get(`${v1(EXT.london)}/answering-rule`))).records;
    const customId = london.find((r: any) => r.type === 'Custom').id;
    const support = (await json(platform.get(`${QUEUE}/answering-rule`))).records;
    const queueRuleId = support.find((r: any) => r.type === 'Custom').id;
    const sends = bodies
      .map((b) => ({ b, use: USES[b.key] }))
      .filter((x): x is { b: GuideBody; use: Extract<Use, { send: string }> } => 'send' in x.use)
      .sort((x, y) => x.use.order - y.use.order);
    for (const { b, use } of sends) {
      const body = withIds(b.body, use.ids);
      const url = use.path.replace(SITE_RULE, customId).replace(QUEUE_RULE, queueRuleId);
      let answer: any;
      try {
        answer = await (await platform.send({ method: use.send, url, body })).json();
      } catch (e) {
        const f = await failure(Promise.reject(e));
        throw new Error(`${b.key}: ${use.send} ${url} answered ${f.status} ${JSON.stringify(f.body)}`, { cause: e });
      }
      const sent = new Set(typesIn(body));
      expect(
        [...sent].filter((t) => !typesIn(answer).includes(t)),
        b.key,
      ).toEqual([]);
    }
    // Case 1 sent no terminatingTargetType: voicemail, as the guide advises.
    const workHours = await json(platform.get(`${v2()}/voice/state-rules/work-hours`));
    const terminating = workHours.dispatching.actions.find((a: any) => a.type === 'TerminatingAction');
    expect([terminating.ringingTargetType, terminating.terminatingTargetType]).toEqual([
      'PhoneNumberTerminatingTarget',
      'VoiceMailTerminatingTarget',
    ]);
    // The queue's business-hours rule holds every part the guide set, each greeting by its type.
    const business = await json(platform.get(`${QUEUE}/answering-rule/business-hours-rule`));
    expect(business.queue.transfer.map((x: any) => [x.action, x.extension.id])).toEqual([
      ['MaxCallers', EXT.ivr],
      ['HoldTimeExpiration', EXT.ivr],
    ]);
    expect(business.queue.unconditionalForwarding).toEqual([
      { phoneNumber: PHONE, action: 'MaxCallers' },
      { phoneNumber: PHONE, action: 'HoldTimeExpiration' },
    ]);
    expect(business.voicemail.recipient.id).toBe(EXT.alex);
    const custom = (type: string) => business.greetings.find((g: any) => g.type === type).custom?.id;
    expect([custom('Introductory'), custom('Unavailable')]).toEqual([QUEUE_WELCOME, QUEUE_FULL]);
    // The after-hours rule ends as the last body left it; its voicemail stays configured.
    const afterHours = await json(platform.get(`${QUEUE}/answering-rule/after-hours-rule`));
    expect(afterHours).toMatchObject({ callHandlingAction: 'UnconditionalForwarding', unconditionalForwarding: { phoneNumber: PHONE } });
    expect(afterHours.voicemail.recipient.id).toBe(EXT.alex);
    const vip = await json(platform.get(`${QUEUE}/answering-rule/${queueRuleId}`));
    expect(vip).toMatchObject({ name: 'VIP Support Rule', schedule: { ref: 'BusinessHours' } });
    expect(vip.callers).toHaveLength(3);
  });

  it('refuses the "No Answer" sample alone, for the reason the guide gives', async () => {
    const noAnswer = withIds(byKey.get('call-handling-configurations.md#7')!.body, { '6370110XXXX': EXT.queue });
    const f = await failure(platform.patch(`${v2()}/voice/state-rules/work-hours`, noAnswer as object));
    expect(f.status).toBe(400);
    expect(f.body.errors!.map((e) => e.message)).toEqual([
      'Parameter [dispatching.actions] value is invalid: exactly one RingGroupAction with the AllMobileRingTarget is required (found 0)',
      'Parameter [dispatching.actions] value is invalid: exactly one RingGroupAction with the AllDesktopRingTarget is required (found 0)',
    ]);
  });
});
