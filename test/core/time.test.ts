import { describe, expect, it } from 'vitest';
import { canonicalTime, parseDateTimeRange, parseHours, parseLocalDateTime } from '../../src/core/time.js';

describe('parseHours', () => {
  it('reads HH:MM ranges as HH:MM:SS', () => {
    expect(parseHours('09:00-17:00')).toEqual({ ok: true, value: { startTime: '09:00:00', endTime: '17:00:00' } });
  });

  it('accepts seconds', () => {
    expect(parseHours('09:00:00-16:59:59')).toEqual({ ok: true, value: { startTime: '09:00:00', endTime: '16:59:59' } });
  });

  it.each(['24:00', '23:59', '23:59:59'])('sends an end of %s as 23:59:59', (end) => {
    expect(parseHours(`08:00-${end}`)).toEqual({ ok: true, value: { startTime: '08:00:00', endTime: '23:59:59' } });
  });

  it('allows 24:00 only as an end', () => {
    const parsed = parseHours('24:00-08:00');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain('24:00 can only end a range');
  });

  it.each(['17:00-09:00', '09:00-09:00', '12:00:30-12:00:30'])('rejects %s (start not before end)', (text) => {
    const parsed = parseHours(text);
    expect(!parsed.ok && parsed.error).toContain('must start before it ends');
  });

  it.each([
    ['9-5', '"9" is not a time'],
    ['09:00', 'is not a time range'],
    ['09:00-17:00-18:00', 'is not a time range'],
    ['25:00-26:00', 'not a valid time of day'],
    ['09:60-10:00', 'not a valid time of day'],
    ['09:00:60-10:00', 'not a valid time of day'],
    ['24:30', 'is not a time range'],
  ])('rejects %s', (text, fragment) => {
    const parsed = parseHours(text);
    expect(!parsed.ok && parsed.error).toContain(fragment);
  });
});

describe('parseLocalDateTime', () => {
  it('adds seconds', () => {
    expect(parseLocalDateTime('2026-12-24T00:00')).toEqual({ ok: true, value: '2026-12-24T00:00:00' });
  });

  it('reads an end of 23:59 as the whole day', () => {
    expect(parseLocalDateTime('2026-12-26T23:59', true)).toEqual({ ok: true, value: '2026-12-26T23:59:59' });
  });

  it.each(['2026-02-30T00:00', '2026-13-01T00:00', '2025-02-29T10:00', '2026-04-31T00:00'])('rejects the impossible date %s', (text) => {
    const parsed = parseLocalDateTime(text);
    expect(!parsed.ok && parsed.error).toContain('is not a calendar date');
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseLocalDateTime('2028-02-29T10:00').ok).toBe(true);
  });

  it.each(['2026-12-24', '2026-12-24T00:00Z', '2026-12-24T00:00+01:00', '24/12/2026 00:00'])(
    'rejects %s (not a local date-time)',
    (text) => {
      const parsed = parseLocalDateTime(text);
      expect(!parsed.ok && parsed.error).toContain('without a zone');
    },
  );
});

describe('parseDateTimeRange', () => {
  it('maps a range to API strings', () => {
    expect(parseDateTimeRange('2026-12-20T00:00', '2027-01-02T23:59')).toEqual({
      ok: true,
      value: { start: '2026-12-20T00:00:00', end: '2027-01-02T23:59:59' },
    });
  });

  it('requires from before to', () => {
    const parsed = parseDateTimeRange('2027-01-02T00:00', '2026-12-20T00:00');
    expect(!parsed.ok && parsed.error).toContain('must start before it ends');
  });
});

describe('canonicalTime (live values from any server)', () => {
  it('reads HH:MM, HH:MM:SS and fractions alike, and end-of-day spellings as 23:59:59', () => {
    expect(canonicalTime('09:00')).toBe('09:00:00');
    expect(canonicalTime('09:00:00.000')).toBe('09:00:00');
    expect(canonicalTime('24:00', true)).toBe('23:59:59');
    expect(canonicalTime('23:59', true)).toBe('23:59:59');
  });
});
