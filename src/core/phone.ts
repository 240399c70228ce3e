import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import type { Parsed } from './time.js';

const LENGTH_PROBLEMS: Record<string, string> = {
  INVALID_COUNTRY: 'no such country code',
  TOO_SHORT: 'too short',
  TOO_LONG: 'too long',
  INVALID_LENGTH: 'wrong length for its country',
  NOT_A_NUMBER: 'not a number',
};

/**
 * The one home of libphonenumber-js. Numbers are normalized to E.164; a number that is not
 * *possible* (wrong length, unknown country code, letters) is rejected, but numbering-plan
 * validity is not checked: plans change, and RingCentral's own examples use unallocated numbers.
 * Numbers written without a country code are read as North American.
 */
export function normalizePhone(input: unknown): Parsed<string> {
  // The same numbers recur across documents, validation, compile and live normalization.
  const key = typeof input === 'string' || typeof input === 'number' ? String(input) : undefined;
  const hit = key === undefined ? undefined : cache.get(key);
  if (hit) return hit;
  const result = parse(input);
  if (key !== undefined && cache.size < 100_000) cache.set(key, result);
  return result;
}

const cache = new Map<string, Parsed<string>>();

function parse(input: unknown): Parsed<string> {
  const text = typeof input === 'number' ? String(input) : input;
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, error: 'a phone number must be a non-empty string' };
  }
  if (/[A-Za-z]/.test(text)) return { ok: false, error: `"${text}" is not a phone number (it contains letters)` };
  if (!/^[+\d\s().-]+$/.test(text)) return { ok: false, error: `"${text}" is not a phone number` };
  const country = text.trim().startsWith('+') ? undefined : 'US';
  const lengthProblem = validatePhoneNumberLength(text, country);
  if (lengthProblem) {
    const reason = LENGTH_PROBLEMS[lengthProblem] ?? 'wrong length or country code';
    return { ok: false, error: `"${text}" is not a possible phone number (${reason})` };
  }
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed?.isPossible()) {
    return { ok: false, error: `"${text}" is not a possible phone number (wrong length or country code)` };
  }
  return { ok: true, value: parsed.number };
}
