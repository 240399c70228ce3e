import type { Json } from './json-value.js';

/** The id the business-hours rule has on every owner. */
export const BUSINESS_HOURS_RULE = 'business-hours-rule';
/** The id the after-hours rule has while it exists. */
export const AFTER_HOURS_RULE = 'after-hours-rule';

export type V1RuleType = 'BusinessHours' | 'AfterHours' | 'Custom';

/** What every v1 answering rule has, whoever owns it: identity, state and conditions. */
export interface V1Rule {
  id: string;
  type: V1RuleType;
  name?: string;
  enabled: boolean;
  /** `{ref}` for the default rules; custom rules may have none (callers or numbers only). */
  schedule?: Json;
  callers?: Json[];
  calledNumbers?: Json[];
}

/** A default rule as RingCentral creates it: enabled, on the schedule it is named after. */
export function defaultRule<T extends 'BusinessHours' | 'AfterHours'>(type: T): V1Rule & { type: T } {
  return { id: type === 'BusinessHours' ? BUSINESS_HOURS_RULE : AFTER_HOURS_RULE, type, enabled: true, schedule: { ref: type } };
}

/**
 * What sites, the company and call queues share in v1 call handling: business hours
 * (`weeklyRanges` in v1 form, `{monday: [{from, to}]}`, only days with ranges; `{}` is 24/7) and
 * answering rules, of which the after-hours rule exists exactly while business hours are not
 * 24/7 (site-call-handling.md, callqueue-answering-rules.md). Each owner says only how its
 * after-hours rule starts.
 */
export abstract class V1CallHandling<R extends V1Rule> {
  weeklyRanges: Json = {};
  abstract readonly rules: R[];

  /** The after-hours rule as RingCentral creates it when business hours stop being 24/7. */
  protected abstract newAfterHoursRule(): R;

  get alwaysOpen(): boolean {
    return Object.keys(this.weeklyRanges).length === 0;
  }

  rule(id: string): R | undefined {
    return this.rules.find((r) => r.id === id);
  }

  /** The after-hours rule appears (second, after the business-hours rule) and disappears with business hours. */
  syncAfterHours(): void {
    const index = this.rules.findIndex((r) => r.id === AFTER_HOURS_RULE);
    if (this.alwaysOpen && index >= 0) this.rules.splice(index, 1);
    if (!this.alwaysOpen && index < 0) this.rules.splice(1, 0, this.newAfterHoursRule());
  }
}
