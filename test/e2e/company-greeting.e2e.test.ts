import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/live/connect.js';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * issue 18 finding 10: company answering rules take predefined `greetings`
 * (CompanyAnsweringRuleRequest), which `kind: Company` says as `greeting: {preset: <name or id>}`
 * on a rule; absent, the greeting stays as it is live.
 */
let files: Awaited<ReturnType<typeof tempManifests>>;
const t = useEmulator({ windowMs: 1000 });
beforeEach(async () => {
  files = await tempManifests();
});

const A = '/restapi/v1.0/account/~';
const HOURS = 'businessHours:\n  schedule: {weekly: {monday: ["08:00-18:00"], tuesday: ["08:00-18:00"]}}\n';

type Rule = {
  id: string;
  name?: string;
  type?: string;
  callHandlingAction?: string;
  greetings?: { type?: string; preset?: { id?: string; name?: string } }[];
};

/** The company's rules as the API returns them, read over the SDK. */
async function liveRules(): Promise<Rule[]> {
  const client = await connect({ serverUrl: t.emu.url, ...t.emu.credentials });
  try {
    const list = await client.get<{ records: { id: string }[] }>(`${A}/answering-rule`);
    return await Promise.all(list.records.map((r) => client.get<Rule>(`${A}/answering-rule/${r.id}`)));
  } finally {
    await client.close();
  }
}

describe('greeting on company rules', () => {
  it('names predefined greetings by name: planned, applied, read back, exported, and the next plans are empty', async () => {
    await files.write(
      'company.yaml',
      `version: 1
kind: Company
${HOURS}rules:
  after-hours: {disconnect: {}, greeting: {preset: "Closed"}}
customRules:
  - name: Holiday closure
    when: {schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}}
    operator: {}
    greeting: {preset: "Holiday"}
`,
    );
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout);
    const bodies = Object.fromEntries(plan.changes.map((c: { kind: string; body: unknown }) => [c.kind, c.body]));
    // "Closed" is also an Announcement preset: the company rule's role finds the Company one, the after-hours rule's own.
    expect(bodies['company-rule']).toEqual({ callHandlingAction: 'Disconnect', greetings: [{ type: 'Company', preset: { id: '65584' } }] });
    expect(bodies['company-custom-rule']).toMatchObject({
      callHandlingAction: 'Operator',
      greetings: [{ type: 'Company', preset: { id: '65552' } }],
    });
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);

    const rules = await liveRules();
    expect(rules.find((r) => r.id === 'after-hours-rule')?.greetings).toEqual([
      { type: 'Company', preset: expect.objectContaining({ id: '65584', name: 'Closed' }) },
    ]);
    expect(rules.find((r) => r.name === 'Holiday closure')?.greetings).toEqual([
      { type: 'Company', preset: expect.objectContaining({ id: '65552', name: 'Holiday' }) },
    ]);

    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
    const exported = await runCli(['export', '--company', '--out', `${files.dir}/export`], t.env);
    expect(exported.code).toBe(0);
    const text = await readFile(`${files.dir}/export/company.yaml`, 'utf8');
    expect(text).toContain('greeting: {preset: "65584"}');
    expect(text).toMatch(/ {4}operator: \{\}\n {4}greeting:\n {6}preset: "65552"\n/);
    expect((await runCli(['plan', '--detailed-exitcode', `${files.dir}/export`], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([]);

    // Without `greeting`, the rule's greeting stays as it is live: a change of action keeps it.
    await files.write('company.yaml', `version: 1\nkind: Company\n${HOURS}rules:\n  after-hours: {operator: {}}\n`);
    const text2 = (await runCli(['plan', `${files.dir}/company.yaml`], t.env)).stdout;
    expect(text2).toContain('+ rules.after-hours.operator: {}');
    expect(text2).not.toContain('greeting');
    expect((await runCli(['apply', '--yes', `${files.dir}/company.yaml`], t.env)).code).toBe(0);
    const after = (await liveRules()).find((r) => r.id === 'after-hours-rule');
    expect(after?.callHandlingAction).toBe('Operator');
    expect(after?.greetings?.[0]?.preset?.id).toBe('65584');
  });

  it('a greeting the dictionary does not have, or a custom one, is an error at file:line before any call', async () => {
    await files.write(
      'company.yaml',
      `version: 1
kind: Company
${HOURS}rules:
  after-hours: {disconnect: {}, greeting: {preset: "Nope"}}
customRules:
  - name: Holiday closure
    when: {schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}}
    operator: {}
    greeting: {custom: "5072424004"}
`,
    );
    t.emu.clearLog();
    const validate = await runCli(['validate', files.dir], t.env);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(
      /company\.yaml:11:24 {2}customRules\[0\]\.greeting\.custom {2}a company rule plays only predefined greetings/,
    );
    await files.write(
      'company.yaml',
      `version: 1\nkind: Company\n${HOURS}rules:\n  after-hours: {disconnect: {}, greeting: {preset: "Nope"}}\n`,
    );
    const plan = await runCli(['plan', files.dir], t.env);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(
      /company\.yaml:6:52 {2}rules\.after-hours\.greeting\.preset {2}no standard Company greeting is named "Nope" \(known: Closed, Default, Holiday\)/,
    );
    expect(writes(t.emu)).toEqual([]);
  });
});
