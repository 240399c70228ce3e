import type { Command } from 'commander';

/** What shell completion needs to know about one option. */
export interface OptionSpec {
  /** `--format` */
  flag: string;
  short?: string;
  description: string;
  /** Takes a value; `choices` when commander knows them, `file` when the value is a path. */
  takesValue: boolean;
  choices?: string[];
  file: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Positional arguments are files or directories (manifest paths). */
  paths: boolean;
}

/** Option values that name files or directories (everything else is free text or a choice). */
const FILE_VALUES = /<(file|dir|path)s?>|FILE|DIR/;

/** The commands and options of the loaded program, as completion scripts list them. */
export function completionSpec(program: Command): CommandSpec[] {
  return program.commands
    .filter((cmd) => cmd.name() !== 'help')
    .map((cmd) => ({
      name: cmd.name(),
      description: cmd.description(),
      paths: cmd.registeredArguments.length > 0,
      options: [
        ...cmd.options
          .filter((o) => o.long && !o.hidden)
          .map((o) => ({
            flag: o.long!,
            ...(o.short ? { short: o.short } : {}),
            description: o.description,
            takesValue: o.required || o.optional,
            ...(o.argChoices ? { choices: o.argChoices } : {}),
            file: FILE_VALUES.test(o.flags),
          })),
        { flag: '--help', short: '-h', description: 'display help for command', takesValue: false, file: false },
      ],
    }));
}
