import type { UserRouting, UserRuleModel } from '../core/routing.js';
import { calledCover, calledOverlap, callersCover, callersOverlap } from './condition-coverage.js';
import type { RoutingFinding } from './lint-routing.js';
import { rulePriority } from './rule-conditions.js';
import { ruleTime, timeCovers, timesOverlap } from './rule-time.js';

/** True when every call `inner` would match, `outer` matches too (and `outer` sees queue calls if `inner` does). */
function userCovers(model: UserRouting, outer: UserRuleModel, inner: UserRuleModel): boolean {
  return (
    (outer.queueCalls || !inner.queueCalls) &&
    callersCover(outer.callers, inner.callers, false) &&
    calledCover(outer.calledNumbers, inner.calledNumbers) &&
    timeCovers(ruleTime(model.workHours, outer), ruleTime(model.workHours, inner))
  );
}

function userOverlap(model: UserRouting, a: UserRuleModel, b: UserRuleModel): boolean {
  return (
    callersOverlap(a.callers, b.callers, false) &&
    calledOverlap(a.calledNumbers, b.calledNumbers) &&
    timesOverlap(ruleTime(model.workHours, a), ruleTime(model.workHours, b))
  );
}

/**
 * User custom rules. RingCentral's table ranks a rule above every rule whose conditions are a
 * subset of its own, so a higher-priority rule can never cover a lower one: a rule can only be
 * starved by an earlier rule of the same priority (the same kinds of conditions) that matches
 * every call it would. Equal-priority rules that merely can match the same call leave the winner
 * undocumented.
 */
export function lintUserRules(model: UserRouting, ties: boolean): RoutingFinding[] {
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
