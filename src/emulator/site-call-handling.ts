import type { Json } from './json-value.js';
import { V1CallHandling } from './v1-call-handling.js';

/**
 * One site's v1 call handling (site-call-handling.md): business hours (`weeklyRanges`, empty
 * means 24/7) and answering rules. The business-hours rule always exists; the after-hours rule
 * exists exactly while business hours are not 24/7; custom rules transfer to an extension.
 */

export const BUSINESS_HOURS_RULE = 'business-hours-rule';
export const AFTER_HOURS_RULE = 'after-hours-rule';

export interface SiteRule {
  id: string;
  type: 'BusinessHours' | 'AfterHours' | 'Custom';
  name?: string;
  enabled: boolean;
  /** `{ref}` for the default rules; custom rules may have none (callers or numbers only). */
  schedule?: Json;
  callers?: Json[];
  calledNumbers?: Json[];
  /** The extension calls are transferred to (callHandlingAction is always TransferToExtension). */
  transferId: string;
}

export class SiteCallHandling extends V1CallHandling<SiteRule> {
  readonly rules: SiteRule[];

  constructor(transferId: string) {
    super();
    this.rules = [{ id: BUSINESS_HOURS_RULE, type: 'BusinessHours', enabled: true, schedule: { ref: 'BusinessHours' }, transferId }];
  }

  protected readonly afterHoursId = AFTER_HOURS_RULE;

  /** Transferring where the business-hours rule transfers. */
  protected newAfterHoursRule(): SiteRule {
    const transferId = this.rule(BUSINESS_HOURS_RULE)!.transferId;
    return { id: AFTER_HOURS_RULE, type: 'AfterHours', enabled: true, schedule: { ref: 'AfterHours' }, transferId };
  }
}
