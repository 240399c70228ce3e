import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../src/render/progress-line.js';

const CLEAR = '\r\x1b[2K';

describe('createProgress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes nothing at all when disabled', () => {
    const out: string[] = [];
    const progress = createProgress((s) => out.push(s), false);
    progress.update(1, 3, 'reading user 101');
    vi.advanceTimersByTime(1000);
    progress.done();
    expect(out).toEqual([]);
  });

  it('redraws one line, at most ten times a second, and draws the latest state late', () => {
    const out: string[] = [];
    const progress = createProgress((s) => out.push(s), true);
    progress.update(1, 40, 'reading user 101');
    for (let i = 2; i <= 20; i += 1) progress.update(i, 40, `reading user ${100 + i}`);
    expect(out).toEqual([`${CLEAR}[1/40] reading user 101`]);
    vi.advanceTimersByTime(100);
    expect(out).toEqual([`${CLEAR}[1/40] reading user 101`, `${CLEAR}[20/40] reading user 120`]);
    vi.advanceTimersByTime(1000);
    expect(out).toHaveLength(2);
    for (let t = 0; t < 1000; t += 10) {
      vi.advanceTimersByTime(10);
      progress.update(21, 40, 'applying');
    }
    // 1000 ms of updates every 10 ms: no more than ten redraws.
    expect(out.length - 2).toBeLessThanOrEqual(10);
  });

  it('clears its line when done and drops a pending redraw', () => {
    const out: string[] = [];
    const progress = createProgress((s) => out.push(s), true);
    progress.update(1, 2, 'a');
    progress.update(2, 2, 'b');
    progress.done();
    vi.advanceTimersByTime(500);
    expect(out).toEqual([`${CLEAR}[1/2] a`, CLEAR]);
  });

  it('keeps the line to one terminal row', () => {
    const out: string[] = [];
    createProgress((s) => out.push(s), true).update(1, 2, 'x'.repeat(300));
    expect(out[0].length - CLEAR.length).toBeLessThanOrEqual(79);
  });
});

describe('createProgressLog (no terminal)', () => {
  it('prints a plain line at most once per interval, and nothing for short runs', async () => {
    const { createProgressLog } = await import('../../src/render/progress-log.js');
    let t = 0;
    const lines: string[] = [];
    const log = createProgressLog(
      (s) => lines.push(s),
      30_000,
      () => t,
    );
    log.update(1, 100, 'read user 101');
    t = 29_999;
    log.update(2, 100, 'read user 102');
    expect(lines).toEqual([]);
    t = 30_000;
    log.update(3, 100, 'read user 103');
    t = 45_000;
    log.update(4, 100, 'read user 104');
    expect(lines).toEqual(['[3/100] read user 103\n']);
    expect(lines.join('')).not.toContain('\r');
  });
});
