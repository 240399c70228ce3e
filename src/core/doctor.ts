/**
 * One check of `ringform doctor` (cli.md): what was checked, whether it passed, what was found,
 * and, when it failed, what to do about it. Never holds a secret. A check that could not run
 * because an earlier one failed is `notChecked`: it is neither passed nor failed, so one bad
 * JWT reads "1 failed, 5 not checked", not "6 of 7 checks failed".
 */
export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
  notChecked?: boolean;
}

/** The app permissions ringform needs: reading accounts (plan, export) and editing extensions (apply). */
export const REQUIRED_APP_PERMISSIONS = ['ReadAccounts', 'EditExtensions'] as const;

/** A check skipped because `because` failed first. */
export function notChecked(name: string, because: string): DoctorCheck {
  return { name, ok: false, notChecked: true, detail: 'not checked', fix: `fix ${because} first` };
}
