import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandNamed } from '../../src/cli/commands/index.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../helpers/e2e.js';

const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: '.', stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false } as CliIO;

describe('the command table', () => {
  it('lists each command as its module registers it (name, summary, arguments)', async () => {
    for (const entry of COMMANDS) {
      const program = new Command('ringform');
      (await entry.load()).register(program, io, () => {});
      const cmd = program.commands.find((c) => c.name() === entry.name);
      expect(cmd, entry.name).toBeDefined();
      expect(cmd!.description(), entry.name).toBe(entry.summary);
      const args = cmd!.registeredArguments.map((a) =>
        a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`,
      );
      expect(args.join(' '), entry.name).toBe(entry.args ?? '');
    }
  });

  it('finds the command the arguments name, also after `help`', () => {
    expect(commandNamed(['plan', '--format', 'json', 'examples'])?.name).toBe('plan');
    expect(commandNamed(['help', 'apply'])?.name).toBe('apply');
    expect(commandNamed(['--version'])).toBeUndefined();
    expect(commandNamed(['nope'])).toBeUndefined();
  });
});

describe('usage errors', () => {
  it('print the message, the usage line and a hint to --help, not the whole help', async () => {
    const run = await runCli(['plan', '--bogus'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'error: unknown option \'--bogus\'\nUsage: ringform plan [options] [paths...]\nRun "ringform plan --help" for details.\n',
    );
  });

  it('an unknown command suggests the nearest one and points to the top-level help', async () => {
    const run = await runCli(['plna'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("error: unknown command 'plna'");
    expect(run.stderr).toContain('(Did you mean plan?)');
    expect(run.stderr).toContain('Usage: ringform [options] [command]\nRun "ringform --help" for details.');
    expect(run.stderr).not.toContain('Commands:');
  });

  it("--help still prints the whole help and exits 0; `help <command>` the command's", async () => {
    const top = await runCli(['--help'], {});
    expect(top.code).toBe(0);
    for (const entry of COMMANDS) expect(top.stdout).toContain(entry.name);
    const plan = await runCli(['help', 'plan'], {});
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('--changed-since <ref>');
  });
});
