import { normalizePhone } from '../core/phone.js';

/** Result of converting one live value: the manifest value, or why it cannot be written. */
export type Converted<T> = { ok: true; value: T } | { ok: false; why: string };

export const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
export const fail = <T = never>(why: string): Converted<T> => ({ ok: false, why });

/** A live phone number as a manifest writes it: E.164, or undefined when it is not a possible number. */
export function exactE164(phone: unknown): string | undefined {
  if (typeof phone !== 'string' && typeof phone !== 'number') return undefined;
  // The planner compares live numbers in E.164 (RingCentral's own samples write caller ids as
  // `14132223333`), so any possible number can be written in its E.164 form.
  const parsed = normalizePhone(String(phone));
  return parsed.ok ? parsed.value : undefined;
}

/**
 * A live phone number in E.164 for comparison: RingCentral's own examples write caller ids
 * without the `+` (`14132223333`), while ringform sends E.164. Anything that is not a possible
 * number is compared as written.
 */
export function canonicalPhone(value: unknown): string {
  const r = normalizePhone(String(value ?? ''));
  return r.ok ? r.value : String(value ?? '');
}
