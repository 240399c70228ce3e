import type { DraftChange } from '../../core/draft-change.js';
import type { UserManifest } from '../../core/manifest.js';
import type { PlanWarning } from '../../core/plan.js';
import type { OwnerDocument } from '../../resolve/resolve-owners.js';

/** The users a planned bulk-assign removes from a call queue. */
function removedMembers(draft: DraftChange): string[] {
  const body = draft.request.body as { removedExtensionIds?: unknown } | undefined;
  return Array.isArray(body?.removedExtensionIds) ? body.removedExtensionIds.map(String) : [];
}

/**
 * A user the plan takes out of a call queue while its own document writes `states.agent`:
 * RingCentral keeps the agent state only while the user is a member of some queue, so once it is
 * in none, the next plan would refuse that document. Said now, at `states.agent`, before any
 * write (whether the user is in another queue is not read: the warning says "if").
 */
export function leavingAgents(drafts: DraftChange[], owners: OwnerDocument[]): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const draft of drafts) {
    if (draft.kind !== 'queue-members') continue;
    for (const id of removedMembers(draft)) {
      const user = owners.find((o) => o.owner.type === 'user' && o.owner.extensionId === id);
      if (!user || (user.doc.data as UserManifest).states?.agent === undefined) continue;
      const { file, line, col } = user.doc.locate(['states', 'agent']);
      const ext = user.owner.extensionNumber;
      const queue = `call queue ${draft.target.extension ?? ''} (${draft.target.ownerName})`;
      out.push({
        file,
        line,
        column: col,
        message: `user ${ext} leaves ${queue} in this plan while this document writes states.agent: RingCentral keeps the agent state only for members of a call queue, so if ${ext} is in no other queue, remove states.agent here (the next plan would refuse it)`,
      });
    }
  }
  return out;
}
