import { describe, expect, it } from 'vitest';
import { defaultStateDispatching } from '../../src/core/defaults.js';
import { compileDispatching } from '../../src/kinds/shared/compile-dispatching.js';
import { normalizeDispatching } from '../../src/kinds/shared/normalize-dispatching.js';
import type { DispatchingAction, DispatchingRequest } from '../../src/parts/dispatching-request.js';
import { fakeContext } from '../helpers/fake-context.js';

const env = () => fakeContext({}, {});
const preset = (id: string) => ({ effectiveGreetingType: 'Preset', preset: { id } });

type ActionOf<T extends DispatchingAction['type']> = Extract<DispatchingAction, { type: T }>;
const actionsOf = <T extends DispatchingAction['type']>(d: DispatchingRequest, type: T) =>
  d.actions.filter((a): a is ActionOf<T> => a.type === type);
function actionOf<T extends DispatchingAction['type']>(d: DispatchingRequest, type: T): ActionOf<T> {
  const [a] = actionsOf(d, type);
  if (!a) throw new Error(`no ${type} in the dispatching`);
  return a;
}

describe('compileDispatching', () => {
  it("compiles the guide's Case 1 (work-hours) into the documented body", () => {
    const e = env();
    const d = compileDispatching(
      e,
      {
        greeting: { welcome: { custom: '5072424004' } },
        ring: {
          order: 'at-once',
          groups: [
            { targets: ['mobile-apps'], seconds: 20 },
            { targets: ['desktop-apps'], seconds: 50, enabled: false },
          ],
        },
        ifNoAnswer: { forwardTo: { phone: '(213) 222-3456' } },
      },
      defaultStateDispatching('work-hours'),
      'work-hours',
      ['rules', 'work-hours'],
    );
    expect(e.problems).toEqual([]);
    expect(d.type).toBe('RingAtOnce');
    expect(actionOf(d, 'PlayWelcomePromptAction')).toEqual({
      type: 'PlayWelcomePromptAction',
      enabled: true,
      greeting: { effectiveGreetingType: 'Custom', preset: { id: '66048' }, custom: { id: '5072424004' } },
    });
    const groups = actionsOf(d, 'RingGroupAction');
    expect(groups).toEqual([
      { type: 'RingGroupAction', enabled: true, duration: 20, targets: [{ type: 'AllMobileRingTarget' }] },
      { type: 'RingGroupAction', enabled: false, duration: 50, targets: [{ type: 'AllDesktopRingTarget' }] },
    ]);
    const term = actionOf(d, 'TerminatingAction');
    expect(term.ringingTargetType).toBe('PhoneNumberTerminatingTarget');
    expect(term.terminatingTargetType).toBe('VoiceMailTerminatingTarget');
    expect(term.targets).toContainEqual({ type: 'VoiceMailTerminatingTarget', prompt: { greeting: preset('590080') } });
    expect(term.targets).toContainEqual({
      type: 'PhoneNumberTerminatingTarget',
      destination: { phoneNumber: '+12132223456' },
      dispatchingType: 'Ringing',
    });
    expect(term.targets).toContainEqual({
      type: 'PlayAnnouncementTerminatingTarget',
      prompt: { greeting: preset('66816') },
      dispatchingType: 'Ringing',
    });
  });

  it("compiles the guide's Case 2 (after-hours, ring co-workers in order, then voicemail)", () => {
    const e = env();
    const d = compileDispatching(
      e,
      {
        greeting: { welcome: { custom: '5072424004' } },
        ring: {
          order: 'in-order',
          groups: [
            { targets: [{ coworker: '101' }], seconds: 40 },
            { targets: [{ coworker: { email: 'kim@acme.com' } }], seconds: 40 },
          ],
        },
        ifNoAnswer: { voicemail: {} },
        immediately: { announcement: { greeting: { preset: '66560' } } },
      },
      defaultStateDispatching('after-hours'),
      'after-hours',
      ['rules', 'after-hours'],
    );
    expect(e.problems).toEqual([]);
    expect(d.type).toBe('RingInOrder');
    const groups = actionsOf(d, 'RingGroupAction');
    expect(groups.slice(0, 2).map((g) => (g.targets[0] as { extension: { id: string } }).extension.id)).toEqual([
      '63701631004',
      '63707590004',
    ]);
    expect(groups.slice(2).every((g) => !g.enabled)).toBe(true);
    expect(
      groups
        .slice(2)
        .map((g) => g.targets[0].type)
        .sort(),
    ).toEqual(['AllDesktopRingTarget', 'AllMobileRingTarget']);
    const term = actionOf(d, 'TerminatingAction');
    expect(term.ringingTargetType).toBe('VoiceMailTerminatingTarget');
    expect(term.terminatingTargetType).toBe('PlayAnnouncementTerminatingTarget');
    expect(
      term.targets
        .filter((t) => t.type === 'PlayAnnouncementTerminatingTarget')
        .map((t) => ('dispatchingType' in t ? t.dispatchingType : undefined))
        .sort(),
    ).toEqual(['Ringing', 'Terminating']);
  });

  it('keeps live sections the rule does not state, and is a no-op on its own output', () => {
    const e = env();
    const rule = { ring: { order: 'at-once' as const, groups: [{ targets: [{ phone: '+14081234567' }], seconds: 25 }] } };
    const first = compileDispatching(e, rule, defaultStateDispatching('work-hours'), 'work-hours', []);
    const second = compileDispatching(e, rule, first, 'work-hours', []);
    expect(second).toEqual(first);
    expect(normalizeDispatching(first)).toEqual(first);
    // the greeting actions came from live (defaults) untouched
    expect(first.actions.filter((a) => a.type.startsWith('Play')).every((a) => 'enabled' in a && a.enabled === false)).toBe(true);
  });

  it('forward-all-calls: immediately forward to an extension, only the Terminating set', () => {
    const e = env();
    const d = compileDispatching(
      e,
      { immediately: { forwardTo: { extension: '1600' } } },
      defaultStateDispatching('forward-all-calls'),
      'forward-all-calls',
      [],
    );
    expect(d.type).toBe('Terminate');
    expect(d.actions.map((a) => a.type)).toEqual(['TerminatingAction']);
    expect(actionOf(d, 'TerminatingAction').terminatingTargetType).toBe('ExtensionTerminatingTarget');
    expect(actionOf(d, 'TerminatingAction').targets).toContainEqual({
      type: 'ExtensionTerminatingTarget',
      extension: { id: '62952432016' },
      dispatchingType: 'Terminating',
    });
  });

  it("switching a set to voicemail drops that set's forward target but keeps the other set", () => {
    const e = env();
    const both = compileDispatching(
      e,
      { ifNoAnswer: { forwardTo: { phone: '+14081234567' } }, immediately: { forwardTo: { phone: '+14087654321' } } },
      defaultStateDispatching('after-hours'),
      'after-hours',
      [],
    );
    const next = compileDispatching(e, { ifNoAnswer: { voicemail: {} } }, both, 'after-hours', []);
    const targets = actionOf(next, 'TerminatingAction').targets;
    expect(targets.filter((t) => t.type === 'PhoneNumberTerminatingTarget')).toEqual([
      { type: 'PhoneNumberTerminatingTarget', destination: { phoneNumber: '+14087654321' }, dispatchingType: 'Terminating' },
    ]);
  });

  it('resolves preset names and reports unknown references at their path', () => {
    const e = env();
    const d = compileDispatching(
      e,
      { greeting: { connectingAudio: { preset: 'Acoustic' }, welcome: 'off' }, ring: { groups: [{ targets: [{ coworker: '999' }] }] } },
      defaultStateDispatching('work-hours'),
      'work-hours',
      ['rules', 'work-hours'],
    );
    expect(actionOf(d, 'PlayConnectingPromptAction').greeting.preset.id).toBe('197120');
    expect(e.problems.map((p) => [p.path, p.message])).toEqual([
      ['rules.work-hours.ring.groups[0].targets[0].coworker', 'extension "999" was not found in the account'],
    ]);
  });
});
