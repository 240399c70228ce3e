/**
 * Everything a command touches outside itself: output streams, environment, working directory.
 * Tests pass their own to run commands in-process and read what they printed.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stdout/stderr are terminals (colour, progress lines, confirmation prompts). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Asks a yes/no question on the terminal; only called when stdin is a TTY and CI is unset. */
  confirm?: (question: string) => Promise<boolean>;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    confirm: async (question) => {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        const answer = await rl.question(`${question} [y/N] `);
        return /^y(es)?$/i.test(answer.trim());
      } finally {
        rl.close();
      }
    },
  };
}

/** Colour only on a terminal and never with NO_COLOR set (cli.md). */
export function useColour(io: CliIO): boolean {
  return io.stdoutIsTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== undefined) && io.env.TERM !== 'dumb';
}

/** Prompts are never shown when stdin is not a terminal or CI is set (cli.md). */
export function canPrompt(io: CliIO): boolean {
  return io.stdinIsTTY && !io.env.CI && Boolean(io.confirm);
}
