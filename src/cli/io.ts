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

/**
 * Colour (cli.md "Plan output"): never when NO_COLOR is set to a non-empty value (no-color.org:
 * an empty NO_COLOR is as good as unset); FORCE_COLOR forces it, except `0` or `false`, which
 * turn it off as in Node and chalk; otherwise only on a terminal that is not `dumb`.
 */
export function useColour(io: Pick<CliIO, 'env' | 'stdoutIsTTY'>): boolean {
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

/** Prompts are never shown when stdin is not a terminal or CI is set (cli.md). */
export function canPrompt(io: CliIO): boolean {
  return io.stdinIsTTY && !io.env.CI && Boolean(io.confirm);
}
