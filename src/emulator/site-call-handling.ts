import type { Json } from './json-value.js';

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

export class SiteCallHandling {
  /** v1 form, `{monday: [{from, to}]}`, only days with ranges; `{}` is 24/7. */
  weeklyRanges: Json = {};
  readonly rules: SiteRule[];

  constructor(transferId: string) {
    this.rules = [{ id: BUSINESS_HOURS_RULE, type: 'BusinessHours', enabled: true, schedule: { ref: 'BusinessHours' }, transferId }];
  }

  get alwaysOpen(): boolean {
    return Object.keys(this.weeklyRanges).length === 0;
  }

  rule(id: string): SiteRule | undefined {
    return this.rules.find((r) => r.id === id);
  }

  /**
   * Creates the after-hours rule when business hours stop being 24/7 (transferring where the
   * business-hours rule transfers) and removes it when they become 24/7 again.
   */
  syncAfterHours(): void {
    const index = this.rules.findIndex((r) => r.id === AFTER_HOURS_RULE);
    if (this.alwaysOpen && index >= 0) this.rules.splice(index, 1);
    if (!this.alwaysOpen && index < 0) {
      const transferId = this.rule(BUSINESS_HOURS_RULE)!.transferId;
      this.rules.splice(1, 0, {
        id: AFTER_HOURS_RULE,
        type: 'AfterHours',
        enabled: true,
        schedule: { ref: 'AfterHours' },
        transferId,
      });
    }
  }
}
