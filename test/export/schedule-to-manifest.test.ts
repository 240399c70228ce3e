import { describe, expect, it } from 'vitest';
import { triggersToSchedule, v1RangesToManifest, v1WeeklyToSchedule } from '../../src/export/schedule-to-manifest.js';

const daily = (startTime: string, endTime: string) => [{ triggerType: 'Daily', startTime, endTime }];
const ALL = ['always', 'daily', 'weekly', 'ranges'] as const;

describe('triggersToSchedule', () => {
  it('24/7 is `always` where the place takes it, else daily', () => {
    expect(triggersToSchedule(daily('00:00:00', '23:59:59'), ALL)).toEqual({ ok: true, value: 'always' });
    expect(triggersToSchedule(daily('00:00', '24:00'), ALL)).toEqual({ ok: true, value: 'always' });
    expect(triggersToSchedule(daily('00:00:00', '23:59:59'), ['daily'])).toEqual({ ok: true, value: { daily: '00:00-24:00' } });
  });

  it('times are HH:MM, with seconds only when they are not :00; the end of the day is 24:00', () => {
    expect(triggersToSchedule(daily('08:00:00', '18:00:00'), ALL)).toEqual({ ok: true, value: { daily: '08:00-18:00' } });
    expect(triggersToSchedule(daily('09:00:00', '16:59:59'), ALL)).toEqual({ ok: true, value: { daily: '09:00-16:59:59' } });
    const weekly = [
      {
        triggerType: 'Weekly',
        ranges: {
          sunday: [{ startTime: '18:00:00', endTime: '23:59:59' }],
          monday: [
            { startTime: '13:00:00', endTime: '17:00:00' },
            { startTime: '08:00:00', endTime: '12:00:00' },
          ],
        },
      },
    ];
    const out = triggersToSchedule(weekly, ALL);
    expect(out).toEqual({ ok: true, value: { weekly: { monday: ['08:00-12:00', '13:00-17:00'], sunday: ['18:00-24:00'] } } });
    expect(Object.keys((out as any).value.weekly)).toEqual(['monday', 'sunday']);
  });

  it('date ranges: an end at 23:59:59 is written T23:59 (the whole day)', () => {
    const ranges = [{ triggerType: 'Range', ranges: [{ startDateTime: '2026-12-24T00:00:00', endDateTime: '2026-12-26T23:59:59' }] }];
    expect(triggersToSchedule(ranges, ALL)).toEqual({
      ok: true,
      value: { ranges: [{ from: '2026-12-24T00:00', to: '2026-12-26T23:59' }] },
    });
  });

  it('fails on what the place does not take or compile cannot reproduce', () => {
    expect(triggersToSchedule(daily('08:00:00', '18:00:00'), ['weekly', 'ranges'])).toEqual({
      ok: false,
      why: 'the daily schedule 08:00:00-18:00:00',
    });
    expect(triggersToSchedule(daily('22:00:00', '06:00:00'), ALL).ok).toBe(false);
    expect(triggersToSchedule([], ALL)).toEqual({ ok: false, why: 'a schedule with 0 triggers' });
    const endsAt2359 = [{ triggerType: 'Range', ranges: [{ startDateTime: '2026-12-24T00:00:00', endDateTime: '2026-12-26T23:59:00' }] }];
    // An end at 23:59:00 means the end of that day, as 23:59:59 does, so it can be written.
    expect(triggersToSchedule(endsAt2359, ALL).ok).toBe(true);
  });
});

describe('v1 schedules (sites)', () => {
  it('an empty weekly schedule is `always`; days come out in week order', () => {
    expect(v1WeeklyToSchedule({}, true)).toEqual({ ok: true, value: 'always' });
    expect(v1WeeklyToSchedule({ tuesday: [{ from: '09:00', to: '23:59' }], monday: [{ from: '09:00', to: '17:00' }] }, true)).toEqual({
      ok: true,
      value: { weekly: { monday: ['09:00-17:00'], tuesday: ['09:00-24:00'] } },
    });
    expect(v1WeeklyToSchedule({}, false).ok).toBe(false);
  });

  it('ranges round-trip through the parser compile uses', () => {
    expect(v1RangesToManifest([{ from: '2026-12-24T00:00:00Z', to: '2026-12-26T23:59:59' }])).toEqual({
      ok: true,
      value: [{ from: '2026-12-24T00:00', to: '2026-12-26T23:59' }],
    });
    expect(v1RangesToManifest([{ from: '2026-12-24T00:00:00' }]).ok).toBe(false);
  });
});
