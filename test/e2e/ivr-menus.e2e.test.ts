import { describe, expect, it } from 'vitest';
import { calls, runCli, useEmulator, withEmulator, writes } from '../helpers/e2e.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/** kind: IvrMenu end to end over the SDK against the emulator (manifest-v1.md "kind: IvrMenu"). */

const t = useEmulator({ windowMs: 1000 });
const A = '/restapi/v1.0/account/~';

const menu = (prompt: string, key2: string) => `version: 1
kind: IvrMenu
extension: "2100"
name: Sales IVR
prompt:
${prompt}
repeat: 2
keys:
  "1": {transferTo: {name: "Support Queue"}}
  "2": ${key2}
  "0": operator
  noInput: disconnect
`;

const menuTo = (ext: string, to: string) =>
  `version: 1\nkind: IvrMenu\nextension: "${ext}"\nkeys:\n  "1": operator\n  noInput: {transferTo: "${to}"}\n`;

interface PlanJson {
  changes: {
    id: string;
    action: string;
    kind: string;
    method: string;
    path: string;
    body: Record<string, unknown> & { actions?: unknown[] };
    fields: { path: string }[];
    dependsOn: string[];
    fill?: { pointer: string; from: string }[];
  }[];
  unmanaged: { kind: string; target: { extension: string } }[];
  warnings: { message: string; line: number }[];
}

describe('kind: IvrMenu against the emulator', () => {
  it('creates a menu with a spoken prompt and four keys; a changed key and an audio prompt by name update it; the next plan is empty', async () => {
    const files = await tempManifests();
    await files.write('ivr.yaml', menu('  say: "Sales. For support press 1."\n  language: en-GB', '{voicemail: "102"}'));
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout) as PlanJson;
    expect(plan.changes.map((c) => `${c.action} ${c.kind} ${c.method} ${c.path}`)).toEqual([`create ivr-menu POST ${A}/ivr-menus`]);
    expect(plan.changes[0].body).toEqual({
      extensionNumber: '2100',
      name: 'Sales IVR',
      promptRepeatCount: 2,
      prompt: { mode: 'TextToSpeech', text: 'Sales. For support press 1.', language: { id: '2057' } },
      actions: [
        { input: '1', action: 'Connect', extension: { id: '62952430016' } },
        { input: '2', action: 'Voicemail', extension: { id: '63707590004' } },
        { input: '0', action: 'ConnectToOperator' },
        { input: 'NoInput', action: 'Disconnect' },
      ],
    });
    // The demo's Main IVR is live but named by no document: reported, never deleted.
    expect(plan.unmanaged.map((u) => `${u.kind} ${u.target.extension}`)).toEqual(['ivr-menu 1500']);
    expect(plan.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('IVR menu 1500 (Main IVR) is unmanaged'));

    const applied = await runCli(['apply', '--yes', files.dir], t.env);
    expect(applied.code, applied.stderr).toBe(0);
    expect(writes(t.emu)).toEqual([`POST ${A}/ivr-menus`]);
    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);

    await files.write('ivr.yaml', menu('  audio: "Holiday menu"', '{transferTo: "1200"}'));
    const second = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout) as PlanJson;
    expect(second.changes.map((c) => `${c.action} ${c.method}`)).toEqual([expect.stringMatching(/^update PUT/)]);
    expect(second.changes[0].path).toMatch(new RegExp(`^${A}/ivr-menus/\\d+$`));
    expect(second.changes[0].fields.map((f) => f.path).sort()).toEqual(['keys.2', 'prompt']);
    const text = (await runCli(['plan', files.dir], t.env)).stdout;
    expect(text).toContain('~ update  ivr-menu  IVR menu 2100 (Sales IVR) · menu');
    // The routing impact says where the changed key leads, before and after.
    expect(text).toContain(
      '  press 2\n    before: key 2: goes to the voicemail of 102 (Kim Lee)\n    after:  key 2: transfers to 1200 (Support Queue)\n',
    );
    expect(text).toContain('~ prompt: {say: "Sales. For support press 1.", language: "en-GB"} → {audio: "Holiday menu"}');
    expect(text).toContain('~ keys.2: {voicemail: "102 (Kim Lee)"} → {transferTo: "1200 (Support Queue)"}');
    t.emu.clearLog();
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([second.changes[0].path].map((p) => `PUT ${p}`));
    t.emu.clearLog();
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
    expect(writes(t.emu)).toEqual([]);
    await files.cleanup();
  });

  it('reports a key to an extension that does not exist and an unknown audio prompt at their lines, before any write', async () => {
    const files = await tempManifests();
    await files.write('ivr.yaml', menu('  audio: "No such prompt"', '{transferTo: "4444"}'));
    const run = await runCli(['apply', '--yes', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ivr\.yaml:6:\d+\s+prompt\.audio\s+the account has no IVR prompt named "No such prompt"/);
    expect(run.stderr).toMatch(/ivr\.yaml:10:\d+\s+keys\.2\.transferTo\s+.*4444/);
    expect(writes(t.emu)).toEqual([]);
    await files.cleanup();
  });

  it('warns of a menu that loops back to itself in every plan format, and the plan ends', async () => {
    const files = await tempManifests();
    // The demo's Main IVR: key 2 now leads back to the menu itself, and so does no input.
    await files.write(
      'ivr.yaml',
      'version: 1\nkind: IvrMenu\nextension: "1500"\nkeys:\n  "2": {transferTo: {name: "Main IVR"}}\n  noInput: {transferTo: "1500"}\n',
    );
    const text = await runCli(['plan', files.dir], t.env);
    expect(text.code, text.stderr).toBe(0);
    // The prompt the document leaves out keeps its language: nothing to show.
    expect(text.stdout).not.toContain('prompt');
    expect(text.stdout).toMatch(
      /warning: .*ivr\.yaml:6:\d+ {2}keys\.noInput: no key pressed: the call loops: 1500 is reached again with no key left/,
    );
    const json = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout) as PlanJson;
    expect(json.warnings).toContainEqual(
      expect.objectContaining({ line: 6, message: 'keys.noInput: no key pressed: the call loops: 1500 is reached again with no key left' }),
    );
    const markdown = (await runCli(['plan', '--format', 'markdown', files.dir], t.env)).stdout;
    expect(markdown).toContain('no key pressed: the call loops: 1500 is reached again with no key left');
    // Key 2 leads to the menu itself, where no key is left and no input loops too: not a warning of key 2's own.
    expect(json.warnings.filter((w) => w.message.includes('loops'))).toHaveLength(1);
    await files.cleanup();
  });

  it('refuses keys between menus that are both still to be created and lead to each other, at their lines, before any write', async () => {
    const files = await tempManifests();
    await files.write('pair.yaml', `${menuTo('2400', '2500')}---\n${menuTo('2500', '2400')}`);
    const run = await runCli(['apply', '--yes', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /pair\.yaml:6:\d+\s+keys\.noInput\.transferTo\s+IVR menu 2400 does not exist yet and this key leads to IVR menu 2500, which leads back to it/,
    );
    expect(run.stderr).toMatch(/pair\.yaml:13:\d+\s+keys\.noInput\.transferTo\s+IVR menu 2500 does not exist yet/);
    expect(writes(t.emu)).toEqual([]);
    await files.cleanup();
  });

  it('creates a new menu whose no input leads to itself: the plan warns of the loop, apply sets the key once the menu has an id, the next plan is empty', async () => {
    const files = await tempManifests();
    await files.write('self.yaml', menuTo('2300', '2300'));
    const plan = await runCli(['plan', '--format', 'json', files.dir], t.env);
    expect(plan.code, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as PlanJson;
    expect(json.changes.map((c) => `${c.id} ${c.action} ${JSON.stringify(c.fill)}`)).toEqual([
      'c1 create [{"pointer":"/actions/1/extension/id","from":"c1"}]',
    ]);
    expect(json.warnings.map((w) => w.message)).toContain(
      'keys.noInput: no key pressed: the call loops: 2300 is reached again with no key left',
    );
    // From a saved plan: its fill may name the create itself.
    const saved = `${files.dir}/plan.json`;
    expect((await runCli(['plan', '--out', saved, files.dir], t.env)).code).toBe(0);
    t.emu.clearLog();
    const applied = await runCli(['apply', '--yes', '--plan', saved], t.env);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const [post, put] = writes(t.emu);
    expect(post).toBe(`POST ${A}/ivr-menus`);
    expect(put).toMatch(new RegExp(`^PUT ${A}/ivr-menus/\\d+$`));
    const id = put.split('/').pop();
    const sent = t.emu.log
      .filter((e) => e.method !== 'GET' && e.path.startsWith(A))
      .map((e) => e.body as { actions: { input: string; extension?: { id: string } }[] });
    expect(sent[0].actions).toEqual([{ input: '1', action: 'ConnectToOperator' }]);
    expect(sent[1].actions).toContainEqual({ input: 'NoInput', action: 'Connect', extension: { id } });
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);
    await files.cleanup();
  });

  it('shows each menu to create with its own fields', async () => {
    const files = await tempManifests();
    const menu = (ext: string, name: string) => `version: 1\nkind: IvrMenu\nextension: "${ext}"\nname: ${name}\n`;
    await files.write('new.yaml', `${menu('2600', 'Press one')}---\n${menu('2700', 'Press two')}`);
    const text = (await runCli(['plan', files.dir], t.env)).stdout;
    expect(text).toMatch(
      /IVR menu 2600 \(Press one\) · menu {2}\[c1\]\n.*\n {4}\+ extension: "2600 \(Press one\)"\n {4}\+ name: "Press one"\n/,
    );
    expect(text).toMatch(
      /IVR menu 2700 \(Press two\) · menu {2}\[c2\]\n.*\n {4}\+ extension: "2700 \(Press two\)"\n {4}\+ name: "Press two"\n/,
    );
    await files.cleanup();
  });

  it('refuses a menu number held by another extension', async () => {
    const files = await tempManifests();
    await files.write('ivr.yaml', 'version: 1\nkind: IvrMenu\nextension: "101"\n');
    const run = await runCli(['plan', files.dir], t.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('extension 101 (Alex Smith) is a User extension, not an IVR menu');
    await files.cleanup();
    expect(calls(t.emu, (m) => m !== 'GET')).toEqual([]);
  });

  it('creates a submenu and the key to it in one apply (saved plan), exports every IVR menu, nested ones included, and plan on the export is empty', async () => {
    const files = await tempManifests();
    const billing = `version: 1
kind: IvrMenu
extension: "2100"
name: Billing menu
prompt: {say: "Billing. Press star to go back.", language: fr-FR}
keys:
  "1": {voicemail: {email: "kim@acme.com"}}
  "4": {forwardTo: {phone: "(415) 555-0100"}}
  "5": {raw: {action: DoNothing}}
  "*": previous-menu
  "#": top-menu
`;
    // The Main IVR's key 3 leads to the billing menu, whose * returns; its prompt is audio by name.
    const main = `version: 1
kind: IvrMenu
extension: "1500"
prompt: {audio: "Main menu 2026"}
keys:
  "2": {transferTo: {name: "Support Queue"}}
  "3": {transferTo: "2100"}
  "9": repeat
  noInput: disconnect
`;
    await files.write('billing.yaml', billing);
    await files.write('main.yaml', main);
    // The submenu is created first; the key to it carries its planned id, which apply fills in.
    const plan = JSON.parse((await runCli(['plan', '--format', 'json', files.dir], t.env)).stdout) as PlanJson;
    expect(plan.changes.map((c) => `${c.id} ${c.action} ${c.method} ${c.dependsOn.join(',')}`)).toEqual([
      'c1 create POST ',
      'c2 update PUT c1',
    ]);
    expect(plan.changes[1].fill).toEqual([{ pointer: '/actions/1/extension/id', from: 'c1' }]);
    expect(plan.changes[1].body.actions).toContainEqual({ input: '3', action: 'Connect', extension: { id: '(id of new IVR menu 2100)' } });
    const text = (await runCli(['plan', files.dir], t.env)).stdout;
    expect(text).toContain('+ keys.3: {transferTo: "2100 (Billing menu)"}');
    expect(text).toContain('    after:  key 3: transfers to 2100 (Billing menu)');
    // Saved and applied as reviewed: the PUT names the id the POST returned.
    const saved = `${files.dir}/plan.json`;
    expect((await runCli(['plan', '--out', saved, files.dir], t.env)).code).toBe(0);
    t.emu.clearLog();
    const applied = await runCli(['apply', '--yes', '--plan', saved], t.env);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(writes(t.emu)).toEqual([`POST ${A}/ivr-menus`, `PUT ${A}/ivr-menus/62952431016`]);
    const put = t.emu.log.find((e) => e.method === 'PUT')!.body as { actions: { input: string; extension?: { id: string } }[] };
    expect(put.actions.find((a) => a.input === '3')!.extension!.id).toMatch(/^\d+$/);
    expect((await runCli(['plan', '--detailed-exitcode', files.dir], t.env)).code).toBe(0);

    const out = await tempManifests();
    const exported = await runCli(['export', '--all-ivrs', '--out', out.dir], t.env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.trim().split('\n')).toEqual(['ivr-menus/1500-main-ivr.yaml', 'ivr-menus/2100-billing-menu.yaml']);
    expect(exported.stderr).toContain('Exported 0 users, 0 sites and 2 IVR menus');
    t.emu.clearLog();
    const replan = await runCli(['plan', '--detailed-exitcode', out.dir], t.env);
    expect(replan.code, replan.stdout + replan.stderr).toBe(0);
    // Another account where the billing menu does not exist: the export applies in one go (the
    // submenu is created before the key to it), and plans back to nothing.
    const other = await withEmulator({ windowMs: 1000 });
    try {
      const applied = await runCli(['apply', '--yes', out.dir], other.env);
      expect(applied.code, applied.stdout + applied.stderr).toBe(0);
      expect(writes(other.emu)).toEqual([`POST ${A}/ivr-menus`, `PUT ${A}/ivr-menus/62952431016`]);
      expect((await runCli(['plan', '--detailed-exitcode', out.dir], other.env)).code).toBe(0);
    } finally {
      await other.emu.stop();
    }
    // --all writes the IVR menus beside everything else, and the whole account plans back to nothing.
    const whole = await tempManifests();
    const all = await runCli(['export', '--all', '--out', whole.dir], t.env);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain('ivr-menus/1500-main-ivr.yaml\nivr-menus/2100-billing-menu.yaml');
    const replanAll = await runCli(['plan', '--detailed-exitcode', whole.dir], t.env);
    expect(replanAll.code, replanAll.stdout + replanAll.stderr).toBe(0);
    await whole.cleanup();
    const one = await runCli(['export', '--ivr', '2100'], t.env);
    expect(one.stdout).toContain(`extension: "2100"
name: Billing menu
prompt: {say: Billing. Press star to go back., language: fr-FR}
repeat: 3
keys:
  "1": {voicemail: "102"}
  "4": {forwardTo: {phone: "+14155550100"}}
  "5": {raw: {action: DoNothing}}
  "*": previous-menu
  "#": top-menu
`);
    await out.cleanup();
    await files.cleanup();
  });
});
