import type { Schedule } from '../core/manifest.js';
import { scheduleIsAlways } from '../core/schedule.js';
import type { Reporter } from './findings.js';
import type { OwnerTable } from '../core/plan.js';
import { asObj, child, childList, ownerTypeOf, type At, type Obj, type ManifestKind } from './walk.js';

/**
 * RingCentral has an after-hours state (user) or after-hours rule (site, company, call queue)
 * only while work hours (business hours) are not 24/7. When the document sets them to 24/7, anything that relies on
 * after-hours cannot be applied. When the document leaves them alone, the planner checks live.
 */
export function checkAfterHours(doc: At<Obj>, kind: ManifestKind, report: Reporter): void {
  AFTER_HOURS[ownerTypeOf(kind)](doc, report);
}

/** The check of each owner type: users' work-hours state, the v1 owners' business hours (named for messages). */
export const AFTER_HOURS: OwnerTable<(doc: At<Obj>, report: Reporter) => void> = {
  user: checkUser,
  site: (doc, report) => checkSite(doc, 'the site', report),
  company: (doc, report) => checkSite(doc, 'the company', report),
  queue: (doc, report) => checkSite(doc, 'the call queue', report),
  // An IVR menu has no business hours: nothing to check.
  ivr: () => {},
};

function checkUser(doc: At<Obj>, report: Reporter): void {
  const states = child(doc, 'states');
  const workHours = states && child(states, 'work-hours');
  if (!workHours || !isAlways(workHours.value.schedule)) return;
  const why = 'RingCentral has no after-hours while work-hours are 24/7 (states.work-hours.schedule)';
  const rules = child(doc, 'rules');
  if (rules && rules.value['after-hours'] !== undefined) {
    report.error([...rules.path, 'after-hours'], `the after-hours rule needs work-hours that are not 24/7: ${why}`);
  }
  for (const rule of childList(doc, 'customRules')) {
    const when = child(rule, 'when');
    if (when?.value.state === 'after-hours') {
      report.error([...when.path, 'state'], `"state: after-hours" can never match: ${why}`);
    }
  }
}

function checkSite(doc: At<Obj>, owner: string, report: Reporter): void {
  const hours = child(doc, 'businessHours');
  if (!hours || !isAlways(hours.value.schedule)) return;
  const why = `${owner} has no after hours while business hours are 24/7 (businessHours.schedule)`;
  const rules = child(doc, 'rules');
  if (rules && rules.value['after-hours'] !== undefined) {
    report.error([...rules.path, 'after-hours'], `the after-hours rule needs business hours that are not 24/7: ${why}`);
  }
  for (const rule of childList(doc, 'customRules')) {
    const when = child(rule, 'when');
    if (asObj(when?.value.schedule)?.ref === 'after-hours') {
      report.error([...(when?.path ?? []), 'schedule', 'ref'], `"ref: after-hours" can never match: ${why}`);
    }
  }
}

/** True for a valid schedule that covers every hour; invalid ones are reported elsewhere. */
function isAlways(schedule: unknown): boolean {
  if (schedule === 'always') return true;
  try {
    return schedule !== undefined && scheduleIsAlways(schedule as Schedule);
  } catch {
    // toTriggers throws on a schedule the schedule check rejects; nothing to add here.
    return false;
  }
}
