import { describe, expect, it } from 'vitest';
import { manifestDiff } from '../../src/diff/manifest-diff.js';

const at = ['rules', 'work-hours'];
const ring = (...groups: unknown[]) => ({ ring: { order: 'in-order', groups } });
const [mobile, desktop, kim] = [
  { targets: ['mobile-apps'], seconds: 20 },
  { targets: ['desktop-apps'], seconds: 20 },
  { targets: [{ coworker: '102' }], seconds: 30 },
];

describe('manifestDiff of ring groups (issue 18 finding 4)', () => {
  it('an own-apps group the manifest form leaves out was switched off, not removed', () => {
    expect(manifestDiff(ring(mobile, desktop), ring(mobile), at)).toEqual([
      { path: 'rules.work-hours.ring.groups[1].enabled', before: true, after: false },
    ]);
  });

  it('and one that appears was switched on', () => {
    expect(manifestDiff(ring(kim), ring(kim, mobile), at)).toEqual([
      { path: 'rules.work-hours.ring.groups[1].enabled', before: false, after: true },
    ]);
  });

  it('a disabled group of other targets says enabled: true → false', () => {
    expect(manifestDiff(ring(mobile, kim), ring(mobile, { ...kim, enabled: false }), at)).toEqual([
      { path: 'rules.work-hours.ring.groups[1].enabled', before: true, after: false },
    ]);
  });

  it('groups are matched by their targets: a new group on top is one addition, a changed one its change', () => {
    expect(manifestDiff(ring(mobile, desktop), ring(kim, mobile, { ...desktop, seconds: 25 }), at)).toEqual([
      { path: 'rules.work-hours.ring.groups[0]', after: kim },
      { path: 'rules.work-hours.ring.groups[2].seconds', before: 20, after: 25 },
    ]);
  });

  it('a group whose place in the ring order changed is shown where it goes, with where it was', () => {
    expect(manifestDiff(ring(mobile, desktop, kim), ring(kim, mobile, desktop), at)).toEqual([
      { path: 'rules.work-hours.ring.groups[0]', movedFrom: 'rules.work-hours.ring.groups[2]', before: kim, after: kim },
    ]);
    const faster = { ...kim, seconds: 15 };
    expect(manifestDiff(ring(mobile, kim), ring(faster, mobile), at)).toEqual([
      { path: 'rules.work-hours.ring.groups[0]', movedFrom: 'rules.work-hours.ring.groups[1]', before: kim, after: faster },
    ]);
  });

  it('a removed group is shown at its old place', () => {
    expect(manifestDiff(ring(kim, mobile), ring(mobile), at)).toEqual([{ path: 'rules.work-hours.ring.groups[0]', before: kim }]);
  });
});

describe('manifestDiff of other lists', () => {
  it('an element that moved unchanged is one entry that says where it was', () => {
    expect(manifestDiff({ callers: ['a', 'b', 'c'] }, { callers: ['c', 'a', 'b'] })).toEqual([
      { path: 'callers[0]', movedFrom: 'callers[2]', before: 'c', after: 'c' },
    ]);
  });
});
