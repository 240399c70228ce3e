import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { connect } from '../../src/live/connect.js';
import { getAllPages } from '../../src/live/paged.js';
import { runCli, withEmulator, writes } from '../helpers/e2e.js';

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

const USERS = ['63701631004', '63707590004', '63701632004', '63701633004', '63701634004'];
const SITES = ['84854000016', '84854001016'];
/** The call queues examples/queues manages (their custom rules are v1 answering rules, as sites'). */
const QUEUES = ['62952430016'];

async function customRuleNames(e: RunningEmulator): Promise<string[][]> {
  const client = await connect({ serverUrl: e.url, ...e.credentials });
  try {
    const users = await Promise.all(
      USERS.map((id) => getAllPages(client, `/restapi/v2/accounts/~/extensions/${id}/comm-handling/voice/interaction-rules`)),
    );
    const sites = await Promise.all(
      [...SITES, ...QUEUES].map((id) =>
        getAllPages(client, `/restapi/v1.0/account/~/extension/${id}/answering-rule`, { view: 'Detailed' }),
      ),
    );
    const company = await getAllPages(client, '/restapi/v1.0/account/~/answering-rule');
    const customNames = (rs: any[]) => rs.filter((r: any) => r.type === 'Custom').map((r: any) => r.name);
    return [...users.map((rs) => rs.map((r: any) => r.displayName)), ...sites.map(customNames), customNames(company)];
  } finally {
    await client.close();
  }
}

/** Names of the custom rules the examples declare (`- name:` entries under customRules). */
async function exampleRuleNames(): Promise<string[]> {
  const { loadManifests } = await import('../../src/load/load-manifests.js');
  const { documents } = await loadManifests(['examples'], process.cwd());
  const perOwner = documents.flatMap((d: any) => {
    const owners = d.data.extensions?.length ?? 1;
    return Array.from({ length: owners }, () => (d.data.customRules ?? []).map((r: any) => r.name));
  });
  return perOwner.flat();
}

describe('reliability', () => {
  it('a plan and apply under a short rate-limit window make zero 429s', async () => {
    const started = await withEmulator({ windowMs: 300 });
    emu = started.emu;
    const applied = await runCli(['apply', '--yes', 'examples'], started.env);
    expect(applied.code).toBe(0);
    expect(emu.log.filter((e) => e.status === 429)).toEqual([]);
    expect(emu.log.length).toBeGreaterThan(40); // more than one window's worth of Medium requests
  });

  it('converges under 5xx, resets, 429 bursts and lost responses, with no duplicate rule', async () => {
    const started = await withEmulator({ windowMs: 500 });
    emu = started.emu;
    emu.addFault({ type: 'status', status: 503, path: 'state-rules', count: 3 });
    emu.addFault({ type: 'status', status: 500, method: 'PATCH', count: 2 });
    emu.addFault({ type: 'reset', method: 'GET', count: 2 });
    emu.addFault({ type: 'reset', method: 'PUT', count: 1 });
    emu.addFault({ type: 'rate-limit', count: 2 });
    emu.addFault({ type: 'lost-response', method: 'POST', path: 'interaction-rules', count: 2 });
    emu.addFault({ type: 'lost-response', method: 'POST', path: 'answering-rule', count: 1 });
    emu.addFault({ type: 'lost-response', method: 'PATCH', count: 1 });
    const first = await runCli(['apply', '--yes', 'examples'], started.env);
    // Whatever the first run could not finish, a second run finishes, and a third plan is empty.
    if (first.code !== 0) expect((await runCli(['apply', '--yes', 'examples'], started.env)).code).toBe(0);
    emu.clearFaults();
    emu.clearLog();
    const plan = await runCli(['plan', '--detailed-exitcode', 'examples'], started.env);
    expect(plan.stdout).toContain('No changes');
    expect(plan.code).toBe(0);
    for (const names of await customRuleNames(emu)) expect(new Set(names).size).toBe(names.length);
    // every rule of the examples exists exactly once
    const listed = (await readFile('examples/users/alex.yaml', 'utf8')).length > 0 ? await exampleRuleNames() : [];
    expect((await customRuleNames(emu)).flat().sort()).toEqual(listed.sort());
  });

  it('refuses a saved plan when live state changed since, and changes nothing', async () => {
    const started = await withEmulator({ windowMs: 1000 });
    emu = started.emu;
    const dir = await mkdtemp(join(tmpdir(), 'ringform-plan-'));
    const planFile = join(dir, 'plan.json');
    const planned = await runCli(['plan', '--out', planFile, 'examples'], started.env);
    expect(planned.code).toBe(0);
    const saved = JSON.parse(await readFile(planFile, 'utf8'));
    expect(saved.fingerprints.length).toBeGreaterThan(0);
    // Someone changes Alex's work-hours in the admin portal meanwhile.
    const client = await connect({ serverUrl: emu.url, ...emu.credentials });
    await client.send('PATCH', '/restapi/v2/accounts/~/extensions/63701631004/comm-handling/states/work-hours', {
      conditions: [{ type: 'Schedule', schedule: { triggers: [{ triggerType: 'Daily', startTime: '07:00:00', endTime: '15:00:00' }] } }],
    });
    await client.close();
    emu.clearLog();
    const applied = await runCli(['apply', '--yes', '--plan', planFile], started.env);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain('changed since the plan was made');
    expect(applied.stderr).toContain('state work-hours');
    expect(writes(emu)).toEqual([]);
  });

  it('applies an unchanged saved plan exactly', async () => {
    const started = await withEmulator({ windowMs: 1000 });
    emu = started.emu;
    const planFile = join(await mkdtemp(join(tmpdir(), 'ringform-plan-')), 'plan.json');
    await runCli(['plan', '--out', planFile, 'examples'], started.env);
    const saved = JSON.parse(await readFile(planFile, 'utf8'));
    emu.clearLog();
    const applied = await runCli(['apply', '--yes', '--plan', planFile], started.env);
    expect(applied.code).toBe(0);
    // Exactly the saved changes, in the order the plan lists them (cli.md).
    expect(writes(emu)).toEqual(saved.changes.map((c: any) => `${c.method} ${c.path}`));
  });

  it('never prints secrets or tokens, also in debug mode and in saved plans', async () => {
    const started = await withEmulator({ windowMs: 1000 });
    emu = started.emu;
    const planFile = join(await mkdtemp(join(tmpdir(), 'ringform-plan-')), 'plan.json');
    const env = { ...started.env, RINGFORM_DEBUG: '1' };
    const outputs = [
      await runCli(['plan', '--out', planFile, 'examples'], env),
      await runCli(['apply', '--yes', 'examples'], env),
      await runCli(['plan', '--format', 'json', 'examples'], env),
      await runCli(['plan', 'examples'], { ...env, RINGCENTRAL_JWT: 'wrong-jwt-value' }),
    ];
    const text = outputs.map((o) => o.stdout + o.stderr).join('\n') + (await readFile(planFile, 'utf8'));
    expect(text).toContain('debug:'); // debug lines were produced and scanned
    const basic = Buffer.from(`${emu.credentials.clientId}:${emu.credentials.clientSecret}`).toString('base64');
    for (const secret of [emu.credentials.clientSecret, emu.credentials.jwt, 'wrong-jwt-value', basic, 'EMU-AT-', 'EMU-RT-']) {
      expect(text).not.toContain(secret);
    }
  });

  it('says clearly when an extension is not on new call handling', async () => {
    const started = await withEmulator({ windowMs: 1000, seed: { extensions: [{ extensionNumber: '105', newCallHandling: false }] } });
    emu = started.emu;
    const run = await runCli(['plan', 'examples/users/sales-team.yaml'], started.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("extension 105 is not on RingCentral's new call handling (v2 comm-handling API)");
    expect(run.stderr).not.toContain('bug in ringform');
    expect(writes(emu)).toEqual([]);
  });

  it('an API failure that outlasts the retries is reported as such, not as a bug', async () => {
    const started = await withEmulator({ windowMs: 1000 });
    emu = started.emu;
    emu.addFault({ type: 'status', status: 503, path: 'state-rules', count: -1 });
    const run = await runCli(['plan', 'examples/users/jordan.yaml'], started.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('failed: 503');
    expect(run.stderr).toContain('nothing was changed by this command');
    expect(run.stderr).not.toContain('bug in ringform');
    expect(emu.log.filter((e) => e.path.includes('state-rules')).length).toBeGreaterThan(1); // retried
  });
});
