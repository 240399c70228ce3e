import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

let files: Awaited<ReturnType<typeof tempManifests>>;
beforeEach(async () => {
  files = await tempManifests();
});
afterEach(async () => {
  await files.cleanup();
});

const ALEX = `
version: 1
kind: User
extension: "101"
states: {work-hours: {schedule: {weekly: {monday: ["08:00-16:00"]}}}}
customRules:
  - {name: VIP Calls After-Hours, when: {callers: ["+16501111111"], state: after-hours}, immediately: {forwardTo: {phone: "+14082324343"}}}
`;

describe('ringform test', () => {
  it('passes on the examples', async () => {
    const run = await runCli(['test', 'examples'], {});
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain("✓ a VIP caller after hours reaches Alex's personal mobile\n");
    expect(run.stdout).toContain(
      'examples/routing-tests/company.yaml: the company\n  ✓ pressing 2 on a weekday morning reaches the Support Queue, which rings Kim, then Alex\n',
    );
    expect(run.stdout.endsWith('\n38 passed, 0 failed\n')).toBe(true);
    expect(run.code).toBe(0);
  });

  it('exits 1 and shows what differs when a routing test fails', async () => {
    await files.write('alex.yaml', ALEX);
    await files.write(
      'tests.yaml',
      `
version: 1
kind: RoutingTest
extension: 101
calls:
  - name: VIP on Monday evening
    from: "+16501111111"
    at: "2026-06-01T22:00"
    expect: {handledBy: VIP Calls After-Hours}
  - name: VIP on Monday morning
    from: "+16501111111"
    at: "2026-06-01T10:00"
    expect: {handledBy: VIP Calls After-Hours, endsAt: {forward: "+14082324343"}, rings: [desktop-apps]}
`,
    );
    const run = await runCli(['test'], {}, files.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'tests.yaml: extension 101',
        '  ✓ VIP on Monday evening',
        '  ✗ VIP on Monday morning  tests.yaml:9:5',
        '      expected handledBy "VIP Calls After-Hours", got state "work-hours"',
        '      expected endsAt forward to +14082324343, got voicemail',
        '      expected rings [desktop-apps], got [mobile-apps, desktop-apps]',
        '',
        '1 passed, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('--format github annotates each failed call at its line; --format json gives problems and results', async () => {
    await files.write('alex.yaml', ALEX);
    await files.write(
      'tests.yaml',
      `
version: 1
kind: RoutingTest
extension: 101
calls:
  - name: VIP on Monday morning
    from: "+16501111111"
    at: "2026-06-01T10:00"
    expect: {handledBy: VIP Calls After-Hours}
`,
    );
    const github = await runCli(['test', '--format', 'github'], {}, files.dir);
    expect(github.code).toBe(1);
    expect(github.stdout.split('\n')[0]).toBe(
      '::error file=tests.yaml,line=5,col=5::routing test "VIP on Monday morning" fails: expected handledBy "VIP Calls After-Hours", got state "work-hours"',
    );
    const json = await runCli(['test', '--format', 'json'], {}, files.dir);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.problems).toEqual([]);
    expect(parsed.results).toMatchObject([{ name: 'VIP on Monday morning', passed: false, where: 'tests.yaml:5:5' }]);
  });

  it('simulate --format json reports invalid manifests as {"problems": [...]}', async () => {
    await files.write('alex.yaml', ALEX.replace('monday: ["08:00-16:00"]', 'monday: ["08:00-16:00", "15:00-17:00"]'));
    const run = await runCli(
      ['simulate', '--extension', '101', '--from', '+16501111111', '--at', '2026-06-01T10:00', '--format', 'json', '.'],
      {},
      files.dir,
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).problems).toMatchObject([
      { file: 'alex.yaml', line: 4, severity: 'error', path: 'states.work-hours.schedule.weekly.monday[1]' },
    ]);
  });

  it('fails a routing test whose user no manifest manages', async () => {
    await files.write('alex.yaml', ALEX);
    await files.write(
      'tests.yaml',
      'version: 1\nkind: RoutingTest\nextension: "102"\ncalls: [{from: "+16501111111", at: "2026-06-01T22:00", expect: {rings: []}}]\n',
    );
    const run = await runCli(['test', '.'], {}, files.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('tests.yaml:3:12  extension  no User manifest manages extension 102\n');
    expect(run.stdout).toContain('0 passed, 1 failed');
  });

  it('reports invalid routing tests like invalid manifests, before running any', async () => {
    await files.write('alex.yaml', ALEX);
    await files.write(
      'tests.yaml',
      'version: 1\nkind: RoutingTest\nextension: "101"\ncalls: [{from: "+16501111111", at: "monday", expect: {rings: []}}]\n',
    );
    const run = await runCli(['test', '.'], {}, files.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('tests.yaml:4:36  calls[0].at  "monday" is not a local date-time');
  });
});

describe('ringform simulate', () => {
  it('prints the flow of a call through the manifests', async () => {
    await files.write('alex.yaml', ALEX);
    const run = await runCli(['simulate', '--extension', '101', '--from', '(650) 111-1111', '--at', '2026-06-01 22:00'], {}, files.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Call from +16501111111 to 101 on Mon 2026-06-01 22:00 (local time):',
        '  handled by custom rule "VIP Calls After-Hours" (priority 8)',
        '  1. forwards to +14082324343',
        '',
      ].join('\n'),
    );
  });

  it('prints the outcome with the call and owner as JSON', async () => {
    await files.write('alex.yaml', ALEX);
    const run = await runCli(
      ['simulate', '.', '--extension', '101', '--from', '+12025550123', '--at', '2026-06-01T10:00', '--format', 'json'],
      {},
      files.dir,
    );
    expect(JSON.parse(run.stdout)).toEqual({
      call: { from: '+12025550123', at: '2026-06-01T10:00' },
      owner: { type: 'user', label: '101' },
      hops: [{ kind: 'user', id: null, extensionNumber: '101', name: '', handledBy: { kind: 'state', name: 'work-hours', default: true } }],
      handledBy: { kind: 'state', name: 'work-hours', default: true },
      greetings: [],
      ring: [{ targets: ['mobile-apps', 'desktop-apps'], seconds: 20, default: true }],
      ringOrder: 'at-once',
      endsAt: { type: 'voicemail', default: true },
      notes: [],
    });
  });

  it('routes a call to the main number through company custom rules, then hours', async () => {
    const holiday = await runCli(
      ['simulate', 'examples', '--company', '--from', '+14155550100', '--to', '+16505550100', '--at', '2026-12-25T10:00'],
      {},
    );
    expect(holiday.stdout).toBe(
      'Call from +14155550100 to the company via +16505550100 on Fri 2026-12-25 10:00 (local time):\n' +
        '  handled by custom rule "Holiday closure"\n' +
        '  1. transfers to Holiday Announcement\n' +
        // An announcement extension has no document: the path ends there, and says why.
        `  note: extension "Holiday Announcement" is not known offline as any document's extension: the call is followed no further; run with --live to follow it through the account\n`,
    );
    expect(holiday.code).toBe(0);
    const evening = await runCli(
      ['simulate', 'examples', '--company', '--from', '+14155550100', '--at', '2026-12-21T19:00', '--format', 'json'],
      {},
    );
    const outcome = JSON.parse(evening.stdout);
    expect([outcome.handledBy, outcome.endsAt]).toEqual([{ kind: 'company-rule', name: 'after-hours' }, { type: 'operator' }]);
    // Without the called number the holiday rule (calledNumbers) does not match.
    const unknownNumber = await runCli(['simulate', 'examples', '--company', '--from', '+14155550100', '--at', '2026-12-25T10:00'], {});
    // The business-hours rule sends it to the Main IVR (examples/ivr-menus), where no key is pressed.
    expect(unknownNumber.stdout).toContain('path: the main number (business-hours rule) → IVR menu 1500 (Main IVR) (no key pressed)');
  });

  it('refuses bad input before reading anything', async () => {
    const neither = await runCli(['simulate', '--from', '+12025550123', '--at', '2026-06-01T10:00'], {}, files.dir);
    // The options of the owner types, in owner-type order (one entry each, src/cli/commands/simulate.ts).
    expect(neither.stderr).toBe('Error: name exactly one of --extension <ext>, --site <ext>, --company, --queue <ext> or --ivr <ext>\n');
    const badTime = await runCli(['simulate', '--extension', '101', '--from', '+12025550123', '--at', '10:00'], {}, files.dir);
    expect(badTime.stderr).toContain('Error: --at: "10:00" is not a local date-time');
    await files.write('alex.yaml', ALEX);
    const unknown = await runCli(['simulate', '--extension', '999', '--from', '+12025550123', '--at', '2026-06-01T10:00'], {}, files.dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no User manifest in . manages extension "999"');
    const noCompany = await runCli(['simulate', '--company', '--from', '+12025550123', '--at', '2026-06-01T10:00'], {}, files.dir);
    expect(noCompany.stderr).toContain('no Company manifest in . manages the company');
  });

  it('finds an IVR menu offline by the name its document gives it, and says how the documents name a queue asked by number', async () => {
    const menu = await runCli(
      ['simulate', 'examples', '--ivr', 'Main IVR', '--press', '2', '--from', '+14155550100', '--at', '2026-12-21T10:00'],
      {},
    );
    expect(menu.stderr).toBe('');
    expect(menu.code).toBe(0);
    expect(menu.stdout).toContain('Call from +14155550100 to 1500 on Mon 2026-12-21 10:00');
    expect(menu.stdout).toContain('path: IVR menu 1500 (Main IVR) (key 2) → call queue Support Queue');
    // examples/queues/support.yaml writes `queue: {name: "Support Queue"}`: nothing in the
    // documents says it is 1200, so the message names the queue as the documents write it.
    const byNumber = await runCli(['simulate', 'examples', '--queue', '1200', '--from', '+14155550100', '--at', '2026-12-21T10:00'], {});
    expect(byNumber.code).toBe(1);
    expect(byNumber.stderr).toContain(
      'no CallQueue manifest in examples manages call queue "1200" (the CallQueue documents name --queue "Support Queue"; without the account\'s extension list a number cannot be matched to a name); simulate the live configuration with --live',
    );
    const byName = await runCli(
      ['simulate', 'examples', '--queue', 'Support Queue', '--from', '+14155550100', '--at', '2026-12-21T10:00'],
      {},
    );
    expect(byName.code).toBe(0);
  });
});
