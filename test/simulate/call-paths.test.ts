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
---
version: 1
kind: CallQueue
queue: {name: "Support Queue"}
members: ["101", "102", "103"]
businessHours:
  schedule: {weekly: {monday: ["08:00-18:00"], tuesday: ["08:00-18:00"], wednesday: ["08:00-18:00"], thursday: ["08:00-18:00"], friday: ["08:00-18:00"]}}
rules:
  business-hours:
    distribution: fixed-order
    order: ["102", "101"]
    ringEachSeconds: 20
    maxWaitSeconds: 600
    maxCallers: 10
    whenFull: {transferTo: {name: "Main IVR"}}
    whenMaxWait: {voicemail: {}}
    whenNoAnswer: wait
  after-hours: {transferTo: "2100"}
customRules:
  - name: VIP support
    when: {callers: ["+16501111111"]}
    queue: {distribution: longest-idle}
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
      hops: [company, {name: "Main IVR"}, {name: "Support Queue"}]
      handledBy: business-hours
      rings: [{coworker: "102"}, {coworker: "101"}, {coworker: "103"}]
      endsAt: {voicemail: {}}
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
    expect(results[0].hops?.map((h) => `${h.kind} ${h.extensionNumber || h.name} ${h.key ?? ''}`.trim())).toEqual([
      'company the company',
      'ivr 1500 2',
      'queue Support Queue',
    ]);
    expect(results[0].outcome?.queue).toEqual({
      distribution: 'fixed-order',
      members: ['102', '101', '103'],
      maxWaitSeconds: 600,
      maxCallers: 10,
      whenFull: { type: 'transfer', target: 'Main IVR', targetType: 'extension' },
      whenMaxWait: { type: 'voicemail' },
      whenNoAnswer: 'wait',
    });
    expect(results[2].hops?.map((h) => `${h.kind} ${h.extensionNumber} ${h.key ?? ''}`.trim())).toEqual([
      'company',
      'ivr 1500 1',
      'ivr 2100 3',
    ]);
  });

  it('continues into a call queue: its rule, its members in ring order, and on past it when it rings no one', () => {
    const calls = `version: 1
kind: RoutingTest
company: true
calls:
  - name: members in the wrong order fail
    from: "+14155550100"
    at: "2026-12-21T10:00"
    press: "2"
    expect: {rings: [{coworker: "101"}, {coworker: "102"}, {coworker: "103"}]}
  - name: longest-idle rings the members in any order
    from: "+16501111111"
    at: "2026-12-21T10:00"
    press: "2"
    expect: {hops: [company, "1500", {name: "Support Queue"}], handledBy: VIP support, rings: [{coworker: "103"}, {coworker: "101"}, {coworker: "102"}]}
  - name: an unknown member is still a difference in any order
    from: "+16501111111"
    at: "2026-12-21T10:00"
    press: "2"
    expect: {rings: [{coworker: "103"}, {coworker: "101"}, {coworker: "104"}]}
  - name: after hours the queue transfers to the billing menu, where the next key is pressed
    from: "+14155550100"
    at: "2026-12-21T19:00"
    press: "2,3"
    expect: {hops: [company, "1500", {name: "Support Queue"}, "2100"], handledBy: "3", endsAt: {forward: "+14155550100"}}
`;
    const manifests = MANIFESTS.replace('after-hours: {operator: {}}', 'after-hours: {transferTo: "1500"}');
    const parsed = parseManifestFile('m.yaml', `${manifests}---\n${calls}`);
    const validated = validateDocuments(parsed.documents, { now: new Date(2026, 5, 1) });
    expect([...parsed.problems, ...validated.problems]).toEqual([]);
    const { results } = runRoutingTests(validated.documents, validated.routingTests);
    expect(results.map((r) => r.diffs)).toEqual([
      [
        'expected rings [{coworker: "101"}, {coworker: "102"}, {coworker: "103"}], got [{coworker: "102"}, {coworker: "101"}, {coworker: "103"}]',
      ],
      [],
      [
        'expected rings [{coworker: "103"}, {coworker: "101"}, {coworker: "104"}], got [{coworker: "101"}, {coworker: "102"}, {coworker: "103"}]',
      ],
      [],
    ]);
    expect(results[3].hops?.map((h) => h.handledBy.name)).toEqual(['after-hours', '2', 'after-hours', '3']);
  });

  it('a call with no key pressed is followed too: the menu takes noInput', () => {
    const calls = `version: 1
kind: RoutingTest
company: true
calls:
  - from: "+14155550100"
    at: "2026-12-21T10:00"
    expect: {handledBy: noInput, endsAt: {voicemail: {mailbox: "101"}}}
  - from: "+14155550100"
    at: "2026-12-21T10:00"
    expect: {handledBy: business-hours}
`;
    const { results } = run(calls);
    expect(results.map((r) => r.diffs)).toEqual([[], ['expected handledBy "business-hours", got IVR key "noInput"']]);
  });

  it('a hop has an id offline when its document names the extension by id', () => {
    const manifests = MANIFESTS.replace('queue: {name: "Support Queue"}', 'queue: {id: "62952430016"}').replace(
      '"2": {transferTo: {name: "Support Queue"}}',
      '"2": {transferTo: {id: "62952430016"}}',
    );
    const calls = `version: 1
kind: RoutingTest
company: true
calls:
  - from: "+14155550100"
    at: "2026-12-21T10:00"
    press: "2"
    expect: {hops: [company, "1500", {id: "62952430016"}], handledBy: business-hours}
`;
    const parsed = parseManifestFile('m.yaml', `${manifests}---\n${calls}`);
    const validated = validateDocuments(parsed.documents, { now: new Date(2026, 5, 1) });
    expect([...parsed.problems, ...validated.problems]).toEqual([]);
    const { results } = runRoutingTests(validated.documents, validated.routingTests);
    expect(results[0].diffs).toEqual([]);
    expect(results[0].hops?.map((h) => [h.kind, h.id])).toEqual([
      ['company', null],
      ['ivr', null],
      ['queue', '62952430016'],
    ]);
  });

  it('a loop through a call queue ends with a finding', () => {
    const manifests = MANIFESTS.replace('after-hours: {transferTo: "2100"}', 'after-hours: {transferTo: "1500"}');
    const calls = `version: 1
kind: RoutingTest
company: true
calls:
  - from: "+14155550100"
    at: "2026-12-21T20:00"
    press: "2"
    expect: {endsAt: {voicemail: {}}}
`;
    const loopy = manifests
      .replace('after-hours: {operator: {}}', 'after-hours: {transferTo: "1500"}')
      .replace('noInput: {voicemail: "101"}', 'noInput: {transferTo: {name: "Support Queue"}}');
    const parsed = parseManifestFile('m.yaml', `${loopy}---\n${calls}`);
    const validated = validateDocuments(parsed.documents, { now: new Date(2026, 5, 1) });
    expect([...parsed.problems, ...validated.problems]).toEqual([]);
    const { results } = runRoutingTests(validated.documents, validated.routingTests);
    expect(results[0].passed).toBe(false);
    expect(results[0].diffs[0]).toMatch(/^the call loops: (1500|Support Queue) is reached again with no key left/);
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
    const wrong = TESTS.replace('hops: [company, {name: "Main IVR"}, {name: "Support Queue"}]', 'hops: [company, {name: "Sales IVR"}]');
    const { results } = run(wrong);
    expect(results[0].diffs).toEqual(['expected hops company → Sales IVR, got company → 1500 (Main IVR) → Support Queue']);
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
      { kind: 'queue', id: null, extensionNumber: '', name: 'Support Queue', handledBy: { kind: 'queue-rule', name: 'business-hours' } },
    ]);
    // endsAt and ring describe the last hop: the queue rings its members in order.
    expect(out.ring.map((s: { targets: unknown[] }) => s.targets)).toEqual([
      [{ coworker: '102' }],
      [{ coworker: '101' }],
      [{ coworker: '103' }],
    ]);
    expect(out.endsAt).toEqual({ type: 'voicemail' });
    const queue = await runCli(
      ['simulate', '.', '--company', '--from', '+14155550100', '--at', '2026-12-21T10:00', '--press', '2'],
      {},
      files.dir,
    );
    expect(queue.stdout).toBe(
      [
        'Call from +14155550100 to the company on Mon 2026-12-21 10:00 (local time):',
        '  path: the main number (business-hours rule) → IVR menu 1500 (Main IVR) (key 2) → call queue Support Queue (business-hours rule)',
        '  handled by business-hours rule',
        '  members in ring order: 102, then 101, then 103 (fixed order)',
        '  1. rings co-worker 102 for 20 s',
        '  2. then rings co-worker 101 for 20 s',
        '  3. then rings co-worker 103 for 20 s',
        '  4. then goes to voicemail',
        '  note: when no one answers, callers keep waiting for the members',
        "  note: after 600 s of waiting the call goes to the queue's voicemail",
        '  note: when 10 callers already wait, the call is transferred to Main IVR',
        '',
      ].join('\n'),
    );
    const loop = await runCli(['simulate', '.', '--ivr', '2200', '--from', '+14155550100', '--at', '2026-12-21T10:00'], {}, files.dir);
    expect(loop.code).toBe(0);
    expect(loop.stdout).toContain('note: the call loops');
    await files.cleanup();
  });

  it('a transfer by number to an extension the documents name only by name ends the path with a note, and a test asking for hops past it says why', async () => {
    const byNumber = MANIFESTS.replace('"2": {transferTo: {name: "Support Queue"}}', '"2": {transferTo: "1200"}');
    const parsed = parseManifestFile('m.yaml', `${byNumber}---\n${TESTS}`);
    const validated = validateDocuments(parsed.documents, { now: new Date(2026, 5, 1) });
    expect([...parsed.problems, ...validated.problems]).toEqual([]);
    const { results } = runRoutingTests(validated.documents, validated.routingTests);
    const why =
      "extension 1200 is not known offline as any document's number: the call is followed no further; run with --live to follow it through the account";
    expect(results[0].passed).toBe(false);
    expect(results[0].diffs[0]).toBe(`expected hops company → Main IVR → Support Queue, got company → 1500 (Main IVR) (${why})`);
    expect(results[0].outcome?.notes).toContain(why);
    // A test that does not ask past it still passes: the note is not a failure.
    expect(results[2].diffs).toEqual([]);

    const files = await tempManifests();
    await files.write('m.yaml', byNumber);
    const args = ['simulate', '.', '--company', '--from', '+14155550100', '--at', '2026-12-21T10:00', '--press', '2'];
    const text = await runCli(args, {}, files.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('transfers to 1200');
    expect(text.stdout).toContain(`  note: ${why}`);
    const json = JSON.parse((await runCli([...args, '--format', 'json'], {}, files.dir)).stdout);
    expect(json.hops.map((h: { kind: string }) => h.kind)).toEqual(['company', 'ivr']);
    expect(json.notes).toContain(why);
    await files.cleanup();
  });
});
