import type { CallQueueManifest } from '../../core/manifest.js';
import type { CompileContext, QueueSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { extensionId } from '../shared/compile-env.js';
import { paths } from '../shared/paths.js';

export const OVERFLOW = 'overflow';

/** Overflow as compared and sent (CallQueueOverflowSettingsRequestResource). */
export interface OverflowForm {
  enabled: boolean;
  items: { id: string }[];
}

export function overflowForm(o: QueueSnapshot['overflow']): OverflowForm {
  return { enabled: Boolean(o?.enabled), items: (o?.items ?? []).map((q) => ({ id: String(q.id) })) };
}

/**
 * Overflow settings (`PUT …/extension/{id}/overflow-settings`, Heavy group): whether calls
 * overflow, and to which other call queues, in order (owned whole when written).
 */
export const queueOverflowKind: ResourceKind<QueueSnapshot> = {
  kind: 'queue-overflow',
  owner: 'queue',
  collection: false,
  place: 'overflow',
  label: () => 'overflow',

  live(snapshot) {
    return snapshot.overflow === undefined
      ? new Map()
      : new Map<string, LiveObject>([[OVERFLOW, { comparable: overflowForm(snapshot.overflow) }]]);
  },

  desired(ctx: CompileContext<CallQueueManifest, QueueSnapshot>) {
    const out = new Map<string, DesiredObject>();
    const o = ctx.manifest.overflow;
    if (o === undefined) return out;
    const form = overflowForm(ctx.live.overflow);
    if (o.enabled !== undefined) form.enabled = o.enabled;
    if (o.queues !== undefined) {
      form.items = o.queues.map((ref, i) => {
        const path = ['overflow', 'queues', i];
        const id = extensionId(ctx, ref, path);
        const ext = ctx.resolver.extensions.find((e) => e.id === id);
        if (ext && ext.type !== 'Department')
          ctx.report(path, `extension ${ext.extensionNumber} (${ext.name}) is a ${ext.type} extension, not a call queue`);
        else if (id === ctx.owner.extensionId) ctx.report(path, 'a call queue cannot overflow to itself');
        return { id };
      });
    }
    out.set(OVERFLOW, { comparable: form, origin: ['overflow'] });
    return out;
  },

  request(_action, owner, _name, desired) {
    return { method: 'PUT', path: paths.overflowSettings(owner.extensionId), body: desired };
  },
};
