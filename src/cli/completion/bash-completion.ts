import type { CommandSpec } from './completion-spec.js';

const words = (list: string[]) => list.join(' ');

/**
 * `ringform completion bash`: commands after `ringform`, each command's options after `-`, the
 * choices of an option that has them, and file names everywhere else (`complete -o default`).
 */
export function bashCompletion(commands: CommandSpec[]): string {
  const optionCases = commands.map((c) => `    ${c.name}) opts="${words(c.options.map((o) => o.flag))}" ;;`);
  const choiceCases = commands.flatMap((c) =>
    c.options
      .filter((o) => o.choices)
      .map((o) => `    "${c.name} ${o.flag}") COMPREPLY=($(compgen -W "${words(o.choices!)}" -- "$cur")); return ;;`),
  );
  const valueCases = commands.flatMap((c) =>
    c.options.filter((o) => o.takesValue && !o.choices && !o.file).map((o) => `"${c.name} ${o.flag}"`),
  );
  return `# ringform completion for bash. Load it with:  source <(ringform completion bash)
# or save it as /etc/bash_completion.d/ringform (or ~/.local/share/bash-completion/completions/ringform).
_ringform() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}" opts=""
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${words(commands.map((c) => c.name))} help --help --version" -- "$cur"))
    return
  fi
  case "$cmd $prev" in
${choiceCases.join('\n')}${valueCases.length ? `\n    ${valueCases.join(' | ')}) return ;;` : ''}
  esac
  case "$cmd" in
${optionCases.join('\n')}
    help) COMPREPLY=($(compgen -W "${words(commands.map((c) => c.name))}" -- "$cur")); return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  fi
}
complete -o default -F _ringform ringform
`;
}
