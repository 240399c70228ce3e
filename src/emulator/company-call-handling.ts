import type { Json } from './json-value.js';
import { V1CallHandling } from './v1-call-handling.js';

/**
 * The company's v1 call handling (the main number): business hours (`weeklyRanges`, empty is
 * 24/7) and company answering rules. The business-hours rule always exists; the after-hours rule
 * exists exactly while business hours are not 24/7; custom rules are evaluated in order.
 * `callHandlingAction` is Operator (company greeting, then the operator), Disconnect (greeting,
 * then hang up) or Bypass (skip the greeting, straight to `extensionId`). A rule's `greetings`
 * take predefined greetings only (the spec: "only predefined greetings can be applied").
 */

export const COMPANY_BUSINESS_HOURS_RULE = 'business-hours-rule';
export const COMPANY_AFTER_HOURS_RULE = 'after-hours-rule';

export interface CompanyRule {
  id: string;
  type: 'BusinessHours' | 'AfterHours' | 'Custom';
  name?: string;
  enabled: boolean;
  schedule?: Json;
  callers?: Json[];
  calledNumbers?: Json[];
  callHandlingAction: 'Operator' | 'Disconnect' | 'Bypass';
  extensionId?: string;
  /** Predefined greetings set on the rule (`{type, preset: {id}}`), one per type; absent until set. */
  greetings?: Json[];
}

export class CompanyCallHandling extends V1CallHandling<CompanyRule> {
  readonly rules: CompanyRule[] = [
    {
      id: COMPANY_BUSINESS_HOURS_RULE,
      type: 'BusinessHours',
      enabled: true,
      schedule: { ref: 'BusinessHours' },
      callHandlingAction: 'Operator',
    },
  ];

  protected readonly afterHoursId = COMPANY_AFTER_HOURS_RULE;

  /** Operator, as RingCentral starts it. */
  protected newAfterHoursRule(): CompanyRule {
    return {
      id: COMPANY_AFTER_HOURS_RULE,
      type: 'AfterHours',
      enabled: true,
      schedule: { ref: 'AfterHours' },
      callHandlingAction: 'Operator',
    };
  }
}
