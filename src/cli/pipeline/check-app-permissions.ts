import { missingPermissions, permissionsOfChanges } from '../../core/app-permission.js';
import type { Plan } from '../../core/plan.js';
import { UserError } from '../../core/problem.js';
import type { ApiClient } from '../../live/api-client.js';
import { describeNeed } from '../../render/permissions-line.js';

/**
 * Refuses, before the first write, a plan whose changes need an app permission the token's
 * `scope` does not grant (operations.json `x-app-permission`): otherwise the business hours of
 * a Company document would change and its rules then fail with 403, leaving the main number
 * half-changed. A token answer without `scope` cannot be judged; RingCentral then decides.
 */
export async function checkAppPermissions(client: ApiClient, plan: Plan): Promise<void> {
  const scope = (await client.session?.())?.scope;
  if (!scope) return;
  const missing = missingPermissions(permissionsOfChanges(plan.changes), scope);
  if (missing.length === 0) return;
  const names = missing.map((n) => n.permission).join(' and ');
  throw new UserError(
    `the app lacks the permission${missing.length === 1 ? '' : 's'} ${missing.map(describeNeed).join(', ')} that these documents' changes need (token scope: ${scope.join(' ') || 'empty'}); nothing was applied. ` +
      `Add ${names} to the app's permissions in the RingCentral Developer Console, then run ringform logout so that the next login gets ${missing.length === 1 ? 'it' : 'them'}.`,
  );
}
