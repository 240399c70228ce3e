import type { CallQueueManifest } from '../../core/manifest.js';
import type { CompileContext, QueueSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { extensionId } from '../shared/compile-env.js';
import { paths } from '../shared/paths.js';

export const MEMBERS = 'members';

/** The members as compared: extension ids, in the order RingCentral lists them. */
export interface MembersForm {
  members: string[];
}

/** The live member ids (undefined: the members were not read). */
export function liveMemberIds(snapshot: QueueSnapshot): string[] | undefined {
  return snapshot.members?.map((m) => String(m.id));
}

/**
 * The members a document wants, resolved: each must be a User extension (anything else is a plan
 * error at its line, before any write). Absent: the live members.
 */
export function desiredMemberIds(ctx: CompileContext<CallQueueManifest, QueueSnapshot>): string[] {
  const written = ctx.manifest.members;
  if (written === undefined) return liveMemberIds(ctx.live) ?? [];
  const out: string[] = [];
  written.forEach((ref, i) => {
    const path = ['members', i];
    const id = extensionId(ctx, ref, path);
    if (id === '?') return;
    const ext = ctx.resolver.extensions.find((e) => e.id === id);
    if (ext && ext.type !== 'User') {
      ctx.report(
        path,
        `extension ${ext.extensionNumber} (${ext.name}) is a ${ext.type} extension; only users can be members of a call queue`,
      );
      return;
    }
    if (!out.includes(id)) out.push(id);
  });
  return out;
}

/**
 * A call queue's members (manifest `members`, owned whole when written): one `bulk-assign` call
 * adds the listed users that are not members and removes the members not listed. Compared as a
 * set: live members keep their place, new ones join at the end (as RingCentral lists them).
 */
export const queueMembersKind: ResourceKind<QueueSnapshot> = {
  kind: 'queue-members',
  owner: 'queue',
  collection: false,
  place: 'members',
  label: () => 'members',

  live(snapshot) {
    const ids = liveMemberIds(snapshot);
    return ids === undefined ? new Map() : new Map<string, LiveObject>([[MEMBERS, { comparable: { members: ids } }]]);
  },

  desired(ctx: CompileContext<CallQueueManifest, QueueSnapshot>) {
    const out = new Map<string, DesiredObject>();
    if (ctx.manifest.members === undefined) return out;
    const wanted = desiredMemberIds(ctx);
    const live = liveMemberIds(ctx.live) ?? [];
    // Kept members in their live order, then the added ones: equal sets compare equal.
    const members = [...live.filter((id) => wanted.includes(id)), ...wanted.filter((id) => !live.includes(id))];
    out.set(MEMBERS, { comparable: { members }, origin: ['members'] });
    return out;
  },

  request(_action, owner, _name, desired, live) {
    // Absent members (a caller asking only which call an update makes) are none to add.
    const want = (desired as Partial<MembersForm> | undefined)?.members ?? [];
    const have = (live?.comparable as MembersForm | undefined)?.members ?? [];
    return {
      method: 'POST',
      path: paths.callQueueBulkAssign(owner.extensionId),
      body: { addedExtensionIds: want.filter((id) => !have.includes(id)), removedExtensionIds: have.filter((id) => !want.includes(id)) },
    };
  },
};
