import { describe, expect, it } from 'vitest';
import { diffOwner } from '../../src/diff/diff-owner.js';
import type { SiteSnapshot, UserSnapshot } from '../../src/kinds/context.js';
import { siteCustomRuleKind } from '../../src/kinds/site/site-kinds.js';
import { matchLiveRule } from '../../src/kinds/shared/live-match.js';
import { userCustomRuleKind } from '../../src/kinds/user-custom-rule/user-custom-rule-kind.js';
import { asPlanContext, fakeContext } from '../helpers/fake-context.js';

/** Which live rule a document's custom rule manages: its name, a former name, never a guess. */

const live = (entries: [string, string, string?][]) =>
  new Map(entries.map(([key, id, name]) => [key, { id, name: name ?? key, comparable: {} }]));

describe('matchLiveRule', () => {
  it('takes the live rule of the name, else the one rule of a former name', () => {
    expect(
      matchLiveRule(
        live([
          ['Lunch hour', '1'],
          ['Lunch break', '2'],
        ]),
        'Lunch hour',
        'Lunch break',
      ),
    ).toEqual({ key: 'Lunch hour' });
    expect(matchLiveRule(live([['Lunch break', '2']]), 'Lunch hour', ['Midday', 'Lunch break'])).toEqual({ key: 'Lunch break' });
    expect(matchLiveRule(live([['Other', '3']]), 'Lunch hour', 'Lunch break')).toEqual({});
  });

  it('never takes a former name the document still lists', () => {
    expect(matchLiveRule(live([['Lunch break', '2']]), 'Lunch hour', 'Lunch break', new Set(['Lunch break']))).toEqual({});
  });

  it('refuses several live rules of the name, naming their ids', () => {
    const m = matchLiveRule(
      live([
        ['Dup', '7'],
        ['Dup (9)', '9', 'Dup'],
      ]),
      'Dup',
    );
    expect(m.problem?.field).toBe('name');
    expect(m.problem?.message).toMatch(/^2 live rules are named "Dup" \(ids 7, 9\); .*Delete the extra copies/);
  });

  it('refuses two live rules holding the former names', () => {
    const m = matchLiveRule(
      live([
        ['Midday', '4'],
        ['Lunch break', '5'],
      ]),
      'Lunch hour',
      ['Midday', 'Lunch break'],
    );
    expect(m.problem).toEqual({ field: 'renamedFrom', message: expect.stringContaining('(4 "Midday", 5 "Lunch break")') });
  });
});

describe('duplicate live names in a plan (RingCentral does not keep names unique)', () => {
  const rule = (id: string, displayName: string) => ({
    id,
    displayName,
    enabled: true,
    conditions: [{ type: 'Interaction', from: [{ phoneNumber: '+16501111111', name: '' }], to: [] }],
    dispatching: {
      type: 'Terminate',
      actions: [{ type: 'TerminatingAction', terminatingTargetType: 'VoiceMailTerminatingTarget', targets: [] }],
    },
  });

  it('a user rule name held by two live rules is a plan error naming both ids, not "No changes"', () => {
    const snapshot = { stateRules: [], interactionRules: [rule('100', 'VIP'), rule('200', 'VIP')] } as unknown as UserSnapshot;
    const manifest = {
      version: 1,
      kind: 'User',
      extension: '101',
      customRules: [{ name: 'VIP', when: { callers: ['+16501111111'] }, immediately: { voicemail: {} } }],
    };
    const ctx = fakeContext(manifest, snapshot);
    diffOwner(asPlanContext(ctx), [userCustomRuleKind], false);
    expect(ctx.problems.map((p) => `${p.path}  ${p.message}`)).toEqual([
      expect.stringMatching(/^customRules\[0\]\.name  2 live rules are named "VIP" \(ids 100, 200\)/),
    ]);
  });

  it('so is a site rule name', () => {
    const site = (id: string) => ({
      id,
      type: 'Custom',
      name: 'Closed',
      callers: [{ callerId: '+14132223333' }],
      callHandlingAction: 'TransferToExtension',
      transfer: { extension: { id: '62952431016' } },
    });
    const snapshot = { businessHours: {}, answeringRules: [site('11'), site('12')] } as unknown as SiteSnapshot;
    const manifest = {
      version: 1,
      kind: 'Site',
      site: '2001',
      customRules: [{ name: 'Closed', when: { callers: ['+14132223333'] }, transferTo: '1500' }],
    };
    const ctx = fakeContext(manifest, snapshot, { type: 'site', extensionId: '84854000016', extensionNumber: '2001' });
    diffOwner(asPlanContext(ctx), [siteCustomRuleKind], false);
    expect(ctx.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^2 live rules are named "Closed" \(ids 11, 12\)/)]);
  });

  it('duplicates of a name no document manages stay unmanaged', () => {
    const snapshot = { stateRules: [], interactionRules: [rule('100', 'Old'), rule('200', 'Old')] } as unknown as UserSnapshot;
    const ctx = fakeContext({ version: 1, kind: 'User', extension: '101', customRules: [] }, snapshot);
    const out = diffOwner(asPlanContext(ctx), [userCustomRuleKind], false);
    expect(ctx.problems).toEqual([]);
    expect(out.unmanaged.map((u) => u.id)).toEqual(['100', '200']);
  });
});
