import type { Caller, SiteCustomRule } from '../../core/manifest.js';
import { byJson } from '../../core/order.js';
import type { PathSeg } from '../../core/path.js';
import { canonicalV1WeeklyRanges, toV1WeeklyRanges } from '../../core/schedule.js';
import { canonicalDateTime, parseDateTimeRange } from '../../core/time.js';
import { canonicalPhone } from './canonical-phone.js';
import { e164, type CompileEnv } from './compile-env.js';

/**
 * The conditions of v1 answering rules (site and company custom rules): callers, called
 * numbers and a schedule (weekly, date ranges or a reference to business/after hours).
 */

const REFS = { 'business-hours': 'BusinessHours', 'after-hours': 'AfterHours' } as const;

export function v1CallerForm(env: CompileEnv, c: Caller, path: readonly PathSeg[]) {
  if (typeof c === 'string' || typeof c === 'number') return { callerId: e164(env, String(c), path) };
  const out: { callerId?: string; name?: string } = {};
  if (c.number !== undefined) out.callerId = e164(env, c.number, [...path, 'number']);
  if (c.name !== undefined) out.name = c.name;
  return out;
}

export function v1ScheduleForm(schedule: SiteCustomRule['when']['schedule']) {
  if (schedule === undefined) return undefined;
  if (typeof schedule === 'object' && 'ref' in schedule) return { ref: REFS[schedule.ref] };
  if (typeof schedule === 'object' && 'ranges' in schedule) {
    return {
      ranges: schedule.ranges.map((r) => {
        const p = parseDateTimeRange(r.from, r.to);
        return p.ok ? { from: p.value.start, to: p.value.end } : { from: r.from, to: r.to };
      }),
    };
  }
  return { weeklyRanges: toV1WeeklyRanges(schedule) };
}

/**
 * The conditions of a v1 rule as read (site: `CallHandlingRuleInfo`, company:
 * `CompanyAnsweringRuleInfo`) or as compiled from a manifest.
 */
type V1Conditions = {
  callers?: { callerId?: string; name?: string }[];
  calledNumbers?: { phoneNumber?: string }[];
  schedule?: { ref?: string; ranges?: { from: string; to: string }[]; weeklyRanges?: unknown };
};

/** Comparable conditions of a v1 rule: absent lists are empty lists, phones E.164, schedules canonical. */
export function normalizeV1Conditions(r: V1Conditions) {
  const out: { callers: { callerId?: string; name?: string }[]; calledNumbers: { phoneNumber: string }[]; schedule?: object } = {
    callers: (r.callers ?? [])
      .map((c) => ({ ...(c.callerId ? { callerId: canonicalPhone(c.callerId) } : {}), ...(c.name ? { name: c.name } : {}) }))
      .sort(byJson),
    calledNumbers: (r.calledNumbers ?? []).map((n) => ({ phoneNumber: canonicalPhone(n.phoneNumber) })).sort(byJson),
  };
  const s = r.schedule;
  if (s?.ref) out.schedule = { ref: s.ref };
  else if (Array.isArray(s?.ranges) && s.ranges.length) {
    out.schedule = { ranges: s.ranges.map((x) => ({ from: canonicalDateTime(x.from), to: canonicalDateTime(x.to, true) })) };
  } else if (s?.weeklyRanges && Object.keys(s.weeklyRanges).length) {
    out.schedule = { weeklyRanges: canonicalV1WeeklyRanges(s.weeklyRanges) };
  }
  return out;
}

/** A POST body needs no empty condition lists (a PUT sends them: leaving one out may keep the old). */
export function withoutEmptyLists(body: object): object {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
}
