import { describe, expect, it } from 'vitest';
import type { RoutingTarget } from '../../src/core/routing.js';
import type { ApiRingTarget } from '../../src/parts/part.js';
import { ringTargetByApiType, ringTargetByKey } from '../../src/parts/registry.js';
import { compileEnv, exportEnv, label } from './helpers.js';

/** Each named ring target: written form → API → comparable → written form again, and its words. */
const CASES: { written: unknown; api: ApiRingTarget; routing: RoutingTarget; text: string; review: string }[] = [
  { written: 'mobile-apps', api: { type: 'AllMobileRingTarget' }, routing: 'mobile-apps', text: 'mobile apps', review: 'mobile apps' },
  { written: 'desktop-apps', api: { type: 'AllDesktopRingTarget' }, routing: 'desktop-apps', text: 'desktop apps', review: 'desktop apps' },
  {
    written: { coworker: '102' },
    api: { type: 'CoworkerRingTarget', extension: { id: '63707590004' } },
    routing: { coworker: '102' },
    text: 'co-worker 102',
    review: 'coworker 63707590004',
  },
  {
    written: { phone: '+14155550100' },
    api: { type: 'PhoneNumberRingTarget', destination: { phoneNumber: '+14155550100' } },
    routing: { phone: '+14155550100' },
    text: '+14155550100',
    review: 'phone +14155550100',
  },
];

describe('ring target parts', () => {
  for (const c of CASES) {
    it(`${JSON.stringify(c.written)} compiles, compares, exports and reads back`, () => {
      const part = ringTargetByKey(c.written)!;
      const env = compileEnv();
      const api = part.compile(c.written, env, ['t']);
      expect(api).toEqual(c.api);
      expect(env.reported).toEqual([]);
      expect(ringTargetByApiType(c.api.type)).toBe(part);
      // The live form carries server-added names; the comparable form drops them.
      const live = { ...c.api, name: 'shown in the app' };
      expect(part.comparable(live)).toEqual(c.api);
      expect(part.toManifest(part.comparable(live), exportEnv())).toEqual({ ok: true, value: c.written });
      expect(part.routing(c.api, { label })).toEqual(c.routing);
      expect(part.routingOfWritten(c.written)).toEqual(c.routing);
      expect(part.describe(c.routing)).toBe(c.text);
      expect(part.reviewName(c.api)).toBe(c.review);
    });
  }

  it('compares a live number written without + as the E.164 number compile sends', () => {
    const part = ringTargetByKey({ phone: '' })!;
    expect(part.comparable({ type: 'PhoneNumberRingTarget', destination: { phoneNumber: '14155550100' } })).toEqual({
      type: 'PhoneNumberRingTarget',
      destination: { phoneNumber: '+14155550100' },
    });
  });

  it('reports a coworker that is not in the account at the target', () => {
    const env = compileEnv();
    ringTargetByKey({ coworker: '999' })!.compile({ coworker: '999' }, env, ['ring', 'groups', 0, 'targets', 0]);
    expect(env.reported.map((r) => r.path)).toEqual(['ring.groups.0.targets.0.coworker']);
  });

  it('says why an own-apps target that names an extension cannot be written', () => {
    const part = ringTargetByApiType('AllMobileRingTarget');
    expect(part.toManifest({ type: 'AllMobileRingTarget', extension: { id: '1' } }, exportEnv())).toEqual({
      ok: false,
      why: 'a mobile-apps ring target that names extension 1',
    });
  });

  it('hands every unknown API type to the raw part', () => {
    const part = ringTargetByApiType('SomeFutureRingTarget');
    expect(part.key).toBe('raw');
    expect(part.routing({ type: 'SomeFutureRingTarget' }, { label })).toEqual({ raw: 'SomeFutureRingTarget' });
  });
});
