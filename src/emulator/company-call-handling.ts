import type { Json } from './json-value.js';
import { V1CallHandling, defaultRule, type V1Rule } from './v1-call-handling.js';

/**
 * The company's v1 call handling (the main number): business hours (`weeklyRanges`, empty is
 * 24/7) and company answering rules. The business-hours rule always exists; the after-hours rule
 * exists exactly while business hours are not 24/7; custom rules are evaluated in order.
 * `callHandlingAction` is Operator (company greeting, then the operator), Disconnect (greeting,
 * then hang up) or Bypass (skip the greeting, straight to `extensionId`). A rule's `greetings`
 * take predefined greetings only (the spec: "only predefined greetings can be applied").
 */

export interface CompanyRule extends V1Rule {
  callHandlingAction: 'Operator' | 'Disconnect' | 'Bypass';
  extensionId?: string;
  /** Predefined greetings set on the rule (`{type, preset: {id}}`), one per type; absent until set. */
  greetings?: Json[];
}

export class CompanyCallHandling extends V1CallHandling<CompanyRule> {
  readonly rules: CompanyRule[] = [{ ...defaultRule('BusinessHours'), callHandlingAction: 'Operator' }];

  /** Operator, as RingCentral starts it. */
  protected newAfterHoursRule(): CompanyRule {
    return { ...defaultRule('AfterHours'), callHandlingAction: 'Operator' };
  }
}
