import { BUSINESS_HOURS_RULE, V1CallHandling, defaultRule, type V1Rule } from './v1-call-handling.js';

/**
 * One site's v1 call handling (site-call-handling.md): business hours (`weeklyRanges`, empty
 * means 24/7) and answering rules. The business-hours rule always exists; the after-hours rule
 * exists exactly while business hours are not 24/7; custom rules transfer to an extension.
 */

export interface SiteRule extends V1Rule {
  /** The extension calls are transferred to (callHandlingAction is always TransferToExtension). */
  transferId: string;
}

export class SiteCallHandling extends V1CallHandling<SiteRule> {
  readonly rules: SiteRule[];

  constructor(transferId: string) {
    super();
    this.rules = [{ ...defaultRule('BusinessHours'), transferId }];
  }

  /** Transferring where the business-hours rule transfers. */
  protected newAfterHoursRule(): SiteRule {
    const transferId = this.rule(BUSINESS_HOURS_RULE)!.transferId;
    return { ...defaultRule('AfterHours'), transferId };
  }
}
