import { describe, expect, it } from 'vitest';
import { affectedOwners, managedWords } from '../../src/core/affected-owners.js';
import { summarizeSuccess } from '../../src/cli/commands/validate.js';
import type { LoadedDocument } from '../../src/core/document.js';
import type { Change, OwnerType, Plan } from '../../src/core/plan.js';
import { affectedLine } from '../../src/render/plan-summary.js';
import { renderPlanJson } from '../../src/render/render-plan-json.js';

/**
 * A plan's blast radius ("Affects…") counts every owner type from ownerWords' `affected` entry
 * (issue 19): IVR menus and call queues beside users, sites and the company's main number.
 */
const change = (owner: OwnerType, extension?: string): Pick<Change, 'target'> => ({
  target: { owner, extensionId: extension ?? '~', ...(extension !== undefined && { extension }), name: 'x' } as Change['target'],
});

describe('affected owners', () => {
  it('lists the touched extensions of every owner type, and the company when its rules change', () => {
    const affected = affectedOwners([
      change('user', '102'),
      change('user', '101'),
      change('user', '101'),
      change('queue', '1200'),
      change('ivr', '1500'),
      change('ivr', '2100'),
      change('company'),
    ]);
    expect(affected).toEqual({ users: ['101', '102'], sites: [], queues: ['1200'], ivrMenus: ['1500', '2100'], company: true });
  });

  it('says in the "Affects" line how many IVR menus and call queues a plan touches', () => {
    const plan = { affected: affectedOwners([change('site', '3001'), change('ivr', '1500'), change('queue', '1200')]) } as Plan;
    expect(affectedLine(plan)).toBe('Affects 1 site, 1 call queue, 1 IVR menu.');
    const all = {
      affected: affectedOwners([change('user', '101'), change('company'), change('ivr', '1500'), change('ivr', '2100')]),
    } as Plan;
    expect(affectedLine(all)).toBe("Affects 1 user, 2 IVR menus, the company's main number.");
  });

  it('writes the IVR menus, call queues and the company in the JSON plan', () => {
    const affected = affectedOwners([change('queue', '1200'), change('ivr', '1500'), change('company')]);
    const plan: Plan = { formatVersion: 1, changes: [], unmanaged: [], summary: { create: 0, update: 0, delete: 0 }, affected };
    expect(JSON.parse(renderPlanJson(plan)).affected).toEqual({
      users: [],
      sites: [],
      queues: ['1200'],
      ivrMenus: ['1500'],
      company: true,
    });
  });

  it("counts what validated documents manage per owner type (validate's summary)", () => {
    const docs = [
      { data: { kind: 'User', extensions: ['101', '102'] } },
      { data: { kind: 'Site', site: '3001' } },
      { data: { kind: 'CallQueue', queue: { name: 'Support Queue' } } },
      { data: { kind: 'IvrMenu', extension: '1500' } },
      { data: { kind: 'IvrMenu', extension: '2100' } },
      { data: { kind: 'Company' } },
    ];
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    expect(managedWords(docs, plural)).toEqual(['2 users', '1 site', '1 call queue', '2 IVR menus', 'the company']);
    expect(managedWords([{ data: { kind: 'IvrMenu', extension: '1500' } }], plural)).toEqual(['0 users', '0 sites', '1 IVR menu']);
    expect(summarizeSuccess(3, docs as LoadedDocument[], 0)).toBe(
      '3 files, 6 documents valid (2 users, 1 site, 1 call queue, 2 IVR menus, the company).',
    );
  });
});
