import type { Caller, ExtRef, SiteCustomRule, SiteManifest } from '../core/manifest.js';
import { v1WeeklyIsAlways } from '../core/schedule.js';
import type { CompanySnapshot, SiteSnapshot } from '../kinds/context.js';
import { DEFAULT_RULE_IDS } from '../kinds/shared/v1-rule-kinds.js';
import { FindingSink, KEPT_LIVE, RULE_UNMANAGED, type ExportFinding } from './export-findings.js';
import { exactE164, fail, ok, type Converted, type ExportExtension, type ExtensionRefs } from './extension-refs.js';
import { v1RangesToManifest, v1WeeklyToSchedule } from './schedule-to-manifest.js';
import { v1CustomRulesToManifest, v1DefaultRulesToManifest } from './v1-rules-to-manifest.js';

type SiteRule = SiteSnapshot['answeringRules'][number];
/** The conditions of a v1 custom rule of a site, a call queue or the company (the spec shapes agree). */
type V1Conditions = Pick<SiteRule | CompanySnapshot['answeringRules'][number], 'callers' | 'calledNumbers' | 'schedule'>;

const REFS: Record<string, 'business-hours' | 'after-hours'> = { BusinessHours: 'business-hours', AfterHours: 'after-hours' };
const codepoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every site rule transfers (callHandlingAction TransferToExtension) to one extension. */
function transferTo(rule: SiteRule | undefined, refs: ExtensionRefs): Converted<ExtRef> {
  const action = rule?.callHandlingAction ?? 'TransferToExtension';
  if (action !== 'TransferToExtension') return fail(`the call handling action ${action}`);
  const id = rule?.transfer?.extension?.id;
  if (id === undefined) return fail('a transfer without an extension');
  const ref = refs.ref(id);
  return ref === undefined ? fail(`a transfer to extension id ${id}, which is not in the account`) : ok(ref);
}

function callersOf(list: NonNullable<V1Conditions['callers']>): Converted<Caller[]> {
  const callers = list.map((c) => ({ callerId: c?.callerId ? String(c.callerId) : '', name: c?.name ? String(c.name) : '' }));
  // Numbers first (sorted), then contact names alone: they read as two lists.
  callers.sort(
    (a, b) => Number(a.callerId === '') - Number(b.callerId === '') || codepoint(a.callerId, b.callerId) || codepoint(a.name, b.name),
  );
  const out: Caller[] = [];
  for (const c of callers) {
    if (c.callerId === '') {
      if (c.name !== '') out.push({ name: c.name });
      continue;
    }
    const number = exactE164(c.callerId);
    if (!number) return fail(`the caller id "${c.callerId}" (ringform sends caller ids in E.164 form)`);
    out.push(c.name === '' ? number : { number, name: c.name });
  }
  return ok(out);
}

/** Same precedence as the kind's comparable form: a ref, else date ranges, else weekly ranges. */
function scheduleOf(s: V1Conditions['schedule']): Converted<SiteCustomRule['when']['schedule']> {
  if (s?.ref) return REFS[s.ref] ? ok({ ref: REFS[s.ref] }) : fail(`a schedule reference to ${s.ref}`);
  if (Array.isArray(s?.ranges) && s.ranges.length > 0) {
    const ranges = v1RangesToManifest(s.ranges);
    return ranges.ok ? ok({ ranges: ranges.value }) : ranges;
  }
  if (s?.weeklyRanges && Object.keys(s.weeklyRanges).length > 0) return v1WeeklyToSchedule(s.weeklyRanges, false);
  return ok(undefined);
}

export function whenOf(r: V1Conditions, alwaysOpen: boolean): Converted<SiteCustomRule['when']> {
  const callers = callersOf(r.callers ?? []);
  if (!callers.ok) return callers;
  const called: string[] = [];
  for (const n of (r.calledNumbers ?? []).map((c) => String(c?.phoneNumber)).sort(codepoint)) {
    const number = exactE164(n);
    if (!number) return fail(`the called number "${n}" (not E.164)`);
    called.push(number);
  }
  const schedule = scheduleOf(r.schedule);
  if (!schedule.ok) return schedule;
  const s = schedule.value;
  if (s && typeof s === 'object' && 'ref' in s && s.ref === 'after-hours' && alwaysOpen)
    return fail('"ref: after-hours" while business hours are 24/7');
  if (callers.value.length === 0 && called.length === 0 && !s) return fail('a custom rule without conditions');
  return ok({
    ...(callers.value.length > 0 && { callers: callers.value }),
    ...(called.length > 0 && { calledNumbers: called }),
    ...(s && { schedule: s }),
  });
}

function customRule(r: SiteRule, alwaysOpen: boolean, refs: ExtensionRefs, sink: FindingSink): SiteCustomRule | undefined {
  const name = String(r.name ?? '');
  const scope = sink.at(`custom rule "${name}"`);
  const when = whenOf(r, alwaysOpen);
  if (!when.ok) return void scope.cannot(`its conditions (${when.why})`, RULE_UNMANAGED);
  const target = transferTo(r, refs);
  if (!target.ok) return void scope.cannot(target.why, RULE_UNMANAGED);
  return { name, enabled: r.enabled === undefined ? true : Boolean(r.enabled), when: when.value, transferTo: target.value };
}

export function exportSite(
  owner: ExportExtension,
  snapshot: SiteSnapshot,
  refs: ExtensionRefs,
): { manifest: SiteManifest; findings: ExportFinding[] } {
  const sink = new FindingSink('site', owner.extensionNumber || owner.id);
  const manifest: SiteManifest = { version: 1, kind: 'Site', site: refs.ref(owner.id) ?? { id: owner.id } };
  const weekly = snapshot.businessHours?.schedule?.weeklyRanges;
  const schedule = v1WeeklyToSchedule(weekly, true);
  if (schedule.ok) manifest.businessHours = { schedule: schedule.value };
  else sink.at('business hours').cannot(schedule.why, KEPT_LIVE);
  const alwaysOpen = v1WeeklyIsAlways(weekly);
  const rules = v1DefaultRulesToManifest(snapshot.answeringRules, DEFAULT_RULE_IDS, alwaysOpen, sink, (r) => {
    const target = transferTo(r, refs);
    return target.ok ? ok({ transferTo: target.value }) : target;
  });
  if (rules) manifest.rules = rules;
  const custom = v1CustomRulesToManifest(snapshot.answeringRules, sink, (r) => customRule(r, alwaysOpen, refs, sink));
  if (custom.length > 0) manifest.customRules = custom;
  manifest.prune = false;
  return { manifest, findings: sink.findings };
}
