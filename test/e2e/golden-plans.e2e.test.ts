import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import { runCli, withEmulator } from '../helpers/e2e.js';

/**
 * The plans of the examples against the emulator's demo account, byte for byte. They are what a
 * reviewer reads in a pull request; any change to them must be deliberate (UPDATE_GOLDEN=1).
 */
let emu: RunningEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  ({ emu, env } = await withEmulator({ windowMs: 1000 }));
  env = { ...env, RINGFORM_NOW: '2026-11-22T09:00:00Z' };
});
afterAll(async () => {
  await emu.stop();
});

/** The emulator listens on a free port; the goldens name it `emulator.test` so they stay byte-stable. */
function stablePort(text: string): string {
  return text.replaceAll(new URL(emu.url).host, 'emulator.test');
}

async function golden(name: string, output: string): Promise<void> {
  const actual = stablePort(output);
  const file = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) await writeFile(file, actual);
  expect(actual).toBe(await readFile(file, 'utf8'));
}

const scenarios: [string, string[]][] = [
  ['examples', ['examples']],
  ['alex', ['examples/users/alex.yaml']],
  ['offices', ['examples/sites/offices.yaml', 'examples/schedules']],
];

describe('golden plans of the examples on the demo account', () => {
  for (const [name, paths] of scenarios) {
    for (const format of ['text', 'json', 'markdown'] as const) {
      it(`${name} as ${format}`, async () => {
        emu.reset();
        const run = await runCli(['plan', '--format', format, ...paths], env);
        expect(run.code).toBe(0);
        await golden(`${name}.plan.${format === 'markdown' ? 'md' : format === 'json' ? 'json' : 'txt'}`, run.stdout);
      });
    }
  }

  it('markdown shows the routing impact with a schedule chart', async () => {
    const md = await readFile(new URL('./golden/alex.plan.md', import.meta.url), 'utf8');
    expect(md).toContain('### Routing impact');
    expect(md).toContain('```mermaid\ngantt');
    expect(md).toContain('custom rule "VIP Calls After-Hours"');
  });

  it("--show-requests adds each change's method, path and API-level difference", async () => {
    emu.reset();
    const run = await runCli(['plan', '--show-requests', 'examples/users/alex.yaml'], env);
    expect(run.code).toBe(0);
    await golden('alex.plan.requests.txt', run.stdout);
    const plain = await readFile(new URL('./golden/alex.plan.txt', import.meta.url), 'utf8');
    expect(plain).not.toContain('/dispatching/');
    expect(run.stdout).toContain('    PATCH /restapi/v2/accounts/~/extensions/63701631004/comm-handling/voice/state-rules/work-hours');
    expect(run.stdout).toContain('API-level difference:');
  });

  it('JSON names the account and carries manifest fields and warnings', async () => {
    const plan = JSON.parse(await readFile(new URL('./golden/examples.plan.json', import.meta.url), 'utf8'));
    expect(plan.account).toEqual({ id: '37439510', name: 'Acme Inc.', server: 'http://emulator.test' });
    expect(Array.isArray(plan.warnings)).toBe(true);
    const workHours = plan.changes.find(
      (c: any) => c.kind === 'user-state-rule' && c.target.extension === '101' && c.target.name === 'work-hours',
    );
    expect(workHours.fields).toContainEqual({
      path: 'rules.work-hours.ifNoAnswer',
      before: { voicemail: { greeting: { preset: '590080 (Default)' } } },
      after: { forwardTo: { phone: '+12132223456' } },
    });
    expect(workHours.body).toBeDefined();
    expect(workHours.patch.length).toBeGreaterThan(0);
  });

  it('text and Markdown start with the account, and speak the manifest with names, not API ids', async () => {
    for (const file of ['examples.plan.txt', 'examples.plan.md']) {
      const text = await readFile(new URL(`./golden/${file}`, import.meta.url), 'utf8');
      expect(text).toMatch(/^(### ringform plan\n\n)?Account: Acme Inc\. \(37439510\) at emulator\.test\n/);
      expect(text).toContain('"102 (Kim Lee)"');
      // The example's `raw` target has no named form: manifests and simulate name it by its API type.
      const manifestWords = text.replaceAll('IntegrationRingTarget', '');
      for (const apiWord of ['/dispatching/', 'TerminatingTarget', 'RingTarget', 'effectiveGreetingType', '63707590004']) {
        expect(manifestWords).not.toContain(apiWord);
      }
    }
  });

  it('the same inputs and live state give byte-identical JSON', async () => {
    emu.reset();
    const a = await runCli(['plan', '--format', 'json', 'examples'], env);
    emu.reset();
    const b = await runCli(['plan', '--format', 'json', 'examples'], env);
    expect(a.stdout).toBe(b.stdout);
  });
});
