import { ApiError } from './api-error.js';
import type { Route } from './api-request.js';

/** What the emulated app may do unless a seed says otherwise: read accounts and edit extensions. */
export const DEFAULT_APP_SCOPE = 'EditExtensions ReadAccounts';

/**
 * App permissions that include others (RingCentral's permissions guide: EditAccounts includes
 * ReadAccounts and EditExtensions).
 */
const INCLUDED: Record<string, string[]> = { EditAccounts: ['ReadAccounts', 'EditExtensions'] };

const A = '/restapi/v1.0/account/{accountId}';

/**
 * The app permission an operation needs (operations.json `appPermission`; a test keeps them in
 * step): reads need ReadAccounts, writes EditExtensions, company-level writes and IVR menu creation
 * EditAccounts (an IVR menu's update only ReadAccounts, as the spec declares it), and
 * the greeting dictionary none.
 */
export function appPermissionOf(route: Pick<Route, 'method' | 'path'>): string | undefined {
  if (route.path.startsWith('/restapi/v1.0/dictionary/')) return undefined;
  if (route.method === 'GET') return 'ReadAccounts';
  // As operations.json has it: creating a menu needs EditAccounts, updating one only ReadAccounts.
  if (route.path === `${A}/ivr-menus`) return 'EditAccounts';
  if (route.path.startsWith(`${A}/ivr-menus/`)) return 'ReadAccounts';
  if (route.path.startsWith(`${A}/answering-rule`) || route.path === `${A}/greeting`) return 'EditAccounts';
  return 'EditExtensions';
}

/** RingCentral's answer when the app lacks the permission: 403 CMN-401 naming it. */
export function checkAppPermission(route: Pick<Route, 'method' | 'path'>, scope: string): void {
  const needed = appPermissionOf(route);
  if (!needed) return;
  const granted = scope.split(/\s+/).filter(Boolean);
  if (granted.some((p) => p === needed || INCLUDED[p]?.includes(needed))) return;
  const message = `In order to call this API endpoint, application needs to have [${needed}] permission.`;
  throw new ApiError(403, [{ errorCode: 'CMN-401', message, permissionName: needed }], {
    errorCode: 'CMN-401',
    message,
    permissionName: needed,
  });
}
