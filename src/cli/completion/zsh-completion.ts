import type { CommandSpec, OptionSpec } from './completion-spec.js';

/** Text inside single quotes, with what _arguments and _describe read specially escaped. */
function quoted(text: string, extra = /[[\]:]/g): string {
  return `'${text.replace(/'/g, `'\\''`).replace(extra, (c) => `\\${c}`)}'`;
}

function argumentSpec(o: OptionSpec): string {
  const value = o.choices ? `:value:(${o.choices.join(' ')})` : o.file ? ':file:_files' : o.takesValue ? ':value: ' : '';
  return quoted(`${o.flag}[${o.description.replace(/[[\]:]/g, (c) => `\\${c}`)}]${value}`, /$^/g);
}

/** `ringform completion zsh`: commands with their descriptions, options with theirs, files for paths. */
export function zshCompletion(commands: CommandSpec[]): string {
  // _describe splits at the first colon; names have none, descriptions may.
  const described = commands.map((c) => `    ${quoted(`${c.name}:${c.description}`, /$^/g)}`);
  const cases = commands.map((c) => {
    const specs = [...c.options.map(argumentSpec), ...(c.paths ? [`'*:path:_files'`] : [])];
    return `    ${c.name}) _arguments \\\n      ${specs.join(' \\\n      ')} ;;`;
  });
  return `#compdef ringform
# ringform completion for zsh. Load it with:  source <(ringform completion zsh)
# or save it as _ringform in a directory of your $fpath.
_ringform() {
  local -a commands
  commands=(
${described.join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  shift words
  (( CURRENT-- ))
  case "$words[1]" in
${cases.join('\n')}
  esac
}
if [ "$funcstack[1]" = "_ringform" ]; then
  _ringform "$@"
else
  compdef _ringform ringform
fi
`;
}
