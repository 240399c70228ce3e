import { describe, expect, it } from 'vitest';
import { defaultStateDispatching } from '../../src/core/defaults.js';
import type { UserManifest } from '../../src/core/manifest.js';
import { diffOwner } from '../../src/diff/diff-owner.js';
import { USER_KINDS } from '../../src/kinds/index.js';
import type { UserSnapshot } from '../../src/kinds/context.js';
import type { DraftChange } from '../../src/core/draft-change.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { compareDrafts } from '../../src/plan/order-changes.js';
import { renderPlanJson } from '../../src/render/index.js';
import { fakeContext } from '../helpers/fake-context.js';

const always = [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '00:00:00', endTime: '23:59:59' }] } }];

function defaultUser(): UserSnapshot {
  const rule = (id: string, kind: any, enabled = true) => ({
    id,
    displayName: id,
    dispatching: defaultStateDispatching(kind),
    state: { id, displayName: id, enabled, conditions: always },
  });
  return {
    stateRules: [rule('work-hours', 'work-hours'), rule('forward-all-calls', 'forward-all-calls', false), rule('dnd', 'dnd', false)],
    interactionRules: [
      {
        id: '9001',
        displayName: 'Old name',
        enabled: true,
        conditions: [{ type: 'Interaction', from: [{ phoneNumber: '+16501111111', name: '' }], to: [] }],
        dispatching: defaultStateDispatching('custom'),
      },
    ],
  } as unknown as UserSnapshot;
}

const manifest: UserManifest = {
  version: 1,
  kind: 'User',
  extension: '101',
  states: { 'work-hours': { schedule: { weekly: { monday: ['08:00-16:00'] } } } },
  rules: { 'after-hours': { immediately: { announcement: { greeting: { preset: 'Closed' } } } } },
  customRules: [
    { name: 'New name', when: { callers: ['+16501111111'], state: 'after-hours' }, immediately: { forwardTo: { phone: '+14082324343' } } },
  ],
  prune: true,
};

function plan(m: UserManifest = manifest, live = defaultUser()) {
  const ctx = fakeContext(m, live);
  const d = diffOwner(ctx, USER_KINDS, Boolean(m.prune));
  expect(ctx.problems).toEqual([]);
  return buildPlan(d.changes, d.unmanaged);
}

describe('buildPlan', () => {
  it('orders work-hours before the after-hours rule it creates, and creates before deletes', () => {
    const p = plan();
    expect(p.changes.map((c) => `${c.id} ${c.action} ${c.kind} ${c.target.name} <- ${c.dependsOn.join(',')}`)).toEqual([
      'c1 update user-state work-hours <- ',
      'c2 update user-state-rule after-hours <- c1',
      'c3 create user-custom-rule New name <- c1',
      'c4 delete user-custom-rule Old name <- c3',
    ]);
    expect(p.summary).toEqual({ create: 1, update: 2, delete: 1 });
    expect(p.changes[0].body).toEqual({
      conditions: [
        {
          type: 'Schedule',
          schedule: { triggers: [{ triggerType: 'Weekly', ranges: { monday: [{ startTime: '08:00:00', endTime: '16:00:00' }] } }] },
        },
      ],
    });
    expect(p.changes[3]).toMatchObject({
      method: 'DELETE',
      path: '/restapi/v2/accounts/~/extensions/63701631004/comm-handling/voice/interaction-rules/9001',
    });
    expect(p.changes[3].body).toBeUndefined();
  });

  it('gives byte-identical JSON for the same inputs', () => {
    expect(renderPlanJson(plan())).toBe(renderPlanJson(plan()));
  });

  it('reports unlisted live rules as unmanaged without prune', () => {
    const p = plan({ ...manifest, prune: false });
    expect(p.changes.some((c) => c.action === 'delete')).toBe(false);
    expect(p.unmanaged).toMatchObject([{ kind: 'user-custom-rule', target: { name: 'Old name' }, id: '9001' }]);
  });

  it('is empty when live already matches', () => {
    const first = plan();
    const live = defaultUser();
    // Simulate RingCentral applying the plan: write each body into the live snapshot.
    const wh = live.stateRules.find((r) => r.id === 'work-hours')!;
    wh.state.conditions = (first.changes[0].body as any).conditions;
    live.stateRules.push({
      id: 'after-hours',
      dispatching: (first.changes[1].body as any).dispatching,
      state: { id: 'after-hours', enabled: true, conditions: [] },
    } as unknown as UserSnapshot['stateRules'][number]);
    live.interactionRules = [{ id: '9002', ...(first.changes[2].body as any) }];
    expect(plan(manifest, live).changes.map((c) => [c.kind, c.target.name, c.diff])).toEqual([]);
  });
});

describe('compareDrafts', () => {
  const draft = (kind: DraftChange['kind'], name: string, line: number): DraftChange => ({
    key: `site:1|${kind}:${name}`,
    ownerKey: 'site:1',
    action: 'create',
    kind,
    name,
    target: { extension: '3001', extensionId: '1', name, owner: 'site', ownerName: 'New York Office' },
    request: { method: 'POST', path: '/x' },
    patch: [],
    diff: [],
    after: [],
    origin: { file: 'sites.yaml', line, col: 5 },
  });

  it('creates site custom rules in the order the document lists them, not by name (RingCentral lists new rules last)', () => {
    const drafts = [draft('site-custom-rule', 'Holiday closure', 61), draft('site-custom-rule', 'Partner hotline', 46)];
    expect([...drafts].sort(compareDrafts).map((d) => d.name)).toEqual(['Partner hotline', 'Holiday closure']);
  });
});
