import { describe, expect, it } from 'vitest';
import type { Change, Plan } from '../../src/core/plan.js';
import type { RoutingImpact } from '../../src/core/routing-impact.js';
import type { RoutingSchedule } from '../../src/core/routing.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../../src/render/index.js';
import { SUMMARY_LIMIT } from '../../src/render/render-plan-markdown.js';
import { noChangesPlan, sitePlan, unmanagedPlan, userPlan } from './fixtures.js';

const ANSI = /\x1b\[[0-9;]*m/;

/** The same object with its own keys (and its target's) inserted in reverse order. */
function reversedKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

describe('renderPlanText', () => {
  it('uses colour only when asked', () => {
    const plan = userPlan();
    expect(renderPlanText(plan, { colour: false })).not.toMatch(ANSI);
    const coloured = renderPlanText(plan, { colour: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\x1b[32m+ create\x1b[39m');
    expect(coloured).toContain('\x1b[33m~ update\x1b[39m');
    expect(coloured).toContain('\x1b[31m- delete\x1b[39m');
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(renderPlanText(plan, { colour: false }));
  });

  it('prints exactly the two contract lines for an empty plan', () => {
    expect(renderPlanText(noChangesPlan(), { colour: false })).toBe(
      'No changes. Live configuration matches the manifests.\n\nPlan: 0 to create, 0 to update, 0 to delete.\n',
    );
  });

  it('ends with the summary line', () => {
    const lines = renderPlanText(sitePlan(), { colour: false }).trimEnd().split('\n');
    expect(lines.at(-1)).toBe('Plan: 1 to create, 2 to update, 0 to delete.');
    expect(lines.at(-2)).toBe('Affects 1 site.');
  });

  it('never lets control characters from names reach the terminal', () => {
    const plan = unmanagedPlan();
    plan.warnings![0] = { ...plan.warnings![0], file: 'evil\x1b]0;x\x07.yaml', message: 'custom rule "evil\x1b[2Jrule" is live' };
    plan.changes[0].target = { ...plan.changes[0].target, ownerName: 'Bob\x1b]0;x\x07' };
    plan.changes[0].fields = [{ path: 'customRules[0].name', before: 'old\x1b[2J', after: 'new' }];
    const text = renderPlanText(plan, { colour: false, showRequests: true });
    expect(text).not.toContain('\x1b');
    expect(text).toContain('custom rule "evil\\u001b[2Jrule"');
    expect(text).toContain('~ customRules[0].name: "old\\u001b[2J" → "new"');
  });

  it('starts with the account the plan is for', () => {
    expect(renderPlanText(userPlan(), { colour: false }).split('\n')[0]).toBe('Account: Acme Inc. (37439510) at platform.ringcentral.com');
  });

  it('speaks the manifest, and shows requests only with --show-requests', () => {
    const plain = renderPlanText(userPlan(), { colour: false });
    expect(plain).toContain('    ~ rules.work-hours.ring.groups[1].seconds: 20 → 30');
    expect(plain).toContain('    ~ rules.work-hours.ifNoAnswer: {forwardTo: {extension: "102 (Kim Lee)"}} → {voicemail: {}}');
    expect(plain).not.toContain('PATCH ');
    expect(plain).not.toContain('/dispatching/');
    const requests = renderPlanText(userPlan(), { colour: false, showRequests: true });
    expect(requests).toContain(`    PATCH /restapi/v2/accounts/~/extensions/63701631004/comm-handling/voice/state-rules/work-hours`);
    expect(requests).toContain('      ~ /dispatching/actions/1/duration: 20 → 30');
  });

  it('shows a created rule as the YAML its document writes', () => {
    const text = renderPlanText(userPlan(), { colour: false });
    expect(text).toContain(
      [
        '    + customRules[1]:',
        '        name: "Christmas closure"',
        '        when: {schedule: {ranges: [{from: "2025-12-24T00:00", to: "2025-12-26T23:59"}]}}',
        '        immediately: {voicemail: {}}',
      ].join('\n'),
    );
  });
});

describe('renderPlanJson', () => {
  it('is byte-identical across renders and parses back to the plan data', () => {
    const first = renderPlanJson(unmanagedPlan());
    expect(renderPlanJson(unmanagedPlan())).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(first) as Plan;
    expect(parsed.changes[0].patch).toEqual(unmanagedPlan().changes[0].patch);
    expect(parsed.summary).toEqual({ create: 0, update: 1, delete: 0 });
  });

  it('does not depend on the key order the planner used', () => {
    const plan = userPlan();
    const shuffled: Plan = reversedKeys({
      ...plan,
      changes: plan.changes.map((c) => reversedKeys({ ...c, target: reversedKeys(c.target) }) as Change),
    });
    expect(renderPlanJson(shuffled)).toBe(renderPlanJson(plan));
  });

  it('writes the contract fields in contract order and no body for DELETE', () => {
    const plan = userPlan();
    plan.changes[2].body = { stray: true };
    const parsed = JSON.parse(renderPlanJson(plan));
    expect(Object.keys(parsed)).toEqual([
      'formatVersion',
      'account',
      'changes',
      'unmanaged',
      'summary',
      'warnings',
      'permissions',
      'affected',
    ]);
    expect(parsed.permissions).toEqual([{ permission: 'EditExtensions', documents: ['user 101', 'users/alex-smith.yaml'] }]);
    expect(parsed.account).toEqual({ id: '37439510', name: 'Acme Inc.', server: 'https://platform.ringcentral.com' });
    expect(Object.keys(parsed.changes[0])).toEqual([
      'id',
      'action',
      'kind',
      'target',
      'method',
      'path',
      'body',
      'patch',
      'fields',
      'dependsOn',
      'diff',
      'origin',
    ]);
    expect(parsed.changes[1].fields[2]).toEqual({ path: 'rules.work-hours.ring.groups[1].seconds', before: 20, after: 30 });
    expect(parsed.changes[2].method).toBe('DELETE');
    expect(parsed.changes[2]).not.toHaveProperty('body');
    expect(parsed.changes[3].dependsOn).toEqual(['c1', 'c3']);
  });

  it('leaves out optional extras the plan does not have', () => {
    const parsed = JSON.parse(renderPlanJson(noChangesPlan()));
    expect(parsed).toEqual({ formatVersion: 1, changes: [], unmanaged: [], summary: { create: 0, update: 0, delete: 0 }, warnings: [] });
  });

  it('writes warnings with file, line, column and message', () => {
    const parsed = JSON.parse(renderPlanJson(unmanagedPlan()));
    expect(parsed.warnings[0]).toEqual({
      file: 'sites/london.yaml',
      line: 3,
      column: 1,
      message: 'site 2001: after-hours rule transfers to the site itself',
    });
    expect(parsed.warnings.map((w: any) => Object.keys(w))).toEqual(parsed.warnings.map(() => ['file', 'line', 'column', 'message']));
  });
});

describe('renderPlanMarkdown', () => {
  const md = renderPlanMarkdown(unmanagedPlan());

  it('escapes pipes in table cells, including inside code spans', () => {
    expect(md).toContain('| `/displayName` | `"Sales / Partners"` | `"Sales \\| Partners"` |');
    for (const row of md.split('\n').filter((l) => l.startsWith('| `'))) {
      // Every unescaped pipe is a column border: a diff row has exactly four.
      expect(row.match(/(?<!\\)\|/g)).toHaveLength(4);
    }
  });

  it('escapes HTML in summaries and Markdown in running text', () => {
    expect(md).toContain('<summary>~ update · user 102 (Priya &lt;Support&gt; Patel) · custom rule &quot;Sales | Partners&quot;</summary>');
    expect(md).toContain('custom rule "Summer \\<hours\\> &amp; \\`late\\` opening"');
    expect(md).toContain('ring group has no targets \\| it is skipped');
  });

  it('puts the summary before the changes and folds each change', () => {
    const plan = userPlan();
    const out = renderPlanMarkdown(plan);
    expect(
      out.startsWith(
        '### ringform plan\n\nAccount: Acme Inc. (37439510) at platform.ringcentral.com\n\n**Plan: 1 to create, 2 to update, 1 to delete.** Affects 1 user.\n',
      ),
    ).toBe(true);
    expect(out.match(/<details>/g)).toHaveLength(plan.changes.length);
    expect(out.match(/<\/details>/g)).toHaveLength(plan.changes.length);
  });

  it('says so when there is nothing to change', () => {
    expect(renderPlanMarkdown(noChangesPlan())).toContain('No changes. Live configuration matches the manifests.');
  });
});

describe('renderPlanMarkdown on a very large plan', () => {
  /** The work-hours change of `userPlan` made to user `n`, with its own fields when `distinct`. */
  function userChange(n: number, distinct: boolean): Change {
    const base = userPlan().changes[1];
    const extension = String(1000 + n);
    const seconds = distinct ? 5 * (n + 1) : 30;
    return {
      ...base,
      id: `c${n + 1}`,
      target: { ...base.target, extension, extensionId: `6370${extension}004`, ownerName: `User Number ${n}` },
      fields: [
        ...base.fields!.slice(0, 2),
        { path: 'rules.work-hours.ring.groups[1].seconds', before: 20, after: seconds },
        base.fields![3],
      ],
    };
  }
  const schedule = (start: number, end: number): RoutingSchedule => ({ weekly: { monday: [{ start: start * 3600, end: end * 3600 }] } });
  const impact = (n: number): RoutingImpact => ({
    owner: `${1000 + n} (User Number ${n})`,
    ownerType: 'user',
    week: '2026-11-23',
    checked: 57,
    rows: [],
    hours: { label: 'work hours', before: schedule(9, 17), after: schedule(8, 16), changed: true },
  });

  it('stays within 65,000 characters and says what it left out and how to see it all', () => {
    const changes = Array.from({ length: 400 }, (_, n) => userChange(n, true));
    const md = renderPlanMarkdown({ ...userPlan(), changes, summary: { create: 0, update: 400, delete: 0 } });
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md.length).toBeGreaterThan(60_000);
    expect(md).toMatch(
      /_To keep this within 65,000 characters, (not shown: \d+ changes; )?shortened: \d+ changes \(Plan: 0 to create, 400 to update, 0 to delete in all\)\./,
    );
    expect(md).toContain('`ringform plan --out plan.json`');
    expect(md.match(/<details>/g)!.length).toBe(md.match(/<\/details>/g)!.length);
  });

  it('shows a change made to 250 users once, with the list of users and one chart', () => {
    const changes = Array.from({ length: 250 }, (_, n) => userChange(n, false));
    const impacts = Array.from({ length: 250 }, (_, n) => impact(n));
    const md = renderPlanMarkdown({ ...userPlan(), changes, summary: { create: 0, update: 250, delete: 0 } }, { impacts });
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).not.toContain('Not shown');
    expect(md.match(/<details>/g)).toHaveLength(1);
    expect(md).toContain('<summary>~ update · 250 users · state rule work-hours</summary>');
    expect(md).toContain('For 250 users: 1000 (User Number 0), 1001 (User Number 1)');
    expect(md).toContain(', 1249 (User Number 249).');
    expect(md.match(/```mermaid/g)).toHaveLength(1);
    expect(md).toContain('#### Who rings when: 250 users');
    expect(md).toContain('title work hours of 250 users');
  });

  it('one oversized change (a live rule named with 70 KB) is cut inside; every other change is still shown whole (issue 22 item 14)', () => {
    const plan = userPlan();
    const huge = `VIP ${'x'.repeat(70_000)}`;
    const [state, rule, del, create] = plan.changes;
    const oversized = { ...del, target: { ...del.target, name: huge } };
    const bigCreate: Change = {
      ...create,
      fields: create.fields!.map((f) => (typeof f.after === 'object' && f.after ? { ...f, after: { ...f.after, name: huge } } : f)),
    };
    const changes = [oversized, bigCreate, state, rule];
    const md = renderPlanMarkdown({ ...plan, changes });
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md.match(/<details>/g)).toHaveLength(4);
    expect(md.match(/<details>/g)!.length).toBe(md.match(/<\/details>/g)!.length);
    expect(md.match(/```/g)!.length % 2).toBe(0);
    // The two small changes after the big ones are whole: their tables are there.
    expect(md).toContain('| `rules.work-hours.ring.groups[1].seconds` | `20` | `30` |');
    expect(md).toContain('<summary>~ update · user 101 (Alex Smith) · state rule work-hours</summary>');
    expect(md).toMatch(/_… \d+ more lines? of this change cut to fit; `ringform plan` shows it whole\._/);
    expect(md).toContain('shortened: 1 change');
    expect(md).not.toContain('not shown:');

    // The job summary has room for the whole plan.
    const whole = renderPlanMarkdown({ ...plan, changes }, { limit: SUMMARY_LIMIT });
    expect(whole).not.toContain('cut to fit');
    expect(whole).toContain(huge.slice(0, 60_000));
  });

  it('the job summary (limit SUMMARY_LIMIT) holds a 400-change plan whole', () => {
    const changes = Array.from({ length: 400 }, (_, n) => userChange(n, true));
    const md = renderPlanMarkdown({ ...userPlan(), changes, summary: { create: 0, update: 400, delete: 0 } }, { limit: SUMMARY_LIMIT });
    expect(md).not.toContain('To keep this within');
    expect(md.match(/<details>/g)).toHaveLength(400);
  });
});

describe('mentions in names (issue 22 item 15)', () => {
  it('@user and @org/team from rule, owner and file names are never live mentions', () => {
    const plan = userPlan();
    const [state, rule, del, create] = plan.changes;
    const changes = [
      { ...state, target: { ...state.target, ownerName: '@kim' } },
      rule,
      { ...del, target: { ...del.target, name: 'Escalate to @acme/support' } },
      create,
    ];
    const warnings = [{ file: 'users/@alex.yaml', line: 1, column: 1, message: 'rule "@octocat" can never match' }];
    const md = renderPlanMarkdown({ ...plan, changes, warnings });
    const outsideCode = md.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toMatch(/(^|[^A-Za-z0-9`])@[A-Za-z0-9]/m);
    expect(md).toContain('@&#8203;acme/support');
    expect(md).toContain('@&#8203;kim');
    expect(md).toContain('@&#8203;octocat');
    // Inside code spans GitHub makes no mentions: names there stay exact.
    expect(md).toContain('`users/@alex.yaml:1:1`');
    // An e-mail address is no mention and stays as written.
    expect(renderPlanMarkdown({ ...plan, warnings: [{ ...warnings[0], message: 'kim@acme.com' }] })).toContain('kim@acme.com');
  });
});
