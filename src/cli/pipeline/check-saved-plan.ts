import type { Plan } from '../../core/plan.js';
import { UserError } from '../../core/problem.js';
import type { SiteSnapshot, UserSnapshot } from '../../kinds/context.js';
import type { ApiClient } from '../../live/api-client.js';
import { readOwners } from '../../live/read-owners.js';
import { fingerprintOwners, staleObjects } from '../../plan/saved-plan.js';

/**
 * Re-reads the live objects a saved plan was computed from and refuses to apply it when any of
 * them changed since: applying would overwrite someone's change made in the meantime.
 */
export async function checkSavedPlan(client: ApiClient, plan: Plan): Promise<void> {
  const fingerprints = plan.fingerprints ?? [];
  const owners = fingerprintOwners(fingerprints);
  const read = await readOwners(client, owners);
  const snapshots = new Map<string, UserSnapshot | SiteSnapshot>(owners.map((o, i) => [`${o.type}:${o.extensionId}`, read[i]]));
  const stale = staleObjects(fingerprints, snapshots);
  if (stale.length) {
    throw new UserError(
      `the live configuration changed since the plan was made; nothing was applied. Run \`ringform plan\` again.\n  ${stale.join('\n  ')}`,
    );
  }
}
