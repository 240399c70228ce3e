import { describe, expect, it } from 'vitest';
import { scheduleForm, scheduleIsAlways, toTriggers, toV1WeeklyRanges } from '../../src/core/schedule.js';

const allWeek = (hours: string) =>
  Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, [hours]]));

describe('scheduleForm', () => {
  it.each([
    ['always', 'always'],
    [{ daily: '08:00-18:00' }, 'daily'],
    [{ weekly: { monday: ['08:00-12:00'] } }, 'weekly'],
    [{ ranges: [] }, 'ranges'],
    ['sometimes', undefined],
    [{ hourly: 1 }, undefined],
  ])('%j is %s', (schedule, form) => {
    expect(scheduleForm(schedule)).toBe(form);
  });
});

describe('toTriggers', () => {
  it('maps always to a 24-hour daily trigger', () => {
    expect(toTriggers('always')).toEqual([{ triggerType: 'Daily', startTime: '00:00:00', endTime: '23:59:59' }]);
  });

  it('sorts weekly ranges and drops empty days', () => {
    expect(toTriggers({ weekly: { monday: ['13:00-17:00', '08:00-12:00'], tuesday: [] } })).toEqual([
      {
        triggerType: 'Weekly',
        ranges: {
          monday: [
            { startTime: '08:00:00', endTime: '12:00:00' },
            { startTime: '13:00:00', endTime: '17:00:00' },
          ],
        },
      },
    ]);
  });

  it('maps date-time ranges with the end of day', () => {
    expect(toTriggers({ ranges: [{ from: '2026-12-24T00:00', to: '2026-12-26T23:59' }] })).toEqual([
      { triggerType: 'Range', ranges: [{ startDateTime: '2026-12-24T00:00:00', endDateTime: '2026-12-26T23:59:59' }] },
    ]);
  });
});

describe('scheduleIsAlways', () => {
  it.each([
    ['always', true],
    [{ daily: '00:00-24:00' }, true],
    [{ daily: '00:00-23:59' }, true],
    [{ weekly: allWeek('00:00-24:00') }, true],
    [{ daily: '08:00-16:00' }, false],
    [{ weekly: { ...allWeek('00:00-24:00'), sunday: ['00:00-12:00'] } }, false],
    [{ weekly: { monday: ['00:00-24:00'] } }, false],
  ] as const)('%j → %s', (schedule, always) => {
    expect(scheduleIsAlways(schedule as never)).toBe(always);
  });
});

describe('toV1WeeklyRanges', () => {
  it('writes HH:MM and treats always as empty (24/7)', () => {
    expect(toV1WeeklyRanges('always')).toEqual({});
    expect(toV1WeeklyRanges({ weekly: { friday: ['09:00-24:00'] } })).toEqual({ friday: [{ from: '09:00', to: '23:59' }] });
  });
});
