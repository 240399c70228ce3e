import { describe, expect, it } from 'vitest';
import { PRESET } from '../../src/core/defaults.js';
import { EXT, NINE_TO_FIVE, dispatching, expect400, failure, json, v2, useLoggedInEmulator } from './helpers.js';

/** v2 state rules: defaults, whole replacement on PATCH, and each dispatching rule of the guide. */

const t = useLoggedInEmulator();

const rule = (id: string, ext = '~') => `${v2(ext)}/voice/state-rules/${id}`;
const patch = (id: string, d: unknown, ext = '~') => t.platform.patch(rule(id, ext), { dispatching: d });
const terminating = (d: any) => d.actions.find((a: any) => a.type === 'TerminatingAction');

describe('reading', () => {
  it('lists the rules with their states embedded and RingCentral defaults', async () => {
    const list = await json(t.platform.get(`${v2()}/voice/state-rules`));
    expect(list.records.map((r: any) => r.id)).toEqual(['work-hours', 'dnd', 'forward-all-calls', 'agent']);
    const workHours = list.records[0];
    expect(workHours.displayName).toBe('Work Hours');
    expect(workHours.state).toMatchObject({ id: 'work-hours', enabled: true });
    expect(workHours.dispatching).toEqual(dispatching('work-hours'));
    expect(list.records[3].dispatching).toEqual(dispatching('agent'));
  });

  it('answers 404 for agent of a non-member and after-hours while work-hours is 24/7', async () => {
    expect((await failure(t.platform.get(rule('agent', EXT.jordan)))).status).toBe(404);
    expect((await failure(t.platform.get(rule('after-hours')))).status).toBe(404);
    await expect400(t.platform.get(rule('busy')), 'stateId');
  });
});

describe('PATCH replaces the dispatching whole', () => {
  it('stores what is sent, adds target names, and forgets what is left out', async () => {
    const d = dispatching('work-hours');
    d.type = 'RingInOrder';
    d.actions.splice(6, 0, {
      type: 'RingGroupAction',
      enabled: true,
      targets: [{ type: 'CoworkerRingTarget', extension: { id: EXT.kim } }],
      duration: 30,
    });
    const term = terminating(d);
    term.targets.push({
      type: 'PhoneNumberTerminatingTarget',
      destination: { phoneNumber: '+12132223456' },
      dispatchingType: 'Ringing',
    });
    term.ringingTargetType = 'PhoneNumberTerminatingTarget';
    for (const t of term.targets) delete t.name;
    const saved = await json(patch('work-hours', d));
    expect(saved.dispatching.type).toBe('RingInOrder');
    expect(saved.dispatching.actions).toHaveLength(8);
    expect(terminating(saved.dispatching).targets.map((t: any) => t.name)).toEqual(['Voicemail', 'PlayAnnouncement', '+12132223456']);

    const plain = dispatching('work-hours');
    plain.actions = plain.actions.filter((a: any) => a.type !== 'PlayWelcomePromptAction');
    const replaced = await json(patch('work-hours', plain));
    expect(replaced.dispatching.actions.some((a: any) => a.targets?.[0]?.type === 'CoworkerRingTarget')).toBe(false);
    expect(terminating(replaced.dispatching).ringingTargetType).toBe('VoiceMailTerminatingTarget');
    // Greeting actions left out come back as RingCentral's disabled defaults.
    expect(replaced.dispatching.actions[0]).toEqual({
      type: 'PlayWelcomePromptAction',
      enabled: false,
      greeting: { effectiveGreetingType: 'Preset', preset: { id: PRESET.welcome } },
    });
  });

  it('accepts the guide examples: custom welcome greeting and forwarding to an extension', async () => {
    const d = dispatching('work-hours');
    d.actions[0] = {
      type: 'PlayWelcomePromptAction',
      enabled: true,
      greeting: { effectiveGreetingType: 'Custom', preset: { id: PRESET.welcome }, custom: { id: '5072424004' } },
    };
    const term = terminating(d);
    term.targets.push({ type: 'ExtensionTerminatingTarget', extension: { id: EXT.queue }, dispatchingType: 'Ringing' });
    term.ringingTargetType = 'ExtensionTerminatingTarget';
    const saved = await json(patch('work-hours', d));
    expect(terminating(saved.dispatching).targets[2]).toMatchObject({
      name: 'Support Queue',
      extension: { id: EXT.queue },
    });
  });

  it('needs the dispatching', async () => {
    await expect400(t.platform.patch(rule('dnd'), {}), 'dispatching');
    await expect400(patch('dnd', { type: 'Terminate', actions: [] }), 'dispatching.actions');
  });
});

describe('dispatching rules', () => {
  it('allows only the dispatching types of each rule', async () => {
    for (const [id, bad] of [
      ['forward-all-calls', 'RingAtOnce'],
      ['dnd', 'RingInOrder'],
      ['work-hours', 'Terminate'],
      ['agent', 'Terminate'],
    ]) {
      const d = dispatching(id as any);
      d.type = bad;
      await expect400(patch(id, d), 'dispatching.type');
    }
    await t.platform.patch(`${v2()}/states/work-hours`, { conditions: NINE_TO_FIVE });
    for (const type of ['RingAtOnce', 'RingInOrder', 'Terminate']) {
      const d = dispatching('after-hours');
      d.type = type;
      expect((await json(patch('after-hours', d))).dispatching.type).toBe(type);
    }
  });

  it('requires the mobile and desktop ring groups in rules that ring', async () => {
    for (const id of ['work-hours', 'agent']) {
      const d = dispatching(id as any);
      d.actions = d.actions.filter((a: any) => a.targets?.[0]?.type !== 'AllDesktopRingTarget');
      expect(await expect400(patch(id, d), 'dispatching.actions')).toContain('AllDesktopRingTarget');
    }
  });

  it('requires RingGroupAction enabled, targets and a duration in steps of 5 up to 300', async () => {
    for (const duration of [0, 7, 305, 20.5, '20']) {
      const d = dispatching('agent');
      d.actions[0].duration = duration;
      await expect400(patch('agent', d), 'dispatching.actions[0].duration');
    }
    const ok = dispatching('agent');
    ok.actions[0].duration = 300;
    await patch('agent', ok);
    const noEnabled = dispatching('agent');
    delete noEnabled.actions[1].enabled;
    await expect400(patch('agent', noEnabled), 'dispatching.actions[1].enabled');
    const noTargets = dispatching('agent');
    noTargets.actions.push({ type: 'RingGroupAction', enabled: true, targets: [], duration: 20 });
    await expect400(patch('agent', noTargets), 'dispatching.actions[2].targets');
  });

  it('requires a TerminatingAction with the voicemail target in rules that forward, and none in agent', async () => {
    const none = dispatching('work-hours');
    none.actions = none.actions.filter((a: any) => a.type !== 'TerminatingAction');
    await expect400(patch('work-hours', none), 'dispatching.actions');
    const noVoicemail = dispatching('dnd');
    terminating(noVoicemail).targets.shift();
    await expect400(patch('dnd', noVoicemail), 'dispatching.actions[0].targets');
    const noPrompt = dispatching('dnd');
    delete terminating(noPrompt).targets[0].prompt;
    await expect400(patch('dnd', noPrompt), 'dispatching.actions[0].targets[0].prompt.greeting');
    const agent = dispatching('agent');
    agent.actions.push(dispatching('dnd').actions[0]);
    await expect400(patch('agent', agent), 'dispatching.actions[2].type');
  });

  it('takes a target type left out as voicemail; each must reference a target of its dispatchingType', async () => {
    for (const key of ['ringingTargetType', 'terminatingTargetType']) {
      const d = dispatching('forward-all-calls');
      delete terminating(d)[key];
      const answer = await json(t.platform.patch(rule('forward-all-calls'), { dispatching: d }));
      expect(terminating(answer.dispatching)[key]).toBe('VoiceMailTerminatingTarget');
      terminating(d)[key] = 'FaxTerminatingTarget';
      await expect400(patch('forward-all-calls', d), `dispatching.actions[0].${key}`);
    }
    const phone = dispatching('forward-all-calls');
    terminating(phone).terminatingTargetType = 'PhoneNumberTerminatingTarget';
    await expect400(patch('forward-all-calls', phone), 'dispatching.actions[0].terminatingTargetType');
    terminating(phone).targets.push({
      type: 'PhoneNumberTerminatingTarget',
      destination: { phoneNumber: '+14082324343' },
      dispatchingType: 'Terminating',
    });
    await patch('forward-all-calls', phone);
    // A set the rule does not have may name any target of the list ("a valid forwarding target,
    // even if … not actively used by the rule"), but not one that is missing.
    const announcement = dispatching('forward-all-calls');
    terminating(announcement).terminatingTargetType = 'PlayAnnouncementTerminatingTarget';
    terminating(announcement).ringingTargetType = 'PlayAnnouncementTerminatingTarget';
    await patch('forward-all-calls', announcement);
    terminating(announcement).ringingTargetType = 'ExtensionTerminatingTarget';
    await expect400(patch('forward-all-calls', announcement), 'dispatching.actions[0].ringingTargetType');
  });

  it('keeps each forwarding set to the rules that have it', async () => {
    const d = dispatching('dnd');
    terminating(d).targets.push({
      type: 'PhoneNumberTerminatingTarget',
      destination: { phoneNumber: '+14082324343' },
      dispatchingType: 'Ringing',
    });
    await expect400(patch('dnd', d), 'dispatching.actions[0].targets[2].dispatchingType');
  });

  it('checks greetings against the dictionary and the custom greetings of the account', async () => {
    const cases: [(d: any) => void, string][] = [
      [(d) => (d.actions[0].greeting.preset.id = '1'), 'dispatching.actions[0].greeting.preset.id'],
      [(d) => (d.actions[0].greeting.preset.id = PRESET.voicemail), 'dispatching.actions[0].greeting.preset.id'],
      [(d) => delete d.actions[0].greeting.effectiveGreetingType, 'dispatching.actions[0].greeting.effectiveGreetingType'],
      [(d) => delete d.actions[0].greeting.preset, 'dispatching.actions[0].greeting.preset.id'],
      [
        (d) =>
          (d.actions[0].greeting = {
            effectiveGreetingType: 'Custom',
            preset: { id: PRESET.welcome },
            custom: { id: '999' },
          }),
        'dispatching.actions[0].greeting.custom.id',
      ],
      [
        (d) =>
          (d.actions[0].greeting = {
            effectiveGreetingType: 'Custom',
            preset: { id: PRESET.welcome },
            custom: { id: '5072424005' },
          }),
        'dispatching.actions[0].greeting.custom.id',
      ],
      [
        (d) => (terminating(d).targets[1].prompt.greeting.preset.id = PRESET.welcome),
        'dispatching.actions[6].targets[1].prompt.greeting.preset.id',
      ],
    ];
    for (const [mutate, parameter] of cases) {
      const d = dispatching('work-hours');
      mutate(d);
      await expect400(patch('work-hours', d), parameter);
    }
  });

  it('checks coworkers, extensions and phone numbers', async () => {
    const coworker = dispatching('agent');
    coworker.actions.push({
      type: 'RingGroupAction',
      enabled: true,
      targets: [{ type: 'CoworkerRingTarget', extension: { id: '1' } }],
      duration: 20,
    });
    await expect400(patch('agent', coworker), 'dispatching.actions[2].targets[0].extension.id');
    const phone = dispatching('agent');
    phone.actions.push({
      type: 'RingGroupAction',
      enabled: true,
      targets: [{ type: 'PhoneNumberRingTarget', destination: { phoneNumber: '(408) 123-4567' } }],
      duration: 20,
    });
    await expect400(patch('agent', phone), 'dispatching.actions[2].targets[0].destination.phoneNumber');
    const ext = dispatching('dnd');
    terminating(ext).targets.push({
      type: 'ExtensionTerminatingTarget',
      extension: { id: '42' },
      dispatchingType: 'Terminating',
    });
    await expect400(patch('dnd', ext), 'dispatching.actions[0].targets[2].extension.id');
    const device = dispatching('agent');
    device.actions[0].targets.push({ type: 'DeviceRingTarget', device: { id: '1' } });
    await expect400(patch('agent', device), 'dispatching.actions[0].targets[1].device.id');
  });

  it('keeps greetings out of rules without them', async () => {
    const d = dispatching('forward-all-calls');
    d.actions.unshift(dispatching('work-hours').actions[0]);
    await expect400(patch('forward-all-calls', d), 'dispatching.actions[0].type');
  });
});

describe('the agent rule of an agent that follows work-hours', () => {
  it('shows the work-hours ring settings, and its own once the agent has a schedule', async () => {
    const wh = dispatching('work-hours');
    wh.type = 'RingInOrder';
    wh.actions = wh.actions.map((a: any) => (a.type === 'RingGroupAction' ? { ...a, duration: 35 } : a));
    await patch('work-hours', wh);
    const inherited = await json(t.platform.get(rule('agent')));
    expect(inherited.dispatching.type).toBe('RingInOrder');
    expect(inherited.dispatching.actions.map((a: any) => a.duration)).toEqual([35, 35]);
    // With a schedule of its own the agent keeps separate ring settings.
    await t.platform.patch(`${v2()}/states/agent`, { conditions: NINE_TO_FIVE });
    const own = await json(t.platform.get(rule('agent')));
    expect(own.dispatching.type).toBe('RingAtOnce');
    expect(own.dispatching.actions.map((a: any) => a.duration)).toEqual([20, 20]);
  });
});
