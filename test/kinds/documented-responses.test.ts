import { describe, expect, it } from 'vitest';
import type { SiteManifest, UserManifest } from '../../src/core/manifest.js';
import { diffOwner } from '../../src/diff/diff-owner.js';
import { SITE_KINDS, USER_KINDS } from '../../src/kinds/index.js';
import { asPlanContext, fakeContext } from '../helpers/fake-context.js';
import { guideVipRule } from '../helpers/guide-samples.js';

/**
 * RingCentral's documented responses leave out parts its requests require. A manifest that
 * describes exactly what such a response shows must plan no change, or every plan against the
 * real API would show the same change again.
 */
const preset = (id: string) => ({ greeting: { effectiveGreetingType: 'Preset', preset: { id } } });
const always = [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '00:00:00', endTime: '23:59:59' }] } }];

// state-based-call-handling.md, "Sample response" (no ringingTargetType, no Ringing set).
const facSample = {
  id: 'forward-all-calls',
  displayName: 'Forward all calls',
  dispatching: {
    actions: [
      {
        type: 'TerminatingAction',
        targets: [
          { type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: preset('590080') },
          { type: 'PlayAnnouncementTerminatingTarget', name: 'PlayAnnouncement', prompt: preset('66560'), dispatchingType: 'Terminating' },
        ],
        terminatingTargetType: 'PlayAnnouncementTerminatingTarget',
      },
    ],
    type: 'Terminate',
  },
  state: { id: 'forward-all-calls', enabled: true, displayName: 'Forward all calls', conditions: always },
};

// user-interaction-rules.md: the VIP rule as created (no immediate announcement target).
const vipRule = {
  ...guideVipRule(),
  id: '7001',
  conditions: [
    { type: 'Interaction', from: [{ phoneNumber: '+16501111111', name: 'Kristina Grant' }], to: [] },
    { type: 'State', state: { id: 'after-hours', displayName: 'After Hours', enabled: true, conditions: [] } },
  ],
};

describe('documented responses plan no change', () => {
  it('forward-all-calls sample without ringingTargetType', () => {
    const m: UserManifest = {
      version: 1,
      kind: 'User',
      extension: '101',
      rules: { 'forward-all-calls': { immediately: { announcement: { greeting: { preset: '66560' } } } } },
    };
    const ctx = fakeContext(m, { stateRules: [facSample], interactionRules: [] });
    expect(diffOwner(asPlanContext(ctx), USER_KINDS, false).changes).toEqual([]);
  });

  it('the VIP rule without an immediate announcement target, work-hours not 24/7', () => {
    const m: UserManifest = {
      version: 1,
      kind: 'User',
      extension: '101',
      customRules: [
        {
          name: 'VIP Calls After-Hours',
          when: { callers: [{ number: '+16501111111', name: 'Kristina Grant' }], state: 'after-hours' },
          ring: {
            order: 'at-once',
            groups: [
              { targets: ['mobile-apps'], seconds: 40 },
              { targets: ['desktop-apps'], seconds: 50 },
            ],
          },
          ifNoAnswer: { announcement: { greeting: { preset: '66816' } } },
          immediately: { forwardTo: { phone: '+14082324343' } },
        },
      ],
    };
    const workHours = {
      id: 'work-hours',
      dispatching: { type: 'RingAtOnce', actions: [] },
      state: {
        id: 'work-hours',
        enabled: true,
        conditions: [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '08:00:00', endTime: '16:00:00' }] } }],
      },
    };
    // The guide's rule is Terminate; the manifest with `ring` would make it RingAtOnce, so state Terminate via immediately only.
    delete (m.customRules![0] as any).ring;
    const ctx = fakeContext(m, { stateRules: [workHours], interactionRules: [vipRule] });
    const changes = diffOwner(asPlanContext(ctx), USER_KINDS, false).changes;
    expect(changes.map((c) => c.diff)).toEqual([]);
  });

  it('site caller ids written without + and ranges ending at 23:59', () => {
    const m: SiteManifest = {
      version: 1,
      kind: 'Site',
      site: '2001',
      customRules: [
        {
          name: 'Christmas closure',
          when: {
            callers: ['+14132223333', { name: 'John Smith' }],
            schedule: { ranges: [{ from: '2026-12-24T00:00', to: '2026-12-26T23:59' }] },
          },
          transferTo: '1500',
        },
      ],
    };
    const live = {
      businessHours: { schedule: { weeklyRanges: {} } },
      answeringRules: [
        {
          id: 'business-hours-rule',
          type: 'BusinessHours',
          enabled: true,
          callHandlingAction: 'TransferToExtension',
          transfer: { extension: { id: '62952431016' } },
        },
        {
          id: '9424952016',
          type: 'Custom',
          name: 'Christmas closure',
          enabled: true,
          callers: [{ callerId: '14132223333' }, { name: 'John Smith' }],
          schedule: { ranges: [{ from: '2026-12-24T00:00:00', to: '2026-12-26T23:59:00' }] },
          callHandlingAction: 'TransferToExtension',
          transfer: {
            extension: { id: '62952431016', uri: 'https://platform.ringcentral.com/restapi/v1.0/account/1/extension/62952431016' },
          },
        },
      ],
    };
    const ctx = fakeContext(m, live, { type: 'site', extensionId: '84854000016', extensionNumber: '2001', name: 'London Office' });
    expect(diffOwner(asPlanContext(ctx), SITE_KINDS, false).changes.map((c) => c.diff)).toEqual([]);
  });
});
