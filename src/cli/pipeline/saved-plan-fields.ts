import type { Plan } from '../../core/plan.js';
import type { Owner, Snapshot } from '../../kinds/context.js';
import type { ApiClient } from '../../live/api-client.js';
import { readStandardGreetings } from '../../live/read-live.js';
import type { ExtensionInfo } from '../../core/references.js';
import { namedManifestFields } from './named-manifest-fields.js';
import type { FieldsInput } from './manifest-fields.js';

/**
 * A saved plan's `fields` are what `apply --plan` shows the person confirming it, so they are
 * never taken from the file: they are computed again from the live objects just re-read and the
 * changes' bodies (which the saved-plan check has verified), the same way `plan` computes them.
 * An edited `fields` can therefore not show one thing while the body does another.
 */
export async function refreshSavedPlanFields(
  client: ApiClient,
  plan: Plan,
  snapshots: Map<string, Snapshot>,
  extensions: ExtensionInfo[],
): Promise<void> {
  const owners = new Map<string, { owner: Owner; snapshot: Snapshot }>();
  for (const { target } of plan.changes) {
    const extensionId = target.extensionId ?? '~';
    const key = `${target.owner}:${extensionId}`;
    const snapshot = snapshots.get(key);
    if (!snapshot || owners.has(key)) continue;
    owners.set(key, {
      owner: { type: target.owner, extensionId, extensionNumber: target.extension ?? '', name: target.ownerName ?? '' },
      snapshot,
    });
  }
  const input: FieldsInput = { changes: plan.changes, owners: [...owners.values()], extensions };
  let named = namedManifestFields(input, undefined);
  // Preset greetings are named from the dictionary: read only when a change shows one.
  if ('needs' in named) named = namedManifestFields(input, await readStandardGreetings(client));
  const fields = 'fields' in named ? named.fields : new Map();
  for (const change of plan.changes) change.fields = fields.get(change.id) ?? [];
}
