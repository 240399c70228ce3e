import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../src/core/phone.js';

describe('normalizePhone', () => {
  it.each([
    ['(408) 123-4567', '+14081234567'],
    ['408-123-4567', '+14081234567'],
    ['+1 408 123 4567', '+14081234567'],
    ['+44 20 7123 4567', '+442071234567'],
    ['+442071234567', '+442071234567'],
    // Unallocated, but possible: RingCentral's own examples use such numbers.
    ['+16501111111', '+16501111111'],
  ])('normalizes %s to %s', (input, e164) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value: e164 });
  });

  it.each([
    ['1-800-FLOWERS', 'it contains letters'],
    ['+1 408 CALL NOW', 'it contains letters'],
    ['555-0100', 'too short'],
    ['+1408', 'too short'],
    ['+1 408 123 45678901', 'too long'],
    ['+9991234567', 'no such country code'],
    ['+999 1234 5678', 'no such country code'],
    ['408#1234567', 'is not a phone number'],
    ['', 'non-empty string'],
  ])('rejects %s', (input, fragment) => {
    const parsed = normalizePhone(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(fragment);
  });

  it('rejects values that are not text', () => {
    expect(normalizePhone(undefined).ok).toBe(false);
    expect(normalizePhone({}).ok).toBe(false);
  });
});
