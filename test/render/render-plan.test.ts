import { describe, expect, it } from 'vitest';
import type { Change, Plan } from '../../src/core/plan.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../../src/render/index.js';
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
    plan.unmanaged[0].target = { ...plan.unmanaged[0].target, name: 'evil\x1b[2Jrule', ownerName: 'Bob\x1b]0;x\x07' };
    const text = renderPlanText(plan, { colour: false });
    expect(text).not.toContain('\x1b');
    expect(text).toContain('custom rule "evil\\u001b[2Jrule"');
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
    expect(Object.keys(parsed)).toEqual(['formatVersion', 'changes', 'unmanaged', 'summary', 'affected']);
    expect(Object.keys(parsed.changes[0])).toEqual([
      'id', 'action', 'kind', 'target', 'method', 'path', 'body', 'patch', 'dependsOn', 'diff', 'origin',
    ]);
    expect(parsed.changes[2].method).toBe('DELETE');
    expect(parsed.changes[2]).not.toHaveProperty('body');
    expect(parsed.changes[3].dependsOn).toEqual(['c1', 'c3']);
  });

  it('leaves out optional extras the plan does not have', () => {
    const parsed = JSON.parse(renderPlanJson(noChangesPlan()));
    expect(parsed).toEqual({ formatVersion: 1, changes: [], unmanaged: [], summary: { create: 0, update: 0, delete: 0 } });
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
    expect(out.startsWith('### ringform plan\n\n**Plan: 1 to create, 2 to update, 1 to delete.** Affects 1 user.\n')).toBe(true);
    expect(out.match(/<details>/g)).toHaveLength(plan.changes.length);
    expect(out.match(/<\/details>/g)).toHaveLength(plan.changes.length);
  });

  it('says so when there is nothing to change', () => {
    expect(renderPlanMarkdown(noChangesPlan())).toContain('No changes. Live configuration matches the manifests.');
  });
});

describe('renderPlanMarkdown on a very large plan', () => {
  it('stays under the GitHub comment limit and says how many changes it left out', () => {
    const base = userPlan();
    const changes = Array.from({ length: 400 }, (_, i) => ({ ...base.changes[1], id: `c${i + 1}` }));
    const md = renderPlanMarkdown({ ...base, changes, summary: { create: 0, update: 400, delete: 0 } });
    expect(md.length).toBeLessThan(65_536);
    expect(md).toMatch(/_\d+ more changes not shown: the comment would be too long\. Run `ringform plan` for all of them\._/);
    expect(md.match(/<details>/g)!.length).toBe(md.match(/<\/details>/g)!.length);
  });
});
