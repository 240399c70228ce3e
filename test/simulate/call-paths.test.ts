import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/load/parse-manifest-file.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';
import { runRoutingTests } from '../../src/simulate/run-routing-tests.js';
import { runCli } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** Call paths across hops (cli.md): main number → IVR menu → submenu → …, in tests and simulate. */

const MANIFESTS = `version: 1
kind: Company
businessHours:
  schedule: {weekly: {monday: ["08:00-18:00"], tuesday: ["08:00-18:00"], wednesday: ["08:00-18:00"], thursday: ["08:00-18:00"], friday: ["08:00-18:00"]}}
rules:
  business-hours: {transferTo: {name: "Main IVR"}}
  after-hours: {operator: {}}
customRules:
  - name: Holiday closure
    when: {schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}}
    transferTo: {name: "Holiday Announcement"}
---
version: 1
kind: IvrMenu
extension: "1500"
name: Main IVR
prompt: {say: "For support press 2, for billing press 1."}
keys:
  "1": {transferTo: "2100"}
  "2": {transferTo: {name: "Support Queue"}}
  "4": {transferTo: "2200"}
  noInput: {voicemail: "101"}
---
version: 1
kind: IvrMenu
extension: "2100"
name: Billing menu
keys:
  "3": {forwardTo: {phone: "+14155550100"}}
  "*": previous-menu
  noInput: disconnect
---
version: 1
kind: IvrMenu
extension: "2200"
name: Loop menu
keys:
  noInput: {transferTo: "2200"}
`;

const TESTS = `version: 1
kind: RoutingTest
company: true
calls:
  - name: pressing 2 on a weekday morning reaches the Support Queue
    from: "+14155550100"
    at: "2026-12-21T10:00"
    press: "2"
    expect:
      hops: [company, {name: "Main IVR"}]
      handledBy: "2"
      endsAt: {transfer: {name: "Support Queue"}}
  - name: the same call on Christmas Day ends at the holiday announcement
    from: "+14155550100"
    at: "2026-12-25T10:00"
    press: "2"
    expect: {hops: [company], handledBy: Holiday closure, endsAt: {transfer: {name: "Holiday Announcement"}}}
  - name: a nested menu
    from: "+14155550100"
    at: "2026-12-21T10:00"
    press: "1,3"
    expect: {hops: [company, "1500", "2100"], endsAt: {forward: "+14155550100"}}
  - name: back from the submenu with star, then no input
    from: "+14155550100"
    at: "2026-12-21T10:00"
    press: "1,*"
    expect: {hops: [company, "1500", "2100", "1500"], handledBy: noInput, endsAt: {voicemail: {mailbox: "101"}}}
  - name: no key at all
    from: "+14155550100"
    at: "2026-12-21T10:00"
    expect: {hops: [company, {name: "Main IVR"}], endsAt: {voicemail: {mailbox: "101"}}}
`;

function run(tests: string) {
  const parsed = parseManifestFile('m.yaml', `${MANIFESTS}---\n${tests}`);
  const validated = validateDocuments(parsed.documents, { now: new Date(2026, 5, 1) });
  expect([...parsed.problems, ...validated.problems]).toEqual([]);
  return runRoutingTests(validated.documents, validated.routingTests);
}

describe('call paths across hops', () => {
  it('follows the main number through the IVR menus by the keys pressed, and no input when none are left', () => {
    const { results } = run(TESTS);
    expect(results.map((r) => [r.name, r.diffs])).toEqual(results.map((r) => [r.name, []]));
    expect(results[2].hops?.map((h) => `${h.kind} ${h.extensionNumber} ${h.key ?? ''}`.trim())).toEqual([
      'company',
      'ivr 1500 1',
      'ivr 2100 3',
    ]);
  });

  it('ends a loop with a finding, never hangs', () => {
    const loop = `version: 1
kind: RoutingTest
company: true
calls:
  - from: "+14155550100"
    at: "2026-12-21T10:00"
    press: "4"
    expect: {endsAt: {disconnect: {}}}
`;
    const { results } = run(loop);
    expect(results[0].passed).toBe(false);
    expect(results[0].diffs[0]).toMatch(/^the call loops: 2200 is reached again with no key left/);
  });

  it('reports hops that differ from the expectation', () => {
    const wrong = TESTS.replace(
      'hops: [company, {name: "Main IVR"}]\n      handledBy: "2"',
      'hops: [company, {name: "Sales IVR"}]\n      handledBy: "2"',
    );
    const { results } = run(wrong);
    expect(results[0].diffs).toEqual(['expected hops company → Sales IVR, got company → 1500 (Main IVR)']);
  });

  it('simulate --press follows the path and lists the hops as JSON', async () => {
    const files = await tempManifests();
    await files.write('m.yaml', MANIFESTS);
    const text = await runCli(
      ['simulate', '.', '--company', '--from', '+14155550100', '--at', '2026-12-21T10:00', '--press', '1,3'],
      {},
      files.dir,
    );
    expect(text.stdout).toContain(
      '  path: the main number (business-hours rule) → IVR menu 1500 (Main IVR) (key 1) → IVR menu 2100 (Billing menu) (key 3)',
    );
    expect(text.stdout).toContain('forwards to +14155550100');
    const json = await runCli(
      ['simulate', '.', '--ivr', '1500', '--from', '+14155550100', '--at', '2026-12-21T10:00', '--press', '2', '--format', 'json'],
      {},
      files.dir,
    );
    const out = JSON.parse(json.stdout);
    expect(out.hops).toEqual([
      { kind: 'ivr', id: null, extensionNumber: '1500', name: 'Main IVR', handledBy: { kind: 'ivr-key', name: '2' }, key: '2' },
    ]);
    expect(out.endsAt).toEqual({ type: 'transfer', target: 'Support Queue', targetType: 'extension' });
    const loop = await runCli(['simulate', '.', '--ivr', '2200', '--from', '+14155550100', '--at', '2026-12-21T10:00'], {}, files.dir);
    expect(loop.code).toBe(0);
    expect(loop.stdout).toContain('note: the call loops');
    await files.cleanup();
  });
});
