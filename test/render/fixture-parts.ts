/** Building blocks of the render fixtures: the two owners, their API prefixes, common bodies. */
import type { Change, ChangeTarget, Plan, PlanAccount } from '../../src/core/plan.js';

export const ALEX_ID = '63701631004';
export const LONDON_ID = '84854000016';
export const USERS_V2 = '/restapi/v2/accounts/~/extensions';
export const SITES_V1 = '/restapi/v1.0/account/~/extension';

export function alex(name: string): ChangeTarget {
  return { extension: '101', extensionId: ALEX_ID, name, owner: 'user', ownerName: 'Alex Smith' };
}

export function london(name: string): ChangeTarget {
  return { extension: '2001', extensionId: LONDON_ID, name, owner: 'site', ownerName: 'London Office' };
}

export function summarize(changes: Change[]): Plan['summary'] {
  const count = (action: Change['action']) => changes.filter((c) => c.action === action).length;
  return { create: count('create'), update: count('update'), delete: count('delete') };
}

export const preset = (id: string) => ({ effectiveGreetingType: 'Preset', preset: { id } });

/** v2 Weekly trigger ranges (CommWeeklyItemsResource: startTime/endTime, hh:mm:ss). */
export const weekdayTimes = (startTime: string, endTime: string) => ({
  monday: [{ startTime, endTime }],
  tuesday: [{ startTime, endTime }],
  wednesday: [{ startTime, endTime }],
  thursday: [{ startTime, endTime }],
  friday: [{ startTime, endTime }],
});

/** v1 weeklyRanges (from/to, HH:MM). */
export const weekdays = (from: string, to: string) => ({
  monday: [{ from, to }],
  tuesday: [{ from, to }],
  wednesday: [{ from, to }],
  thursday: [{ from, to }],
  friday: [{ from, to }],
});

export const ACCOUNT: PlanAccount = { id: '37439510', name: 'Acme Inc.', server: 'https://platform.ringcentral.com' };
