import { describe, expect, it } from 'vitest';
import { compileDispatching } from '../../src/kinds/shared/compile-dispatching.js';
import { dispatchingToManifest } from '../../src/parts/dispatching-to-manifest.js';
import { ok } from '../../src/parts/converted.js';
import { partsSchemaDefinitions } from '../../src/parts/parts-schema.js';
import type { ApiRingTarget } from '../../src/parts/part.js';
import { registerRingTarget } from '../../src/parts/register.js';
import { ringTargetByApiType } from '../../src/parts/registry.js';
import { reviewView } from '../../src/diff/review-view.js';
import { dispatchingToAction } from '../../src/simulate/dispatching-to-action.js';
import { describeTarget } from '../../src/render/routing-outcome-text.js';
import { defaultStateDispatching } from '../../src/core/defaults.js';
import { compileEnv, exportEnv } from './helpers.js';

/**
 * The registry's promise (README "Adding a call-handling part"): a new target type is one module
 * and its registration. Here a `{hotdesk: {}}` form for HotdeskRingTarget is registered the way
 * a module under src/parts/ring-targets/ would do it, and nothing else is touched: the schema,
 * compile, the comparable form, export, simulate and plan diffs all pick it up.
 */
const hotdesk = registerRingTarget<{ hotdesk: Record<string, never> }>({
  key: 'hotdesk',
  apiTypes: ['HotdeskRingTarget'],
  writtenAs: '{hotdesk: {}}',
  schema: { description: 'The hot-desk phone the user is signed in to.', type: 'object', additionalProperties: false },
  compile: () => ({ type: 'HotdeskRingTarget' }) as ApiRingTarget,
  comparable: () => ({ type: 'HotdeskRingTarget' }),
  toManifest: () => ok({ hotdesk: {} }),
  routing: () => ({ hotdesk: 'signed-in phone' }),
  routingOfWritten: () => ({ hotdesk: 'signed-in phone' }),
  describe: () => 'the hot-desk phone',
  expectText: () => '{hotdesk: {}}',
  expectKey: () => 'hotdesk',
  reviewName: () => 'hot desk',
});

describe('adding a part is one module and its registration', () => {
  it('is found by the registry instead of raw', () => {
    expect(ringTargetByApiType('HotdeskRingTarget')).toBe(hotdesk);
  });

  it('appears in the generated manifest schema', () => {
    const ring = partsSchemaDefinitions().ringTarget as { else: { properties: Record<string, unknown> }; 'x-errors': { type: string } };
    expect(ring.else.properties.hotdesk).toEqual(hotdesk.schema);
    expect(ring['x-errors'].type).toContain('{hotdesk: {}}');
  });

  it('compiles, exports back, simulates and is named in plan diffs', () => {
    const rule = { ring: { order: 'at-once' as const, groups: [{ targets: [{ hotdesk: {} }, 'mobile-apps'], seconds: 20 }] } };
    const env = compileEnv();
    const compiled = compileDispatching(env, rule, defaultStateDispatching('work-hours'), 'work-hours', ['rules', 'work-hours']);
    expect(env.reported).toEqual([]);
    expect(compiled.actions.find((a) => a.type === 'RingGroupAction').targets).toEqual([
      { type: 'HotdeskRingTarget' },
      { type: 'AllMobileRingTarget' },
    ]);
    const written = dispatchingToManifest(compiled, 'work-hours', exportEnv());
    expect(written.ok && written.value.ring?.groups[0].targets).toEqual([{ hotdesk: {} }, 'mobile-apps']);
    const action = dispatchingToAction(compiled, (id) => id);
    expect(action.ring[0].targets.map(describeTarget)).toEqual(['the hot-desk phone', 'mobile apps']);
    expect(Object.keys((reviewView({ dispatching: compiled }) as { dispatching: object }).dispatching)).toContain(
      'ring hot desk + mobile apps',
    );
  });
});
