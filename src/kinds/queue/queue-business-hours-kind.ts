import type { CallQueueManifest } from '../../core/manifest.js';
import { canonicalV1WeeklyRanges, toV1WeeklyRanges, v1WeeklyIsAlways } from '../../core/schedule.js';
import type { CompileContext, QueueSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { paths } from '../shared/paths.js';

export const BUSINESS_HOURS = 'business-hours';

/** Whether the queue's business hours will be 24/7 once the plan runs: the manifest's, else live. */
export function queueHoursAlways(manifest: CallQueueManifest, snapshot: QueueSnapshot): boolean {
  const written = manifest.businessHours?.schedule;
  if (written !== undefined) return v1WeeklyIsAlways(toV1WeeklyRanges(written));
  return v1WeeklyIsAlways(snapshot.businessHours?.schedule?.weeklyRanges);
}

/** A call queue's business hours (`PUT …/extension/{id}/business-hours`): one object, replaced whole. */
export const queueBusinessHoursKind: ResourceKind<QueueSnapshot> = {
  kind: 'queue-business-hours',
  owner: 'queue',
  collection: false,
  place: 'businessHours',
  label: () => 'business hours',

  live(snapshot) {
    const weekly = snapshot.businessHours?.schedule?.weeklyRanges;
    return new Map<string, LiveObject>([[BUSINESS_HOURS, { comparable: { schedule: { weeklyRanges: canonicalV1WeeklyRanges(weekly) } } }]]);
  },

  desired(ctx: CompileContext<CallQueueManifest, QueueSnapshot>) {
    const out = new Map<string, DesiredObject>();
    const hours = ctx.manifest.businessHours;
    if (hours) {
      const weeklyRanges = canonicalV1WeeklyRanges(toV1WeeklyRanges(hours.schedule));
      out.set(BUSINESS_HOURS, { comparable: { schedule: { weeklyRanges } }, origin: ['businessHours'] });
    }
    return out;
  },

  request(_action, owner, _name, desired) {
    return { method: 'PUT', path: paths.businessHours(owner.extensionId), body: desired };
  },
};
