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

async function golden(name: string, actual: string): Promise<void> {
  const file = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) await writeFile(file, actual);
  expect(actual).toBe(await readFile(file, 'utf8'));
}

const scenarios: [string, string[]][] = [
  ['examples', ['examples']],
  ['alex', ['examples/users/alex.yaml']],
  ['offices', ['examples/sites/offices.yaml']],
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

  it('the same inputs and live state give byte-identical JSON', async () => {
    emu.reset();
    const a = await runCli(['plan', '--format', 'json', 'examples'], env);
    emu.reset();
    const b = await runCli(['plan', '--format', 'json', 'examples'], env);
    expect(a.stdout).toBe(b.stdout);
  });
});
