import type { ExtRef } from '../core/manifest.js';
import { normalizePhone } from '../core/phone.js';

/**
 * How the model names an extension reference as written: the number (`"102"`), the id, the
 * email or the name. Without the account's extension list a reference cannot be resolved, so
 * references compare by label, case-insensitively.
 */
export function refLabel(ref: ExtRef): string {
  if (typeof ref === 'string' || typeof ref === 'number') return String(ref).trim();
  if ('id' in ref) return String(ref.id).trim();
  if ('email' in ref) return String(ref.email).trim();
  return String(ref.name).trim();
}

export function sameLabel(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** E.164 when the text is a possible number, else the text as written (validation reports it). */
export function e164OrAsWritten(phone: unknown): string {
  const parsed = normalizePhone(phone);
  return parsed.ok ? parsed.value : String(phone);
}
