import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan.js';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * manifest-v1.md "Semantics that the format fixes", for the v1 custom rules sites, the company
 * and call queues share (src/kinds/shared/v1-rule-kinds.ts): removing a condition converges although
 * RingCentral's PUT is partial (issue 22 item 20), and rules are created in the document's
 * order, a plan saying when the live order will differ (item 21).
 */
let files: Awaited<ReturnType<typeof tempManifests>>;
const t = useEmulator({ windowMs: 1000 });
beforeEach(async () => {
  files = await tempManifests();
});

const SITE = '/restapi/v1.0/account/~/extension/84854001016';
const COMPANY = '/restapi/v1.0/account/~';
const QUEUE = '/restapi/v1.0/account/~/extension/62952430016';

const site = (rules: string) => `
version: 1
kind: Site
site: "3001"
businessHours:
  schedule: {weekly: {monday: ["09:00-17:00"]}}
customRules:
${rules}`;

const company = (rules: string) => `
version: 1
kind: Company
businessHours:
  schedule: {weekly: {monday: ["09:00-17:00"]}}
customRules:
${rules}`;

const queue = (rules: string) => `
version: 1
kind: CallQueue
queue: "1200"
businessHours:
  schedule: {weekly: {monday: ["09:00-17:00"]}}
customRules:
${rules}`;

const HOLIDAY = `    when:
      callers: ["+14132223333"]
      schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}`;
const NO_SCHEDULE = `    when:
      callers: ["+14132223333"]`;

async function planJson(): Promise<Plan> {
  const run = await runCli(['plan', '--format', 'json', files.dir], t.env);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe.each([
  ['site', site, SITE, '    transferTo: "1700"'],
  ['company', company, COMPANY, '    transferTo: "1700"'],
  // A queue's custom rules are built by the same kinds (issue 19): the same semantics.
  ['queue', queue, QUEUE, '    transferTo: "1700"'],
])('%s custom rules', (_owner, doc, base, action) => {
  it('removing a schedule replaces the rule (the PUT cannot clear it), says so before any write, and converges', async () => {
    await files.write('o.yaml', doc(`  - name: Partner\n${HOLIDAY}\n${action}\n`));
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write('o.yaml', doc(`  - name: Partner\n${NO_SCHEDULE}\n${action}\n`));
    t.emu.clearLog();
    const plan = await planJson();
    const custom = plan.changes.filter((c) => c.kind.endsWith('custom-rule'));
    expect(custom.map((c) => `${c.id} ${c.action} ${c.method} <- ${c.dependsOn}`)).toEqual([
      `${custom[0].id} delete DELETE <- `,
      `${custom[1].id} create POST <- ${custom[0].id}`,
    ]);
    expect(custom[0].path).toMatch(new RegExp(`^${base.replace(/[~.]/g, '\\$&')}/answering-rule/\\d+$`));
    expect(custom[1].body).not.toHaveProperty('schedule');
    expect(plan.warnings).toBeDefined();
    expect(plan.warnings!.map((w) => w.message).join('\n')).toContain(
      'custom rule "Partner": its schedule is removed, which RingCentral\'s PUT cannot do in place',
    );
    expect(writes(t.emu)).toEqual([]);
    // Applied from a saved plan: its checks accept the create of a name that is live, since the
    // plan deletes that rule first.
    const saved = join(await mkdtemp(join(tmpdir(), 'ringform-plan-')), 'plan.json');
    expect((await runCli(['plan', '--out', saved, files.dir], t.env)).code).toBe(0);
    const applied = await runCli(['apply', '--yes', '--plan', saved], t.env);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([]);
  });

  it('removing callers is done in place and converges', async () => {
    await files.write('o.yaml', doc(`  - name: Partner\n${HOLIDAY}\n${action}\n`));
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write(
      'o.yaml',
      doc(`  - name: Partner\n    when:\n      schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}\n${action}\n`),
    );
    const plan = await planJson();
    expect(plan.changes.filter((c) => c.kind.endsWith('custom-rule')).map((c) => `${c.action} ${c.method}`)).toEqual(['update PUT']);
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([]);
  });

  it('creates rules in the document order, and a plan says when the live order will differ', async () => {
    const zeta = `  - name: Zeta\n${HOLIDAY}\n${action}\n`;
    const alpha = `  - name: Alpha\n    when: {callers: ["+14132220000"]}\n${action}\n`;
    await files.write('o.yaml', doc(zeta + alpha));
    const first = await planJson();
    expect(first.changes.filter((c) => c.action === 'create').map((c) => (c.body as { name?: string }).name)).toEqual(['Zeta', 'Alpha']);
    expect((first.warnings ?? []).map((w) => w.message).join('\n')).not.toContain('tried in the order');
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write('o.yaml', doc(alpha + zeta));
    const swapped = await planJson();
    expect(swapped.changes).toEqual([]);
    expect((swapped.warnings ?? []).map((w) => w.message).join('\n')).toContain(
      'custom rules are tried in the order RingCentral lists them, which after this plan is "Zeta", "Alpha", not the document\'s',
    );
  });
});
