import type { PathSeg } from '../core/path.js';
import type { RoutingModel, RoutingSchedule, SiteRouting, UserRouting, UserRuleModel } from '../core/routing.js';
import { calledCover, calledOverlap, callersCover, callersOverlap } from './condition-coverage.js';
import { rulePriority } from './rule-conditions.js';
import { scheduleCovers, schedulesOverlap } from './schedule-coverage.js';
import { lintScheduleRanges } from './lint-schedule-ranges.js';
import { ruleTime } from './rule-time.js';

/** One lint warning, located by its path in the manifest document the model came from. */
export interface RoutingFinding {
  path: PathSeg[];
  message: string;
}

export interface LintOptions {
  /** Check schedule ranges (overlapping, ended); validation already does (default true). */
  ranges?: boolean;
  /** Local date-time (`YYYY-MM-DDTHH:MM[:SS]`) that decides which ranges have ended. */
  now: string;
  /** Report equal-priority rules that can match the same call (default true). */
  ties?: boolean;
}

function timeCovers(outer: RoutingSchedule | undefined, inner: RoutingSchedule | undefined): boolean {
  if (!outer) return true;
  return inner !== undefined && scheduleCovers(outer, inner);
}

function timesOverlap(a: RoutingSchedule | undefined, b: RoutingSchedule | undefined): boolean {
  return !a || !b || schedulesOverlap(a, b);
}

/** True when every call `inner` would match, `outer` matches too (and `outer` sees queue calls if `inner` does). */
function userCovers(model: UserRouting, outer: UserRuleModel, inner: UserRuleModel): boolean {
  return (
    (outer.queueCalls || !inner.queueCalls) &&
    callersCover(outer.callers, inner.callers, false) &&
    calledCover(outer.calledNumbers, inner.calledNumbers) &&
    timeCovers(ruleTime(model, outer), ruleTime(model, inner))
  );
}

function userOverlap(model: UserRouting, a: UserRuleModel, b: UserRuleModel): boolean {
  return (
    callersOverlap(a.callers, b.callers, false) &&
    calledOverlap(a.calledNumbers, b.calledNumbers) &&
    timesOverlap(ruleTime(model, a), ruleTime(model, b))
  );
}

/**
 * User custom rules. RingCentral's table ranks a rule above every rule whose conditions are a
 * subset of its own, so a higher-priority rule can never cover a lower one: a rule can only be
 * starved by an earlier rule of the same priority (the same kinds of conditions) that matches
 * every call it would. Equal-priority rules that merely can match the same call leave the winner
 * undocumented.
 */
function lintUserRules(model: UserRouting, ties: boolean): RoutingFinding[] {
  const out: RoutingFinding[] = [];
  // Both findings are about equal-priority pairs: without `ties` (validation reports those
  // itself, in near-linear time) there is nothing to compare.
  if (!ties) return out;
  const rules = model.customRules.filter((r) => r.enabled && r.origin && rulePriority(r) !== undefined);
  const byPriority = new Map<number, UserRuleModel[]>();
  rules.forEach((rule) => {
    const p = rulePriority(rule)!;
    if (!byPriority.has(p)) byPriority.set(p, []);
    byPriority.get(p)!.push(rule);
  });
  rules.forEach((b) => {
    const p = rulePriority(b)!;
    const all = byPriority.get(p)!;
    const peers = all.slice(0, all.indexOf(b));
    // A covering rule is an equal-priority overlap too: whoever reports ties (`ties: false`
    // means validation does) reports this pair, once.
    const cover = ties ? peers.find((a) => userCovers(model, a, b)) : undefined;
    if (cover) {
      out.push({
        path: b.origin!,
        message: `custom rule "${b.name}" can never match: "${cover.name}", listed before it with the same priority (${p}), matches every call it would (if RingCentral takes the first listed; it does not document which wins)`,
      });
      return;
    }
    const tie = ties ? peers.find((a) => userOverlap(model, a, b)) : undefined;
    if (tie) {
      out.push({
        path: b.origin!,
        message: `custom rules "${tie.name}" and "${b.name}" have the same priority (${p}) and can match the same call; RingCentral does not document which wins`,
      });
    }
  });
  return out;
}

/** Site rules are tried in order: a rule after one that matches all its calls never runs. */
function lintSiteRules(model: SiteRouting): RoutingFinding[] {
  const out: RoutingFinding[] = [];
  const rules = model.customRules.filter((r) => r.enabled && r.origin);
  rules.forEach((b, j) => {
    const earlier = rules
      .slice(0, j)
      .find(
        (a) =>
          callersCover(a.callers, b.callers, true) &&
          calledCover(a.calledNumbers, b.calledNumbers) &&
          timeCovers(ruleTime(model, a), ruleTime(model, b)),
      );
    if (earlier)
      out.push({
        path: b.origin!,
        message: `custom rule "${b.name}" can never match: "${earlier.name}", listed before it, matches every call it would`,
      });
  });
  return out;
}

/** Schedules worth checking for overlapping or ended ranges: those that can still take effect. */
function lintedSchedules(model: RoutingModel): RoutingSchedule[] {
  if (model.type !== 'user') {
    return [model.businessHours, ...model.customRules.filter((r) => r.enabled && r.schedule).map((r) => r.schedule!)];
  }
  const out = [model.workHours, ...model.customRules.filter((r) => r.enabled && r.schedule).map((r) => r.schedule!)];
  if (model.forwardAll.enabled) out.push(model.forwardAll.schedule);
  if (model.agent.schedule !== 'same-as-work-hours') out.push(model.agent.schedule);
  return out;
}

/**
 * Lint of a routing model built from a manifest document (src/simulate/manifest-to-model.ts):
 * rules that can never match, equal-priority rules that can match the same call, schedule
 * ranges that overlap or have ended. Pure; findings carry the document path to locate them.
 * Models without paths (from live configuration) yield rule findings only where rules have
 * an origin, i.e. none.
 */
export function lintRouting(model: RoutingModel, opts: LintOptions): RoutingFinding[] {
  const rules = model.type === 'user' ? lintUserRules(model, opts.ties ?? true) : lintSiteRules(model);
  const ranges = opts.ranges === false ? [] : lintedSchedules(model).flatMap((s) => lintScheduleRanges(s, opts.now));
  return [...rules, ...ranges];
}
