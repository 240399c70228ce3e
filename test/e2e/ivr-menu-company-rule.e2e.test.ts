import { describe, expect, it } from 'vitest';
import { connect } from '../../src/live/connect.js';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * issue 20: a company rule may transfer to an IVR menu the same apply creates — the plan creates
 * the menu first, the rule's change depends on it and apply fills in the id the create returned.
 */
const t = useEmulator({ windowMs: 1000 });
const A = '/restapi/v1.0/account/~';

const MENU = `version: 1
kind: IvrMenu
extension: "2300"
name: New IVR
prompt: {say: "Welcome. For support press 1."}
keys:
  "1": {transferTo: {name: "Support Queue"}}
  noInput: disconnect
`;
const COMPANY = `version: 1
kind: Company
rules:
  business-hours: {transferTo: {name: "New IVR"}}
`;

interface PlanJson {
  changes: {
    id: string;
    action: string;
    kind: string;
    method: string;
    body: unknown;
    dependsOn: string[];
    fill?: { pointer: string; from: string }[];
  }[];
}

type Rule = { callHandlingAction?: string; extension?: { id?: string } };

/** The company's business-hours rule and the IVR menus, as the API returns them over the SDK. */
async function live(): Promise<{ rule: Rule; menus: { id: string; extensionNumber?: string }[] }> {
  const client = await connect({ serverUrl: t.emu.url, ...t.emu.credentials });
  try {
    const rule = await client.get<Rule>(`${A}/answering-rule/business-hours-rule`);
    const menus = await client.get<{ records: { id: string; extensionNumber?: string }[] }>(`${A}/ivr-menus`);
    return { rule, menus: menus.records };
  } finally {
    await client.close();
  }
}

describe('a company rule to an IVR menu the same apply creates', () => {
  it('plans the create then the rule with a fill, applies (saved plan too) with the new id, and plans back to nothing', async () => {
    const files = await tempManifests();
    await files.write('ivr.yaml', MENU);
    await files.write('company.yaml', COMPANY);
    const planned = await runCli(['plan', '--format', 'json', files.dir], t.env);
    expect(planned.code, planned.stdout + planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    expect(plan.changes.map((c) => `${c.id} ${c.action} ${c.kind} ${c.method} ${c.dependsOn.join(',')}`)).toEqual([
      'c1 create ivr-menu POST ',
      'c2 update company-rule PUT c1',
    ]);
    expect(plan.changes[1].fill).toEqual([{ pointer: '/extension/id', from: 'c1' }]);
    expect(plan.changes[1].body).toMatchObject({ callHandlingAction: 'Bypass', extension: { id: '(id of new IVR menu 2300)' } });

    const text = await runCli(['plan', files.dir], t.env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('2300 (New IVR)');
    // Saved, reviewed and applied as saved.
    const saved = `${files.dir}/plan.json`;
    expect((await runCli(['plan', '--out', saved, files.dir], t.env)).code).toBe(0);
    t.emu.clearLog();
    const applied = await runCli(['apply', '--yes', '--plan', saved], t.env);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(writes(t.emu)).toEqual([`POST ${A}/ivr-menus`, `PUT ${A}/answering-rule/business-hours-rule`]);
    const { rule, menus } = await live();
    const menu = menus.find((m) => m.extensionNumber === '2300');
    expect(menu?.id).toMatch(/^\d+$/);
    expect(rule.callHandlingAction).toBe('Bypass');
    expect(rule.extension?.id).toBe(menu?.id);

    const again = await runCli(['plan', '--detailed-exitcode', files.dir], t.env);
    expect(again.code, again.stdout + again.stderr).toBe(0);
  });
});
