import { Command } from 'commander';
import type { CliIO } from '../io.js';

/** Sets the process exit code from inside a command action. */
export type SetExit = (code: number) => void;

/** Each command lives in its own module exporting `register(program, io, setExit)`. */
export type Register = (program: Command, io: CliIO, setExit: SetExit) => void;

/**
 * A command as the top-level help lists it, and how to load it. Modules are imported only for
 * the command that runs, so `--version`, `--help` and each command load only what they use.
 * `summary` must equal the module's `.description()` (a test keeps them in step).
 */
export interface CommandEntry {
  name: string;
  summary: string;
  /** Arguments as the module declares them, for the help listing. */
  args?: string;
  load: () => Promise<{ register: Register }>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'validate',
    args: '[paths...]',
    summary: 'check manifests (syntax, schema, semantics) without contacting RingCentral',
    load: () => import('./validate.js'),
  },
  {
    name: 'plan',
    args: '[paths...]',
    summary: 'validate manifests, read live configuration (GET only) and print the ordered plan',
    load: () => import('./plan.js'),
  },
  {
    name: 'apply',
    args: '[paths...]',
    summary: 'plan and apply; with --plan, apply exactly a saved plan after checking live state has not changed',
    load: () => import('./apply.js'),
  },
  {
    name: 'emulator',
    summary: 'serve a local emulator of the RingCentral call-handling API (tests, demos, dry runs)',
    load: () => import('./emulator.js'),
  },
  {
    name: 'simulate',
    args: '[paths...]',
    summary: 'show how a call would be routed: who rings, in what order, and where the call ends',
    load: () => import('./simulate.js'),
  },
  {
    name: 'test',
    args: '[paths...]',
    summary: 'check kind: RoutingTest documents against the manifests (no network)',
    load: () => import('./test.js'),
  },
  {
    name: 'export',
    summary: 'write manifests that describe the live configuration (GET only); plan on them shows no changes',
    load: () => import('./export.js'),
  },
  {
    name: 'doctor',
    args: '[paths...]',
    summary:
      'check settings, login, account, user, app permissions (also those the manifests in PATHs need), new call handling and rate limits (GET only)',
    load: () => import('./doctor.js'),
  },
  {
    name: 'logout',
    summary: 'revoke the access token that commands share and remove it from the cache',
    load: () => import('./logout.js'),
  },
  {
    name: 'github-comment',
    args: '<file>',
    summary: "create or update ringform's comment on a GitHub pull request (for CI; needs GITHUB_TOKEN)",
    load: () => import('./github-comment.js'),
  },
  {
    name: 'github-check-plan',
    args: '<plan>',
    summary: 'check that a saved plan is the plan reviewed on the merged pull request, or an approved digest (for CI)',
    load: () => import('./github-check-plan.js'),
  },
  {
    name: 'github-issue',
    args: '<file>',
    summary: "open, update or close ringform's issue on GitHub, e.g. the drift report (for CI; needs GITHUB_TOKEN)",
    load: () => import('./github-issue.js'),
  },
  {
    name: 'completion',
    args: '<shell>',
    summary: 'print a shell completion script (bash, zsh or fish)',
    load: () => import('./completion.js'),
  },
];

/** The command the arguments name (`ringform help plan` names plan), if any. */
export function commandNamed(argv: string[]): CommandEntry | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.find((c) => c.name === name);
}

/**
 * Registers the named command in full (its module loaded) and every other one as a stub that
 * only lists it in the help; `all` loads every command (shell completion needs their options).
 */
export async function registerCommands(program: Command, io: CliIO, setExit: SetExit, argv: string[], all = false): Promise<void> {
  const wanted = commandNamed(argv);
  for (const entry of COMMANDS) {
    if (all || entry === wanted) (await entry.load()).register(program, io, setExit);
    else program.addCommand(stub(entry));
  }
}

function stub(entry: CommandEntry): Command {
  const cmd = new Command(entry.name).description(entry.summary);
  if (entry.args) cmd.argument(entry.args);
  return cmd;
}
