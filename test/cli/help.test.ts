import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

async function help(command: string): Promise<string> {
  let out = '';
  const io: CliIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    env: {},
    cwd: process.cwd(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
  };
  expect(await main([command, '--help'], io)).toBe(0);
  // Commander wraps long descriptions; join continuation lines so each item reads as one.
  return out.replace(/\n {10,}/g, ' ');
}

describe('help texts', () => {
  it.each(['validate', 'plan', 'apply', 'simulate', 'test'])('%s shows the path default as "." and each default once', async (command) => {
    const text = await help(command);
    expect(text).toMatch(/paths .*\(default: \.\)/);
    expect(text).not.toContain('[]');
    for (const line of text.split('\n')) expect(line.match(/default/gi)?.length ?? 0, line).toBeLessThanOrEqual(1);
  });

  it.each(['export', 'emulator'])('%s shows each default once', async (command) => {
    for (const line of (await help(command)).split('\n')) expect(line.match(/default/gi)?.length ?? 0, line).toBeLessThanOrEqual(1);
  });

  it('validate, plan, apply and test offer the validation formats', async () => {
    for (const command of ['validate', 'test']) expect(await help(command)).toMatch(/choices: "text", "json", "github"/);
    expect(await help('plan')).toMatch(/choices: "text", "json", "markdown", "github"/);
    expect(await help('apply')).toMatch(/choices: "text", "json", "github"/);
  });
});
