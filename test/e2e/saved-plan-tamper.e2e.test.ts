import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * Issue 18 ("what merges is exactly what was reviewed"): a saved plan whose request body was
 * edited — an unknown field, a changed nested value, a key added to an IVR menu — is refused
 * before any write, naming the change and the field, even where the field difference a
 * reviewer reads would not show the edit (inside a ring group, a raw target, or a rule
 * RingCentral creates as a side effect of the business hours).
 */
const t = useEmulator({ windowMs: 1000 });

interface Op {
  op: string;
  path: string;
  value?: unknown;
}
interface Change {
  id: string;
  kind: string;
  action: string;
  path: string;
  body: Record<string, unknown>;
  patch: Op[];
  dependsOn: string[];
  fill?: { pointer: string; from: string }[];
}
interface Saved {
  changes: Change[];
}
type Obj = Record<string | number, unknown>;

/** The object at `segs` inside `value` (the test knows the plan's shape). */
const at = (value: unknown, ...segs: (string | number)[]): Obj => segs.reduce<Obj>((o, s) => o[s] as Obj, value as Obj);
const opAt = (c: Change, path: string) => c.patch.find((op) => op.path === path)!;

async function applyEdited(edit: (plan: Saved) => void) {
  const file = join(await mkdtemp(join(tmpdir(), 'ringform-tamper-')), 'plan.json');
  expect((await runCli(['plan', '--out', file, 'examples'], t.env)).code).toBe(0);
  const plan = JSON.parse(await readFile(file, 'utf8')) as Saved;
  edit(plan);
  await writeFile(file, JSON.stringify(plan));
  t.emu.clearLog();
  const run = await runCli(['apply', '--yes', '--plan', file], t.env);
  expect(run.code).toBe(1);
  expect(writes(t.emu)).toEqual([]);
  expect(run.stderr).toContain('nothing was applied');
  expect(run.stderr).not.toContain('bug in ringform');
  return run.stderr;
}

const find = (p: Saved, kind: string, path: string) => p.changes.find((c) => c.kind === kind && c.path.endsWith(path))!;
const siteAfterHours = (p: Saved) => find(p, 'site-rule', '/answering-rule/after-hours-rule');
const agentRule = (p: Saved) => find(p, 'user-state-rule', '/63707590004/comm-handling/voice/state-rules/agent');

describe('apply --plan refuses a body that is not what was reviewed (issue 18)', () => {
  it('an unknown field in the body of a rule RingCentral creates with the business hours', async () => {
    let id = '';
    const stderr = await applyEdited((p) => {
      const c = siteAfterHours(p);
      id = c.id;
      c.body.extra = 'x';
    });
    expect(stderr).toContain(`change ${id} (PUT `);
    expect(stderr).toContain('its body is not what its recorded patch describes');
  });

  it('an unknown field in that body and its patch, not in the field difference', async () => {
    let id = '';
    const stderr = await applyEdited((p) => {
      const c = siteAfterHours(p);
      id = c.id;
      at(c.body, 'transfer', 'extension').extra = 'x';
      at(opAt(c, '/transfer').value, 'extension').extra = 'x';
    });
    expect(stderr).toMatch(new RegExp(`change ${id} \\(PUT .*recorded field difference is not the difference`));
  });

  it('an unknown field inside a ring group, in body and patch (the review does not show it)', async () => {
    let id = '';
    const stderr = await applyEdited((p) => {
      const c = agentRule(p);
      id = c.id;
      at(c.body, 'dispatching', 'actions', 0).extra = 'x';
      c.patch.push({ op: 'add', path: '/dispatching/actions/0/extra', value: 'x' });
    });
    expect(stderr).toContain(`change ${id} (PATCH `);
    expect(stderr).toContain('its body sets /dispatching/actions/0/extra, a field its field difference does not show');
  });

  it('an unknown field inside a ring target of a rule to create', async () => {
    const stderr = await applyEdited((p) => {
      const c = p.changes.find((x) => x.kind === 'user-custom-rule' && x.body.displayName === 'Key accounts')!;
      at(c.body, 'dispatching', 'actions', 0, 'targets', 0).extra = 'x';
      at(opAt(c, '/dispatching').value, 'actions', 0, 'targets', 0).extra = 'x';
    });
    expect(stderr).toMatch(
      /change c\d+ \(POST .*its body sets \/dispatching\/actions\/0\/targets\/0\/extra, a field its field difference does not show/,
    );
  });

  it('a changed nested value of a raw ring target, in body and patch', async () => {
    const stderr = await applyEdited((p) => {
      const c = p.changes.find((x) => JSON.stringify(x.body ?? {}).includes('MsTeamsDirectRouting'))!;
      const body = JSON.stringify(c.body).replace('MsTeamsDirectRouting', 'FmcLite');
      c.body = JSON.parse(body);
      c.patch = JSON.parse(JSON.stringify(c.patch).replace('MsTeamsDirectRouting', 'FmcLite'));
    });
    expect(stderr).toMatch(/change c\d+ \(PATCH .*(recorded field difference is not the difference|its body is not what)/);
  });

  it('a key added to an IVR menu, in body and patch', async () => {
    const stderr = await applyEdited((p) => {
      const c = p.changes.find((x) => x.kind === 'ivr-menu' && x.action === 'update')!;
      const actions = c.body.actions as unknown[];
      const key = { input: '9', action: 'Connect', extension: { id: '63701631004' } };
      actions.push(key);
      c.patch.push({ op: 'add', path: `/actions/${actions.length - 1}`, value: key });
    });
    expect(stderr).toMatch(/change c\d+ \(PUT \/restapi\/v1.0\/account\/~\/ivr-menus\/\d+\): its recorded field difference/);
  });
});

describe('apply --plan fills in only the id of the menu the reviewed key names (issue 18)', () => {
  it('refuses a fill whose change creates another IVR menu', async () => {
    const files = await tempManifests();
    const menu = (ext: string, name: string) =>
      `version: 1\nkind: IvrMenu\nextension: "${ext}"\nname: ${name}\nprompt: {say: "${name}."}\nkeys:\n  "1": {voicemail: {email: "kim@acme.com"}}\n`;
    await files.write('billing.yaml', menu('2100', 'Billing menu'));
    await files.write('other.yaml', menu('2200', 'Other menu'));
    await files.write(
      'main.yaml',
      `version: 1\nkind: IvrMenu\nextension: "1500"\nprompt: {audio: "Main menu 2026"}\nkeys:\n  "2": {transferTo: {name: "Support Queue"}}\n  "3": {transferTo: "2100"}\n`,
    );
    const file = join(files.dir, 'plan.json');
    expect((await runCli(['plan', '--out', file, files.dir], t.env)).code).toBe(0);
    const plan = JSON.parse(await readFile(file, 'utf8')) as Saved & {
      changes: (Change & { fill?: { pointer: string; from: string }[]; dependsOn: string[] })[];
    };
    const key = plan.changes.find((c) => c.fill)!;
    const other = plan.changes.find((c) => c.action === 'create' && c.body.extensionNumber === '2200')!;
    key.fill = key.fill!.map((f) => ({ ...f, from: other.id }));
    key.dependsOn = [...key.dependsOn, other.id];
    // Listed first, so the key's change may wait for it.
    plan.changes = [other, ...plan.changes.filter((c) => c !== other)];
    await writeFile(file, JSON.stringify(plan));
    t.emu.clearLog();
    const run = await runCli(['apply', '--yes', '--plan', file], t.env);
    expect(run.code).toBe(1);
    expect(writes(t.emu)).toEqual([]);
    expect(run.stderr).toContain(`(${key.id}): fill ${key.fill![0].pointer} names ${other.id}, which does not create IVR menu 2100`);
  });
});
