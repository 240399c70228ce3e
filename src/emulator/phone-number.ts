import { normalizePhone } from '../core/phone.js';

/**
 * RingCentral wants phone numbers in E.164 (`+` and digits). A number counts when it is written
 * exactly as its own E.164 normalization and is a possible number; numbering-plan validity is
 * not checked, since RingCentral's own examples use unallocated numbers (+16501111111).
 */
export function isE164(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\+[1-9]\d{6,14}$/.test(v)) return false;
  const n = normalizePhone(v);
  return n.ok && n.value === v;
}
