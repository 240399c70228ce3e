import type { Json } from './json-value.js';

/**
 * What sites, the company and call queues share in v1 call handling: business hours
 * (`weeklyRanges` in v1 form, `{monday: [{from, to}]}`, only days with ranges; `{}` is 24/7) and
 * answering rules, of which the after-hours rule exists exactly while business hours are not
 * 24/7 (site-call-handling.md, callqueue-answering-rules.md). Each owner says only how its
 * after-hours rule starts.
 */
export abstract class V1CallHandling<R extends { id: string }> {
  weeklyRanges: Json = {};
  abstract readonly rules: R[];

  /** The id the after-hours rule has while it exists. */
  protected abstract readonly afterHoursId: string;

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
    const index = this.rules.findIndex((r) => r.id === this.afterHoursId);
    if (this.alwaysOpen && index >= 0) this.rules.splice(index, 1);
    if (!this.alwaysOpen && index < 0) this.rules.splice(1, 0, this.newAfterHoursRule());
  }
}
