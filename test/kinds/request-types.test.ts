import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ApiSchema } from '../../src/core/api/api-types.js';
import { defaultStateDispatching } from '../../src/core/defaults.js';
import { compileDispatching } from '../../src/kinds/shared/compile-dispatching.js';
import { compileRingGroups, ensureDeviceGroups } from '../../src/kinds/shared/compile-ring-groups.js';
import { applyDestination, ensureTerminating } from '../../src/kinds/shared/compile-terminating.js';
import { compileConditions } from '../../src/kinds/user-custom-rule/interaction-conditions.js';
import type {
  DispatchingRequest,
  GreetingActionRequest,
  RingGroupActionRequest,
  TerminatingActionRequest,
} from '../../src/parts/dispatching-request.js';
import type { ApiRingTarget, ApiTerminatingTarget, DestinationPart, RingTargetPart } from '../../src/parts/part.js';
import { greetingActionParts, ringTargetParts } from '../../src/parts/registry.js';
import { compileEnv } from '../parts/helpers.js';

/**
 * The write path is typed from the spec (issue 23): compile returns the generated request types,
 * so a body of the wrong shape is a tsc error (`npm test` runs tsc over this file) rather than a
 * 400 from RingCentral. Each `@ts-expect-error` below fails the type check if the mistake under
 * it ever compiles.
 */
describe('request bodies typed from the spec', () => {
  it('compile functions return the spec request types', () => {
    expectTypeOf(compileDispatching).returns.toEqualTypeOf<DispatchingRequest>();
    expectTypeOf(compileRingGroups).returns.toEqualTypeOf<RingGroupActionRequest[]>();
    expectTypeOf(ensureDeviceGroups).returns.toEqualTypeOf<RingGroupActionRequest[]>();
    expectTypeOf(ensureTerminating).returns.toEqualTypeOf<ApiSchema<'CommTerminatingActionRequest'>>();
    expectTypeOf(applyDestination).returns.toEqualTypeOf<ApiSchema<'CommTerminatingActionRequest'>>();
    expectTypeOf(compileConditions).returns.toEqualTypeOf<ApiSchema<'CommInteractionRuleConditionsRequest'>>();
    expectTypeOf(greetingActionParts()[0].compile).returns.toEqualTypeOf<GreetingActionRequest>();
    expectTypeOf(ringTargetParts()[0].compile).returns.toEqualTypeOf<ApiRingTarget>();
    // The local aliases are the spec's, loosened only where the generator is stricter than the
    // spec (a ring group's `customStartOffset` has a default, so it is generated as required).
    expectTypeOf<ApiSchema<'CommRingGroupActionRequest'>>().toExtend<RingGroupActionRequest>();
    expectTypeOf<DispatchingRequest['type']>().toEqualTypeOf<ApiSchema<'CommDispatchingRequest'>['type']>();
    expectTypeOf<DispatchingRequest['callTypes']>().toEqualTypeOf<ApiSchema<'CommDispatchingRequest'>['callTypes']>();
  });

  it('a body of the wrong shape does not compile', () => {
    const group: RingGroupActionRequest = {
      type: 'RingGroupAction',
      // @ts-expect-error `enabled` is a boolean in the spec
      enabled: 'yes',
      duration: 20,
      targets: [{ type: 'AllMobileRingTarget' }],
    };
    const coworker: ApiRingTarget = {
      type: 'CoworkerRingTarget',
      // @ts-expect-error a coworker is named by `extension: {id}`
      extensionId: '101',
    };
    const forward: ApiTerminatingTarget = {
      type: 'PhoneNumberTerminatingTarget',
      // @ts-expect-error a forward holds `destination: {phoneNumber}`
      phoneNumber: '+14155550100',
      dispatchingType: 'Ringing',
    };
    // @ts-expect-error a TerminatingAction carries its targets
    const term: TerminatingActionRequest = { type: 'TerminatingAction', ringingTargetType: 'VoiceMailTerminatingTarget' };
    const dispatching: DispatchingRequest = {
      // @ts-expect-error not a dispatching type of the spec
      type: 'RingAll',
      actions: [],
    };
    const action: DispatchingRequest = {
      type: 'RingAtOnce',
      // @ts-expect-error a welcome greeting names its greeting with `greeting: {effectiveGreetingType, preset}`
      actions: [{ type: 'PlayWelcomePromptAction', enabled: true, greeting: { preset: '66048' } }],
    };
    const ringPart: Pick<RingTargetPart<{ coworker: string }>, 'compile'> = {
      // @ts-expect-error a part's compile returns the spec's ring target: a coworker is `extension: {id}`
      compile: (t) => ({ type: 'CoworkerRingTarget', extensionId: t.coworker }),
    };
    const destinationPart: Pick<DestinationPart<{ forwardTo: { phone: string } }>, 'compile'> = {
      compile: (term, set, d) => ({
        ...term,
        // @ts-expect-error a part's compile returns the spec's terminating targets: a forward is `destination: {phoneNumber}`
        targets: [...term.targets, { type: 'PhoneNumberTerminatingTarget', phoneNumber: d.forwardTo.phone, dispatchingType: set }],
      }),
    };
    expect([group, coworker, forward, term, dispatching, action, ringPart, destinationPart]).toHaveLength(8);
  });

  it('what compile writes is the typed body', () => {
    const d = compileDispatching(
      compileEnv(),
      { ring: { order: 'at-once', groups: [{ targets: ['mobile-apps'], seconds: 20 }] }, ifNoAnswer: { voicemail: {} } },
      defaultStateDispatching('work-hours'),
      'work-hours',
      [],
    );
    const groups = d.actions.filter((a): a is RingGroupActionRequest => a.type === 'RingGroupAction');
    expect(groups.map((g) => [g.enabled, g.duration, g.targets.map((t) => t.type)])).toEqual([
      [true, 20, ['AllMobileRingTarget']],
      [false, 20, ['AllDesktopRingTarget']],
    ]);
  });
});
