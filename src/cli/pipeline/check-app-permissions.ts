import { missingPermissions, permissionsOfChanges, type PermissionNeed } from '../../core/app-permission.js';
import type { Plan } from '../../core/plan.js';
import { UserError } from '../../core/problem.js';
import type { ApiClient } from '../../live/api-client.js';
import { describeNeed } from '../../render/permissions-line.js';

/** What a plan's changes need and the token's `scope` does not grant; none when the token did not state its scope. */
async function lacking(client: ApiClient, plan: Plan): Promise<{ missing: PermissionNeed[]; scope: string[] }> {
  const scope = (await client.session?.())?.scope;
  if (!scope) return { missing: [], scope: [] };
  return { missing: missingPermissions(permissionsOfChanges(plan.changes), scope), scope };
}

function lacksText(missing: PermissionNeed[], scope: string[]): string {
  return `the app lacks the permission${missing.length === 1 ? '' : 's'} ${missing.map(describeNeed).join(', ')} that these documents' changes need (token scope: ${scope.join(' ') || 'empty'})`;
}

function fixText(missing: PermissionNeed[]): string {
  const names = missing.map((n) => n.permission).join(' and ');
  return `Add ${names} to the app's permissions in the RingCentral Developer Console, then run ringform logout so that the next login gets ${missing.length === 1 ? 'it' : 'them'}.`;
}

/**
 * Refuses, before the first write, a plan whose changes need an app permission the token's
 * `scope` does not grant (operations.json `x-app-permission`): otherwise the business hours of
 * a Company document would change and its rules then fail with 403, leaving the main number
 * half-changed. A token answer without `scope` cannot be judged; RingCentral then decides.
 */
export async function checkAppPermissions(client: ApiClient, plan: Plan): Promise<void> {
  const { missing, scope } = await lacking(client, plan);
  if (missing.length === 0) return;
  throw new UserError(`${lacksText(missing, scope)}; nothing was applied. ${fixText(missing)}`);
}

/** For `plan`: the warning a reviewer needs before the merge, when apply would refuse this plan. */
export async function appPermissionWarning(client: ApiClient, plan: Plan): Promise<string | undefined> {
  const { missing, scope } = await lacking(client, plan);
  if (missing.length === 0) return undefined;
  return `warning: ${lacksText(missing, scope)}; apply will refuse this plan before any write. ${fixText(missing)}\n`;
}
