import { ownerWords } from '../../core/owner-words.js';
import { OWNER_TYPES, type Plan, type PlanAccount } from '../../core/plan.js';
import { UserError } from '../../core/problem.js';
import type { Snapshot } from '../../kinds/context.js';
import { kindNamed } from '../../kinds/index.js';
import type { ApiClient } from '../../live/api-client.js';
import { readAccount, serverOrigin } from '../../live/read-account.js';
import { readOwners, type OwnerRef } from '../../live/read-owners.js';
import { savedChangeRefusal } from '../../diff/verify-saved-change.js';
import { fingerprintOwners, staleObjects } from '../../plan/saved-plan.js';

const REFUSED = 'nothing was applied';

/** A saved plan is tied to the server it was made against: refused before logging in anywhere. */
export function checkSavedPlanServer(plan: Plan, serverUrl: string): void {
  const here = serverOrigin(serverUrl);
  if (plan.account && serverOrigin(plan.account.server) !== here) {
    throw new UserError(`the saved plan was made for ${plan.account.server}, not for ${here} (RINGCENTRAL_SERVER_URL); ${REFUSED}.`);
  }
}

function ownersToRead(plan: Plan): OwnerRef[] {
  const owners = new Map<string, OwnerRef>();
  for (const o of fingerprintOwners(plan.fingerprints ?? [])) owners.set(`${o.type}:${o.extensionId}`, o);
  for (const c of plan.changes) {
    const key = `${c.target.owner}:${c.target.extensionId ?? '~'}`;
    if (!owners.has(key))
      owners.set(key, { type: c.target.owner, extensionId: String(c.target.extensionId ?? '~'), extensionNumber: c.target.extension });
  }
  // The company is the account itself (`~`); extensions are named by their numeric ids; an IVR
  // menu to create has none yet (its read is empty: RingCentral refuses a number in use anyway).
  const valid = (o: OwnerRef) =>
    (OWNER_TYPES as readonly string[]).includes(o.type) &&
    (ownerWords[o.type].account ? o.extensionId === '~' : /^\d+$/.test(o.extensionId) || (o.type === 'ivr' && o.extensionId === ''));
  return [...owners.values()].filter(valid);
}

/**
 * Checks a saved plan before anything is written (cli.md "Which account"): made for this
 * account, every live object it was computed from unchanged, and every change the kind's own
 * write of the object its target names, with the body its recorded difference describes.
 * Reads only; refuses with one line per change and why. Returns the live account and the live
 * objects it read, by `owner:extensionId`, for what the plan shows (computed from them, never
 * from the file).
 */
export async function checkSavedPlan(client: ApiClient, plan: Plan): Promise<{ account: PlanAccount; snapshots: Map<string, Snapshot> }> {
  checkSavedPlanServer(plan, client.server);
  const account = await readAccount(client, client.server);
  if (plan.account && plan.account.id !== account.id) {
    throw new UserError(
      `the saved plan was made for account ${plan.account.name} (${plan.account.id}), but the credentials reach ${account.name} (${account.id}); ${REFUSED}.`,
    );
  }
  const fingerprints = plan.fingerprints ?? [];
  const owners = ownersToRead(plan);
  const read = await readOwners(client, owners);
  const snapshots = new Map<string, Snapshot>(owners.map((o, i) => [`${o.type}:${o.extensionId}`, read[i]]));
  const stale = staleObjects(fingerprints, snapshots);
  if (stale.length) {
    throw new UserError(
      `the live configuration changed since the plan was made; ${REFUSED}. Run \`ringform plan\` again.\n  ${stale.join('\n  ')}`,
    );
  }
  const refusals: string[] = [];
  for (const change of plan.changes) {
    const kind = kindNamed(change.kind);
    const why = savedChangeRefusal(change, kind, snapshots.get(`${change.target.owner}:${change.target.extensionId ?? '~'}`), fingerprints);
    if (why) refusals.push(`change ${change.id} (${change.method} ${change.path}): ${why}`);
  }
  if (refusals.length) {
    throw new UserError(
      `the saved plan asks for writes ringform does not make; ${REFUSED}. Make a new plan with \`ringform plan --out FILE\`.\n  ${refusals.join('\n  ')}`,
    );
  }
  return { account, snapshots };
}
