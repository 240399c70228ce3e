import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, useEmulator } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** issue 18 finding 4: the plan shows what the requests do, and nothing they do not. */
const t = useEmulator({ windowMs: 1000 });
let files: Awaited<ReturnType<typeof tempManifests>>;
beforeEach(async () => {
  files = await tempManifests();
});
afterEach(() => files.cleanup());

const user = (ext: string, rule: string) => `version: 1\nkind: User\nextension: "${ext}"\nrules:\n  work-hours:\n${rule}`;

/** Applies `before`, then plans `after`: the plan's field lines of its one change. */
async function fieldsOf(before: string, after: string): Promise<string[]> {
  await files.write('u.yaml', before);
  const applied = await runCli(['apply', '--yes', files.dir], t.env);
  expect(applied.code, applied.stdout + applied.stderr).toBe(0);
  await files.write('u.yaml', after);
  const plan = await runCli(['plan', '--format', 'json', files.dir], t.env);
  expect(plan.code, plan.stderr).toBe(0);
  const changes = JSON.parse(plan.stdout).changes;
  expect(changes).toHaveLength(1);
  return changes[0].fields;
}

describe('plan fields', () => {
  it('a device named in the rule stays named when only another group changes', async () => {
    const ring = (seconds: number) =>
      `    ring:\n      order: in-order\n      groups:\n        - {targets: [{device: "Desk phone"}], seconds: 15}\n        - {targets: [mobile-apps], seconds: ${seconds}}\n`;
    const fields = await fieldsOf(user('103', ring(20)), user('103', ring(25)));
    expect(fields).toEqual([{ path: 'rules.work-hours.ring.groups[1].seconds', before: 20, after: 25 }]);
  });

  it('a group that is switched off is shown as disabled, not as removed', async () => {
    const ring = (off: string) =>
      `    ring:\n      order: at-once\n      groups:\n        - {targets: [mobile-apps], seconds: 20}\n        - {targets: [desktop-apps], seconds: 20${off}}\n`;
    const fields = await fieldsOf(user('101', ring('')), user('101', ring(', enabled: false')));
    expect(fields).toEqual([{ path: 'rules.work-hours.ring.groups[1].enabled', before: true, after: false }]);
    // And back on: listed again, enabled.
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write('u.yaml', user('101', ring('')));
    const plan = await runCli(['plan', files.dir], t.env);
    expect(plan.stdout).toContain('    ~ rules.work-hours.ring.groups[1].enabled: false → true\n');
  });

  it('a reordered group is shown moved', async () => {
    const ring = (a: string, b: string) => `    ring:\n      order: in-order\n      groups:\n        - ${a}\n        - ${b}\n`;
    const [m, k] = ['{targets: [mobile-apps], seconds: 20}', '{targets: [{coworker: "102"}], seconds: 30}'];
    const fields = await fieldsOf(user('101', ring(m, k)), user('101', ring(k, m)));
    const group = { targets: [{ coworker: '102 (Kim Lee)' }], seconds: 30 };
    expect(fields).toEqual([
      { path: 'rules.work-hours.ring.groups[0]', movedFrom: 'rules.work-hours.ring.groups[1]', before: group, after: group },
    ]);
    const text = await runCli(['plan', files.dir], t.env);
    expect(text.stdout).toContain(
      '    ~ rules.work-hours.ring.groups[0]: {targets: [{coworker: "102 (Kim Lee)"}], seconds: 30} (moved from groups[1])\n',
    );
    const markdown = await runCli(['plan', '--format', 'markdown', files.dir], t.env);
    expect(markdown.stdout).toContain('| `rules.work-hours.ring.groups[0]` | moved from groups\\[1\\] |');
  });
});
