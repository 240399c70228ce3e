import { Argument } from 'commander';

/**
 * The `[paths...]` argument of the commands that read manifests. No paths means the current
 * directory; the value stays empty so options that also take values (`--only 101 examples`)
 * can tell paths the user wrote from the default. Help shows the default as `.`.
 */
export function pathsArgument(description = 'manifest files or directories'): Argument {
  return new Argument('[paths...]', description).default([], '.');
}
