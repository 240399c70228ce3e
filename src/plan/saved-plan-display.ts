import { affectedOwners } from '../core/affected-owners.js';
import { ownerWords } from '../core/owner-words.js';
import type { Change, Plan, PlanAccount } from '../core/plan.js';
import { UserError } from '../core/problem.js';
import type { ExtensionInfo } from '../core/references.js';

/**
 * What `apply --plan` shows and guards with, re-derived from the live account and the changes
 * themselves (whose method, path and body the saved-plan check has bound to live objects),
 * never taken from the file: a saved plan may have been edited, and the person confirming it
 * must see whose extension is written, the real account, and the real counts (`--max-deletes`
 * counts the changes, not the file's `summary`).
 *
 * Not re-derivable, so not shown: each change's `origin` (the manifest file and line: the
 * manifests are not at hand) and the plan's `warnings` and `unmanaged` lists (lint and live
 * rules no manifest lists were shown when the plan was made).
 */
export function savedPlanForDisplay(plan: Plan, account: PlanAccount, extensions: ExtensionInfo[]): Plan {
  const byId = new Map(extensions.map((e) => [e.id, e]));
  const changes: Change[] = plan.changes.map((c) => {
    const { origin: _fromFile, ...rest } = c;
    const target = { ...c.target };
    if (ownerWords[target.owner].account) {
      delete target.extension;
      delete target.extensionId;
      target.ownerName = account.name;
    } else if (target.owner === 'ivr' && target.extensionId === '' && c.action === 'create') {
      // An IVR menu to create is no extension yet: its (verified) body names it.
      const body = (c.body ?? {}) as { extensionNumber?: unknown; name?: unknown };
      target.extension = String(body.extensionNumber ?? '');
      target.ownerName = typeof body.name === 'string' ? body.name : '';
    } else {
      const ext = byId.get(String(target.extensionId));
      if (!ext)
        throw new UserError(
          `change ${c.id}: ${target.owner} ${target.extensionId} is not an extension of the account; nothing was applied.`,
        );
      target.extension = ext.extensionNumber;
      target.ownerName = ext.name;
    }
    return { ...rest, target };
  });
  const summary = { create: 0, update: 0, delete: 0 };
  for (const c of changes) summary[c.action] += 1;
  const shown: Plan = {
    formatVersion: 1,
    account,
    changes,
    unmanaged: [],
    summary,
    affected: affectedOwners(changes),
    warnings: [],
  };
  if (plan.fingerprints) shown.fingerprints = plan.fingerprints;
  return shown;
}
