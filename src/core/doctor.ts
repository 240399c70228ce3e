/**
 * One check of `ringform doctor` (cli.md): what was checked, whether it passed, what was found,
 * and, when it failed, what to do about it. Never holds a secret.
 */
export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

/** The app permissions ringform needs: reading accounts (plan, export) and editing extensions (apply). */
export const REQUIRED_APP_PERMISSIONS = ['ReadAccounts', 'EditExtensions'] as const;
