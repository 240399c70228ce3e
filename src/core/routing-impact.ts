import type { OwnerType } from './plan.js';
import type { RoutingCall, RoutingOutcome, RoutingSchedule } from './routing.js';

/** One representative call whose outcome a plan changes. */
export interface ImpactRow {
  /** `Mon 08:00 Europe/London`, `Sat 22:00 from +16501111111`, `Tue 10:00 queue call`, `Mon 2026-12-21 10:00`. */
  label: string;
  call: RoutingCall;
  before: RoutingOutcome;
  after: RoutingOutcome;
}

/** Who rings when, before and after a plan, for one user or site (src/simulate/routing-impact.ts). */
export interface RoutingImpact {
  owner: string;
  ownerType: OwnerType;
  /** The first day (`YYYY-MM-DD`) of the week the representative calls fall in. */
  week: string;
  /** The other days sampled (`YYYY-MM-DD`, sorted): the days of date ranges and the day after each; their rows carry the date. */
  dates?: string[];
  /** The owner's time zone, in which every time is given (when known). */
  timeZone?: string;
  /** How many representative calls were routed; `rows` holds only those that differ. */
  checked: number;
  rows: ImpactRow[];
  hours: { label: 'work hours' | 'business hours'; before: RoutingSchedule; after: RoutingSchedule; changed: boolean };
}
