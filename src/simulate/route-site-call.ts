import type { HandledBy, RoutingCall, RoutingOutcome, SiteAction, SiteRouting, SiteRuleModel } from '../core/routing.js';
import type { LocalMoment } from '../core/local-time.js';
import { calledNumbersMatch, callersMatch } from './rule-conditions.js';
import { scheduleMatches } from './schedule-model.js';

function ruleMatches(model: SiteRouting, rule: SiteRuleModel, call: RoutingCall, m: LocalMoment): boolean {
  if (!rule.enabled) return false;
  if (!callersMatch(rule.callers, call, true) || !calledNumbersMatch(rule.calledNumbers, call)) return false;
  if (rule.schedule && !scheduleMatches(rule.schedule, m)) return false;
  if (rule.scheduleRef && (rule.scheduleRef === 'business-hours') !== scheduleMatches(model.businessHours, m)) return false;
  return true;
}

function transferOutcome(kind: HandledBy['kind'], name: string, action: SiteAction): RoutingOutcome {
  const out: RoutingOutcome = {
    handledBy: { kind, name, ...(action.defaulted ? { default: true } : {}) },
    greetings: [],
    ring: [],
    ringOrder: 'at-once',
    endsAt: {
      type: 'transfer',
      ...(action.transferTo !== undefined ? { target: action.transferTo, targetType: 'extension' as const } : {}),
    },
    notes: [],
  };
  if (action.end) {
    // Company Operator/Disconnect: the company greeting plays first (left as it is live).
    out.greetings.push({ kind: 'welcome', detail: action.greeting ? `company greeting, ${action.greeting}` : 'company greeting' });
    out.endsAt = { type: action.end };
  } else if (action.transferTo === undefined) {
    out.endsAt.default = true;
    out.notes.push(`the manifest does not state the ${name} rule: the call goes wherever that rule points live`);
  }
  return out;
}

/**
 * RingCentral's site order (site-call-handling.md): enabled custom rules in the order listed,
 * the first whose conditions all match wins; otherwise the business-hours or after-hours rule
 * by the business-hours schedule (`defaultRules` names them in the outcome). Site rules always transfer to an extension; the company's
 * main number follows the same order, its rules transferring (Bypass) or playing the company
 * greeting before the operator or a hang-up.
 */
export function routeSiteCall(
  model: SiteRouting,
  call: RoutingCall,
  m: LocalMoment,
  defaultRules: 'site-rule' | 'company-rule',
): RoutingOutcome {
  const index = model.customRules.findIndex((r) => ruleMatches(model, r, call, m));
  if (index >= 0) {
    const rule = model.customRules[index];
    return transferOutcome('custom-rule', rule.name, {
      transferTo: rule.transferTo,
      defaulted: false,
      ...(rule.end && { end: rule.end }),
      ...(rule.greeting && { greeting: rule.greeting }),
    });
  }
  const name = scheduleMatches(model.businessHours, m) ? 'business-hours' : 'after-hours';
  return transferOutcome(defaultRules, name, model.rules[name]);
}
