import type { CommandSpec } from './completion-spec.js';

const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** `ringform completion fish`: commands, each command's options and choices, files for paths. */
export function fishCompletion(commands: CommandSpec[]): string {
  const names = commands.map((c) => c.name).join(' ');
  const lines = [
    '# ringform completion for fish. Load it with:  ringform completion fish | source',
    '# or save it as ~/.config/fish/completions/ringform.fish',
    'complete -c ringform -f',
    ...commands.map((c) => `complete -c ringform -n "not __fish_seen_subcommand_from ${names}" -a ${c.name} -d ${quoted(c.description)}`),
  ];
  for (const c of commands) {
    const when = `-n "__fish_seen_subcommand_from ${c.name}"`;
    if (c.paths) lines.push(`complete -c ringform ${when} -F`);
    for (const o of c.options) {
      const short = o.short ? ` -s ${o.short.slice(1)}` : '';
      const value = o.choices ? ` -x -a ${quoted(o.choices.join(' '))}` : o.file ? ' -r -F' : o.takesValue ? ' -x' : '';
      lines.push(`complete -c ringform ${when} -l ${o.flag.slice(2)}${short}${value} -d ${quoted(o.description)}`);
    }
  }
  return lines.join('\n') + '\n';
}
