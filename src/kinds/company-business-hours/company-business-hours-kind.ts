import type { ApiSchema } from '../../core/api/api-types.js';
import type { CompanyManifest } from '../../core/manifest.js';
import { canonicalV1WeeklyRanges, toV1WeeklyRanges } from '../../core/schedule.js';
import type { CompanySnapshot, CompileContext } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { paths } from '../shared/paths.js';

export const COMPANY_BUSINESS_HOURS = 'business-hours';

/** The comparable form of company business hours: canonical weekly ranges (`{}` is 24/7). */
export function companyHoursForm(businessHours: ApiSchema<'CompanyBusinessHours'> | undefined) {
  return { schedule: { weeklyRanges: canonicalV1WeeklyRanges(businessHours?.schedule?.weeklyRanges) } };
}

/** Company business hours (`PUT /account/~/business-hours`): one object, replaced whole. */
export const companyBusinessHoursKind: ResourceKind<CompanySnapshot> = {
  kind: 'company-business-hours',
  owner: 'company',
  collection: false,
  place: 'businessHours',
  label: () => 'business hours',

  live(snapshot) {
    return new Map<string, LiveObject>([[COMPANY_BUSINESS_HOURS, { comparable: companyHoursForm(snapshot.businessHours) }]]);
  },

  desired(ctx: CompileContext<CompanyManifest, CompanySnapshot>) {
    const out = new Map<string, DesiredObject>();
    const hours = ctx.manifest.businessHours;
    if (hours) {
      const weeklyRanges = canonicalV1WeeklyRanges(toV1WeeklyRanges(hours.schedule));
      out.set(COMPANY_BUSINESS_HOURS, { comparable: { schedule: { weeklyRanges } }, origin: ['businessHours'] });
    }
    return out;
  },

  request(_action, _owner, _name, desired) {
    return { method: 'PUT', path: paths.companyBusinessHours(), body: desired };
  },

  // Whether after hours exist (and so the after-hours rule) follows from business hours, even
  // when the document does not set them.
  reads(snapshot) {
    return new Map([['@business-hours', companyHoursForm(snapshot.businessHours)]]);
  },
};
