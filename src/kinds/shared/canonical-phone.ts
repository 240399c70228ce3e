import { normalizePhone } from '../../core/phone.js';

/**
 * A live phone number in E.164 for comparison: RingCentral's own examples write caller ids
 * without the `+` (`14132223333`), while ringform sends E.164. Anything that is not a possible
 * number is compared as written.
 */
export function canonicalPhone(value: unknown): string {
  const r = normalizePhone(String(value ?? ''));
  return r.ok ? r.value : String(value ?? '');
}
