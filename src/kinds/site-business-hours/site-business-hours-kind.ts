import type { SiteManifest } from '../../core/manifest.js';
import { canonicalV1WeeklyRanges, toV1WeeklyRanges } from '../../core/schedule.js';
import type { CompileContext, SiteSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { paths } from '../shared/paths.js';

export const BUSINESS_HOURS = 'business-hours';

/** Site business hours (`PUT .../extension/{siteId}/business-hours`): one object, replaced whole. */
export const siteBusinessHoursKind: ResourceKind<SiteSnapshot> = {
  kind: 'site-business-hours',
  owner: 'site',
  collection: false,
  place: 'businessHours',
  label: () => 'business hours',

  live(snapshot) {
    const weekly = snapshot.businessHours?.schedule?.weeklyRanges;
    return new Map<string, LiveObject>([[BUSINESS_HOURS, { comparable: { schedule: { weeklyRanges: canonicalV1WeeklyRanges(weekly) } } }]]);
  },

  desired(ctx: CompileContext<SiteManifest, SiteSnapshot>) {
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
