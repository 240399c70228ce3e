/**
 * Plans and apply results as the planner and apply stage produce them, with real RingCentral
 * paths and bodies (v2 comm-handling for users, v1.0 answering rules and business hours for
 * sites). Shared by the golden tests; each export is a function so tests cannot mutate a
 * fixture another test reads.
 */
import type { ApplyResult, Change, Plan } from '../../src/core/plan.js';
import { ACCOUNT, alex, ALEX_ID, preset, summarize, USERS_V2, weekdayTimes } from './fixture-parts.js';

export { sitePlan, unmanagedPlan } from './fixtures-site.js';

export function noChangesPlan(): Plan {
  return { formatVersion: 1, changes: [], unmanaged: [], summary: { create: 0, update: 0, delete: 0 } };
}

function alexWorkHoursState(): Change {
  const ranges = { ...weekdayTimes('08:30:00', '17:00:00'), friday: [{ startTime: '08:30:00', endTime: '15:00:00' }] };
  return {
    id: 'c1',
    action: 'update',
    kind: 'user-state',
    target: alex('work-hours'),
    method: 'PATCH',
    path: `${USERS_V2}/${ALEX_ID}/comm-handling/states/work-hours`,
    body: { conditions: [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Weekly', ranges }] } }] },
    patch: [
      ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
        op: 'replace' as const,
        path: `/conditions/0/schedule/triggers/0/ranges/${day}/0/startTime`,
        value: '08:30:00',
      })),
      { op: 'replace', path: '/conditions/0/schedule/triggers/0/ranges/friday/0/endTime', value: '15:00:00' },
    ],
    diff: [
      ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
        path: `/conditions/0/schedule/triggers/0/ranges/${day}/0/startTime`,
        old: '09:00:00',
        new: '08:30:00',
      })),
      { path: '/conditions/0/schedule/triggers/0/ranges/friday/0/endTime', old: '17:00:00', new: '15:00:00' },
    ],
    fields: [
      {
        path: 'states.work-hours.schedule.weekly',
        before: {
          monday: ['09:00-17:00'],
          tuesday: ['09:00-17:00'],
          wednesday: ['09:00-17:00'],
          thursday: ['09:00-17:00'],
          friday: ['09:00-17:00'],
        },
        after: {
          monday: ['08:30-17:00'],
          tuesday: ['08:30-17:00'],
          wednesday: ['08:30-17:00'],
          thursday: ['08:30-17:00'],
          friday: ['08:30-15:00'],
        },
      },
    ],
    dependsOn: [],
    origin: { file: 'users/alex-smith.yaml', line: 6, col: 5 },
  };
}

function alexWorkHoursRule(): Change {
  const mobile = { type: 'PhoneNumberRingTarget', name: 'Mobile', destination: { phoneNumber: '+14155550123' } };
  return {
    id: 'c2',
    action: 'update',
    kind: 'user-state-rule',
    target: alex('work-hours'),
    method: 'PATCH',
    path: `${USERS_V2}/${ALEX_ID}/comm-handling/voice/state-rules/work-hours`,
    body: {
      dispatching: {
        type: 'RingInOrder',
        actions: [
          { type: 'RingGroupAction', enabled: true, targets: [{ type: 'AllDesktopRingTarget', name: 'My desktop' }], duration: 20 },
          {
            type: 'RingGroupAction',
            enabled: true,
            targets: [{ type: 'AllMobileRingTarget', name: 'My mobile apps' }, mobile],
            duration: 30,
          },
          {
            type: 'TerminatingAction',
            targets: [{ type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: { greeting: preset('590080') } }],
            ringingTargetType: 'VoiceMailTerminatingTarget',
            terminatingTargetType: 'VoiceMailTerminatingTarget',
          },
        ],
      },
    },
    patch: [
      { op: 'replace', path: '/dispatching/type', value: 'RingInOrder' },
      { op: 'add', path: '/dispatching/actions/1/targets/1', value: mobile },
      { op: 'replace', path: '/dispatching/actions/1/duration', value: 30 },
    ],
    diff: [
      { path: '/dispatching/type', old: 'RingAtOnce', new: 'RingInOrder' },
      { path: '/dispatching/actions/1/targets/1', new: mobile },
      { path: '/dispatching/actions/1/duration', old: 20, new: 30 },
    ],
    fields: [
      { path: 'rules.work-hours.ring.order', before: 'at-once', after: 'in-order' },
      { path: 'rules.work-hours.ring.groups[1].targets[1]', after: { phone: '+14155550123' } },
      { path: 'rules.work-hours.ring.groups[1].seconds', before: 20, after: 30 },
      { path: 'rules.work-hours.ifNoAnswer', before: { forwardTo: { extension: '102 (Kim Lee)' } }, after: { voicemail: {} } },
    ],
    dependsOn: [],
    origin: { file: 'users/alex-smith.yaml', line: 14, col: 5 },
  };
}

function alexOldRuleDelete(): Change {
  return {
    id: 'c3',
    action: 'delete',
    kind: 'user-custom-rule',
    target: alex('Old VIP list'),
    method: 'DELETE',
    path: `${USERS_V2}/${ALEX_ID}/comm-handling/voice/interaction-rules/8271263004`,
    patch: [{ op: 'remove', path: '' }],
    diff: [
      { path: '/displayName', old: 'Old VIP list' },
      { path: '/enabled', old: true },
      { path: '/conditions', old: [{ type: 'Interaction', from: [{ phoneNumber: '+16501111111', name: 'Kristina Grant' }], to: [] }] },
    ],
    fields: [
      {
        path: 'customRules["Old VIP list"]',
        before: {
          name: 'Old VIP list',
          enabled: true,
          when: { callers: [{ number: '+16501111111', name: 'Kristina Grant' }] },
          immediately: { voicemail: {} },
        },
      },
    ],
    dependsOn: [],
  };
}

function alexChristmasCreate(): Change {
  const body = {
    displayName: 'Christmas closure',
    enabled: true,
    conditions: [
      {
        type: 'Schedule',
        schedule: {
          triggers: [{ triggerType: 'Range', ranges: [{ startDateTime: '2025-12-24T00:00:00', endDateTime: '2025-12-26T23:59:59' }] }],
        },
      },
    ],
    dispatching: {
      type: 'Terminate',
      actions: [
        {
          type: 'TerminatingAction',
          targets: [{ type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: { greeting: preset('590080') } }],
          ringingTargetType: 'VoiceMailTerminatingTarget',
          terminatingTargetType: 'VoiceMailTerminatingTarget',
        },
      ],
    },
  };
  return {
    id: 'c4',
    action: 'create',
    kind: 'user-custom-rule',
    target: alex('Christmas closure'),
    method: 'POST',
    path: `${USERS_V2}/${ALEX_ID}/comm-handling/voice/interaction-rules`,
    body,
    patch: Object.entries(body).map(([key, value]) => ({ op: 'add' as const, path: `/${key}`, value })),
    diff: Object.entries(body).map(([key, value]) => ({ path: `/${key}`, new: value })),
    fields: [
      {
        path: 'customRules[1]',
        after: {
          name: 'Christmas closure',
          when: { schedule: { ranges: [{ from: '2025-12-24T00:00', to: '2025-12-26T23:59' }] } },
          immediately: { voicemail: {} },
        },
      },
    ],
    dependsOn: ['c1', 'c3'],
    origin: { file: 'users/alex-smith.yaml', line: 31, col: 5 },
  };
}

/** One user: a state and its rule updated, an old custom rule pruned, a new one created. */
export function userPlan(): Plan {
  const changes = [alexWorkHoursState(), alexWorkHoursRule(), alexOldRuleDelete(), alexChristmasCreate()];
  return {
    formatVersion: 1,
    account: ACCOUNT,
    changes,
    unmanaged: [],
    summary: summarize(changes),
    affected: { users: ['101'], sites: [] },
    warnings: [],
  };
}

/** Apply of `userPlan`: the state applied, the state rule rejected, the prune failed, its dependant skipped. */
export function userApplyResult(): ApplyResult {
  return {
    steps: [
      { id: 'c1', status: 'applied' },
      {
        id: 'c2',
        status: 'failed',
        error: {
          status: 400,
          errorCode: 'CMN-101',
          message: 'Parameter [dispatching.actions[1].targets[1].destination.phoneNumber] value is invalid',
        },
      },
      { id: 'c3', status: 'failed', error: { status: 404, errorCode: 'CMN-102', message: 'Resource for parameter [ruleId] is not found' } },
      { id: 'c4', status: 'skipped', blockedBy: ['c3'] },
    ],
    summary: { applied: 1, failed: 2, skipped: 1 },
  };
}

/** Apply of `sitePlan` interrupted after a 503 without a RingCentral error body. */
export function siteApplyInterrupted(): ApplyResult {
  return {
    steps: [
      { id: 'c1', status: 'applied' },
      { id: 'c2', status: 'failed', error: { status: 503, message: 'Service Temporarily Unavailable' } },
    ],
    summary: { applied: 1, failed: 1, skipped: 0 },
  };
}

/** Apply of `sitePlan` where everything succeeded. */
export function siteApplyAllApplied(): ApplyResult {
  return {
    steps: ['c1', 'c2', 'c3'].map((id) => ({ id, status: 'applied' as const })),
    summary: { applied: 3, failed: 0, skipped: 0 },
  };
}
