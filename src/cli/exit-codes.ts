/** Exit codes of cli.md: 0 success / no changes, 1 error, 2 changes (with --detailed-exitcode). */
export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_CHANGES = 2;
