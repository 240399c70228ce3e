/** Site fixtures and the plan with unmanaged objects and hostile strings (see fixtures.ts). */
import type { Change, ChangeTarget, Plan } from '../../src/core/plan.js';
import { ACCOUNT, alex, london, LONDON_ID, SITES_V1, summarize, USERS_V2, weekdays } from './fixture-parts.js';

function londonBusinessHours(): Change {
  const weeklyRanges = { ...weekdays('09:00', '18:00'), saturday: [{ from: '10:00', to: '14:00' }] };
  return {
    id: 'c1',
    action: 'update',
    kind: 'site-business-hours',
    target: london('business-hours'),
    method: 'PUT',
    path: `${SITES_V1}/${LONDON_ID}/business-hours`,
    body: { schedule: { weeklyRanges } },
    patch: [
      ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
        op: 'replace' as const,
        path: `/schedule/weeklyRanges/${day}/0/to`,
        value: '18:00',
      })),
      { op: 'add', path: '/schedule/weeklyRanges/saturday', value: [{ from: '10:00', to: '14:00' }] },
    ],
    diff: [
      ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
        path: `/schedule/weeklyRanges/${day}/0/to`,
        old: '17:00',
        new: '18:00',
      })),
      { path: '/schedule/weeklyRanges/saturday', new: [{ from: '10:00', to: '14:00' }] },
    ],
    fields: [
      ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
        path: `businessHours.schedule.weekly.${day}[0]`,
        before: '09:00-17:00',
        after: '09:00-18:00',
      })),
      { path: 'businessHours.schedule.weekly.saturday', after: ['10:00-14:00'] },
    ],
    dependsOn: [],
    origin: { file: 'sites/london.yaml', line: 4, col: 3 },
  };
}

function londonAfterHoursRule(): Change {
  return {
    id: 'c2',
    action: 'update',
    kind: 'site-rule',
    target: london('after-hours'),
    method: 'PUT',
    path: `${SITES_V1}/${LONDON_ID}/answering-rule/after-hours-rule`,
    body: { callHandlingAction: 'TransferToExtension', transfer: { extension: { id: '62952431020' } } },
    patch: [{ op: 'replace', path: '/transfer/extension/id', value: '62952431020' }],
    diff: [{ path: '/transfer/extension/id', old: '62952431016', new: '62952431020' }],
    fields: [{ path: 'rules.after-hours.transferTo', before: '1500 (Main IVR)', after: '1600 (After-hours Messages)' }],
    dependsOn: ['c1'],
    origin: { file: 'sites/london.yaml', line: 12, col: 5 },
  };
}

/** A create whose planner left `diff` and `fields` empty (a plan saved by an older ringform): the renderers fall back to the body. */
function londonChristmasCreate(): Change {
  return {
    id: 'c3',
    action: 'create',
    kind: 'site-custom-rule',
    target: london('Christmas closure'),
    method: 'POST',
    path: `${SITES_V1}/${LONDON_ID}/answering-rule`,
    body: {
      type: 'Custom',
      name: 'Christmas closure',
      enabled: true,
      schedule: { ranges: [{ from: '2025-12-24T00:00:00', to: '2025-12-26T23:59:59' }] },
      callHandlingAction: 'TransferToExtension',
      transfer: { extension: { id: '62952431020' } },
    },
    patch: [],
    diff: [],
    dependsOn: ['c1'],
    origin: { file: 'sites/london.yaml', line: 16, col: 5 },
  };
}

/** One site: business hours replaced, the after-hours rule retargeted, a custom rule added. */
export function sitePlan(): Plan {
  const changes = [londonBusinessHours(), londonAfterHoursRule(), londonChristmasCreate()];
  return {
    formatVersion: 1,
    account: ACCOUNT,
    changes,
    unmanaged: [],
    summary: summarize(changes),
    affected: { users: [], sites: ['2001'] },
    warnings: [],
  };
}

/**
 * Unmanaged objects, warnings and hostile strings: a pipe and angle brackets in names, a value
 * long enough to be cut, fingerprints of a saved plan.
 */
export function unmanagedPlan(): Plan {
  const support: ChangeTarget = {
    extension: '102',
    extensionId: '63701632004',
    name: 'Sales | Partners',
    owner: 'user',
    ownerName: 'Priya <Support> Patel',
  };
  const numbers = ['+16501111111', '+16502222222', '+16503333333', '+16504444444', '+16505555555'];
  const callers = numbers.map((phoneNumber, i) => ({ phoneNumber, name: `Partner ${i + 1}` }));
  const change: Change = {
    id: 'c1',
    action: 'update',
    kind: 'user-custom-rule',
    target: support,
    method: 'PATCH',
    path: `${USERS_V2}/63701632004/comm-handling/voice/interaction-rules/8271264004`,
    body: { displayName: 'Sales | Partners', conditions: [{ type: 'Interaction', from: callers, to: [] }] },
    patch: [
      { op: 'replace', path: '/displayName', value: 'Sales | Partners' },
      { op: 'add', path: '/conditions/0/from/4', value: callers[4] },
    ],
    diff: [
      { path: '/displayName', old: 'Sales / Partners', new: 'Sales | Partners' },
      { path: '/conditions/0/from', old: callers.slice(0, 4), new: callers },
    ],
    dependsOn: [],
    origin: { file: 'users/priya-patel.yaml', line: 9, col: 5 },
  };
  return {
    formatVersion: 1,
    changes: [change],
    unmanaged: [
      { kind: 'user-custom-rule', target: alex('Old rule'), id: '8271265004' },
      { kind: 'site-custom-rule', target: london('Summer <hours> & `late` opening'), id: '1919266004' },
    ],
    summary: summarize([change]),
    affected: { users: ['102'], sites: [] },
    warnings: [
      { file: 'sites/london.yaml', line: 3, column: 1, message: 'site 2001: after-hours rule transfers to the site itself' },
      {
        file: 'sites/london.yaml',
        line: 20,
        column: 3,
        message:
          'site 2001 (London Office): custom rule "Summer <hours> & `late` opening" (id 1919266004) is unmanaged: it is live but not in this document, and is kept (set prune: true to delete it)',
      },
      {
        file: 'users/alex-smith.yaml',
        line: 30,
        column: 3,
        message:
          'user 101 (Alex Smith): custom rule "Old rule" (id 8271265004) is unmanaged: it is live but not in this document, and is kept (set prune: true to delete it)',
      },
      {
        file: 'users/priya-patel.yaml',
        line: 14,
        column: 9,
        message: 'rules.work-hours.ring.groups[1]: ring group has no targets | it is skipped',
      },
    ],
    fingerprints: [
      {
        path: `${USERS_V2}/63701632004/comm-handling/voice/interaction-rules`,
        select: '8271264004',
        sha256: 'b0f3c2d1e5a4968778695a4b3c2d1e0f9a8b7c6d5e4f30211203f4e5d6c7b8a9',
      },
    ],
  };
}
