import { devicesNamedIn } from '../parts/ring-targets/device.js';
import { defaultStateDispatching } from '../core/defaults.js';
import type { Change } from '../core/plan.js';
import { triggersAreAlways, v1WeeklyIsAlways } from '../core/schedule.js';
import type { CompanySnapshot, SiteSnapshot, UserSnapshot } from '../kinds/context.js';

/**
 * The live snapshot of one user or site as it will be once a plan's changes are applied: each
 * change's exact request body laid over the object it targets, plus what RingCentral does by
 * itself (the after-hours state rule or site rule appears when the hours stop being 24/7 and
 * goes away when they become 24/7 again). Pure; lets the plan's routing impact compare live
 * with what apply will leave, rather than with the manifest alone (which leaves unstated
 * sections to live values).
 */

const lastSegment = (path: string) => decodeURIComponent(path.split('/').pop() ?? '');

function upsertStateRecord(records: any[], id: string): any {
  let record = records.find((r) => String(r?.id ?? r?.state?.id) === id);
  if (!record) {
    record = { id, state: { id, enabled: true, conditions: [] }, dispatching: defaultStateDispatching(id as any) };
    records.push(record);
  }
  return record;
}

/** RingCentral keeps the after-hours state only while work hours are not 24/7. */
function syncAfterHours(records: any[]): any[] {
  const work = records.find((r) => (r?.id ?? r?.state?.id) === 'work-hours');
  const condition = work?.state?.conditions?.find((c: any) => c?.type === 'Schedule');
  const always = condition ? triggersAreAlways(condition.schedule?.triggers) : true;
  if (always) return records.filter((r) => (r?.id ?? r?.state?.id) !== 'after-hours');
  upsertStateRecord(records, 'after-hours');
  return records;
}

function applyCollection(list: any[], c: Change): any[] {
  if (c.action === 'create') return [...list, { id: `planned-${c.id}`, ...(c.body as object) }];
  const id = lastSegment(c.path);
  if (c.action === 'delete') return list.filter((r) => String(r?.id) !== id);
  return list.map((r) => (String(r?.id) === id ? { ...r, ...(c.body as object) } : r));
}

export function projectUserSnapshot(snapshot: UserSnapshot, changes: Change[]): UserSnapshot {
  let stateRules = structuredClone(snapshot.stateRules);
  let interactionRules = structuredClone(snapshot.interactionRules);
  for (const c of changes) {
    if (c.kind === 'user-state') {
      const record = upsertStateRecord(stateRules, lastSegment(c.path));
      record.state = { ...record.state, ...(c.body as object) };
    } else if (c.kind === 'user-state-rule') {
      upsertStateRecord(stateRules, lastSegment(c.path)).dispatching = (c.body as any)?.dispatching;
    } else if (c.kind === 'user-custom-rule') {
      interactionRules = applyCollection(interactionRules, c);
    }
    // Recomputed after every change, as RingCentral does; a later change may then update
    // the after-hours rule it created.
    stateRules = syncAfterHours(stateRules);
  }
  // Devices do not change with a plan, and a written body carries no names: the devices the
  // user has (or the live rules name) keep naming them after it.
  const named = devicesNamedIn([...snapshot.stateRules, ...snapshot.interactionRules].map((r: any) => r?.dispatching));
  const devices = [...named, ...(snapshot.devices ?? [])];
  return devices.length > 0 ? { stateRules, interactionRules, devices } : { stateRules, interactionRules };
}

const SITE_RULE_TYPES: Record<string, string> = { 'business-hours-rule': 'BusinessHours', 'after-hours-rule': 'AfterHours' };

function upsertSiteRule(rules: any[], id: string, body: object): any[] {
  const found = rules.some((r) => r?.id === id);
  if (found) return rules.map((r) => (r?.id === id ? { ...r, ...body } : r));
  return [...rules, { id, type: SITE_RULE_TYPES[id], enabled: true, ...body }];
}

/** The company's live state once the plan's company changes are applied (as the emulator and RingCentral do). */
export function projectCompanySnapshot(snapshot: CompanySnapshot, changes: Change[]): CompanySnapshot {
  let businessHours = structuredClone(snapshot.businessHours);
  let answeringRules = structuredClone(snapshot.answeringRules);
  for (const c of changes) {
    if (c.kind === 'company-business-hours') businessHours = { ...businessHours, ...(c.body as object) };
    else if (c.kind === 'company-rule') answeringRules = upsertSiteRule(answeringRules, lastSegment(c.path), c.body as object);
    else if (c.kind === 'company-custom-rule') answeringRules = applyCollection(answeringRules, c);
    const always = v1WeeklyIsAlways(businessHours?.schedule?.weeklyRanges);
    if (always) answeringRules = answeringRules.filter((r) => r?.id !== 'after-hours-rule');
    else if (!answeringRules.some((r) => r?.id === 'after-hours-rule'))
      answeringRules = upsertSiteRule(answeringRules, 'after-hours-rule', { callHandlingAction: 'Operator' });
  }
  return { ...snapshot, businessHours, answeringRules };
}

export function projectSiteSnapshot(snapshot: SiteSnapshot, changes: Change[]): SiteSnapshot {
  let businessHours = structuredClone(snapshot.businessHours);
  let answeringRules = structuredClone(snapshot.answeringRules);
  for (const c of changes) {
    if (c.kind === 'site-business-hours') businessHours = { ...businessHours, ...(c.body as object) };
    else if (c.kind === 'site-rule') answeringRules = upsertSiteRule(answeringRules, lastSegment(c.path), c.body as object);
    else if (c.kind === 'site-custom-rule') answeringRules = applyCollection(answeringRules, c);
    const always = v1WeeklyIsAlways(businessHours?.schedule?.weeklyRanges);
    if (always) answeringRules = answeringRules.filter((r) => r?.id !== 'after-hours-rule');
    else if (!answeringRules.some((r) => r?.id === 'after-hours-rule'))
      answeringRules = upsertSiteRule(answeringRules, 'after-hours-rule', {});
  }
  return { businessHours, answeringRules };
}
