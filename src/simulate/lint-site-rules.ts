import type { SiteRouting } from '../core/routing.js';
import { calledCover, callersCover } from './condition-coverage.js';
import type { RoutingFinding } from './lint-routing.js';
import { ruleTime, timeCovers } from './rule-time.js';

/** Site and company rules are tried in the order RingCentral lists them: a rule after one that matches all its calls never runs. */
export function lintSiteRules(model: SiteRouting): RoutingFinding[] {
  const out: RoutingFinding[] = [];
  const rules = model.customRules.filter((r) => r.enabled && r.origin);
  rules.forEach((b, j) => {
    const earlier = rules
      .slice(0, j)
      .find(
        (a) =>
          callersCover(a.callers, b.callers, true) &&
          calledCover(a.calledNumbers, b.calledNumbers) &&
          timeCovers(ruleTime(model.businessHours, a), ruleTime(model.businessHours, b)),
      );
    if (earlier)
      out.push({
        path: b.origin!,
        // The document's order is the live one: rules are created in it, and a plan says when live differs.
        message: `custom rule "${b.name}" can never match: "${earlier.name}", listed (and so tried) before it, matches every call it would`,
      });
  });
  return out;
}
