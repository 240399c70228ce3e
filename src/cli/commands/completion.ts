import { Argument, Command } from 'commander';
import { bashCompletion } from '../completion/bash-completion.js';
import { completionSpec } from '../completion/completion-spec.js';
import { fishCompletion } from '../completion/fish-completion.js';
import { zshCompletion } from '../completion/zsh-completion.js';
import { EXIT_OK } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { registerCommands, type SetExit } from './index.js';

const SHELLS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion };

/**
 * `ringform completion bash|zsh|fish`: prints a completion script for the shell, generated from
 * the commands themselves (every command is loaded for it), so it never lags behind them.
 */
export function register(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(Object.keys(SHELLS)))
    .action(async (shell: keyof typeof SHELLS) => {
      const all = new Command('ringform');
      await registerCommands(all, io, () => {}, [], true);
      io.stdout(SHELLS[shell](completionSpec(all)));
      setExit(EXIT_OK);
    });
}
