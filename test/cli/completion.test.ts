import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/e2e.js';

/** `ringform completion bash|zsh|fish`; the bash script is run in bash as bash-completion runs it. */

const script = async (shell: string) => {
  const run = await runCli(['completion', shell], {});
  expect(run.code).toBe(0);
  return run.stdout;
};

/** COMPREPLY for the words typed so far (the last one is being completed). */
async function complete(words: string[]): Promise<string[]> {
  const bash = await script('bash');
  const typed = words.map((w) => `'${w}'`).join(' ');
  const probe = `${bash}\nCOMP_WORDS=(${typed}); COMP_CWORD=${words.length - 1}; _ringform; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const { stdout } = await promisify(execFile)('bash', ['--norc', '--noprofile', '-c', probe]);
  return stdout.split('\n').filter(Boolean);
}

describe('ringform completion', () => {
  it('bash: commands, options of the command, choices of an option, nothing for free values', async () => {
    expect(await complete(['ringform', ''])).toEqual(
      expect.arrayContaining(['validate', 'plan', 'apply', 'doctor', 'completion', '--help']),
    );
    expect(await complete(['ringform', 'pl'])).toEqual(['plan']);
    expect(await complete(['ringform', 'plan', '--f'])).toEqual(['--format']);
    expect(await complete(['ringform', 'plan', '--format', ''])).toEqual(['text', 'json', 'markdown', 'github']);
    expect(await complete(['ringform', 'apply', '--'])).toEqual(
      expect.arrayContaining(['--plan', '--yes', '--max-deletes', '--format', '--help']),
    );
    expect(await complete(['ringform', 'plan', '--changed-since', ''])).toEqual([]);
    expect(await complete(['ringform', 'completion', ''])).toEqual([]);
    expect(await complete(['ringform', 'help', 'ex'])).toEqual(['export']);
  });

  it('bash: the script registers itself for ringform with file names as the fallback', async () => {
    expect(await script('bash')).toContain('complete -o default -F _ringform ringform');
  });

  it('zsh: a #compdef script with each command described and each option with its values', async () => {
    const zsh = await script('zsh');
    expect(zsh.startsWith('#compdef ringform\n')).toBe(true);
    expect(zsh).toContain("'simulate:show how a call would be routed: who rings, in what order, and where the call ends'");
    expect(zsh).toContain("'--format[output format]:value:(text json markdown github)'");
    expect(zsh).toContain("'--from[the caller'\\''s number]:value: '");
    expect(zsh).toContain("'--seed[JSON seed describing the account (default\\: the built-in demo account)]:file:_files'");
    expect(zsh).toContain('compdef _ringform ringform');
  });

  it('fish: one complete line per command and option, quotes escaped', async () => {
    const fish = await script('fish');
    expect(fish).toContain('complete -c ringform -f\n');
    expect(fish).toMatch(/^complete -c ringform -n "not __fish_seen_subcommand_from [a-z -]+" -a doctor -d 'check settings/m);
    expect(fish).toContain(
      `complete -c ringform -n "__fish_seen_subcommand_from plan" -l format -x -a 'text json markdown github' -d 'output format'`,
    );
    expect(fish).toContain(`-l from -x -d 'the caller\\'s number'`);
    expect(fish).toContain(`complete -c ringform -n "__fish_seen_subcommand_from apply" -l plan -r -F`);
  });

  it('an unknown shell is a usage error', async () => {
    const run = await runCli(['completion', 'tcsh'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "error: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.",
    );
    expect(run.stderr).toContain('Usage: ringform completion [options] <shell>');
  });
});
