import { describe, expect, it } from 'vitest';
import { compileDispatching } from '../../src/kinds/shared/compile-dispatching.js';
import { dispatchingToManifest } from '../../src/parts/dispatching-to-manifest.js';
import { ok } from '../../src/parts/converted.js';
import { partsSchemaDefinitions } from '../../src/parts/parts-schema.js';
import type { RingGroupActionRequest } from '../../src/parts/dispatching-request.js';
import type { ApiRingTarget } from '../../src/parts/part.js';
import { registerDestination, registerEnd, registerRingTarget } from '../../src/parts/register.js';
import { ringTargetByApiType } from '../../src/parts/registry.js';
import { reviewView } from '../../src/diff/review-view.js';
import { dispatchingToAction } from '../../src/simulate/dispatching-to-action.js';
import { describeTarget, renderOutcomeText } from '../../src/render/routing-outcome-text.js';
import { defaultStateDispatching } from '../../src/core/defaults.js';
import { compileEnv, exportEnv, label } from './helpers.js';
import { extensionId } from '../../src/parts/compile-env.js';
import { refLabel } from '../../src/parts/ref-label.js';
import type { ExtRef } from '../../src/core/manifest.js';
import type { ManifestDocument } from '../../src/core/document.js';
import { parseManifestFile } from '../../src/load/parse-manifest-file.js';
import { checkReferences } from '../../src/resolve/check-references.js';
import { Resolver } from '../../src/resolve/resolver.js';
import { labelReferences } from '../../src/export/label-references.js';
import { validateRoutingTests } from '../../src/validate/routing-test/validate-routing-tests.js';
import { formatProblem } from '../../src/core/problem.js';
import { expectationDiffs } from '../../src/simulate/check-expectation.js';
import type { RoutingOutcome } from '../../src/core/routing.js';
import { EXTENSIONS } from '../helpers/fake-context.js';
import type { ApiTerminatingTarget, EndPart, TerminatingForm } from '../../src/parts/part.js';
import { route, user } from '../simulate/helpers.js';
import { phonePlaces } from '../../src/validate/phone-places.js';
import { root } from '../../src/validate/walk.js';

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
    expect(compiled.actions.find((a): a is RingGroupActionRequest => a.type === 'RingGroupAction')?.targets).toEqual([
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

/**
 * A part that names an extension: `{pager: <extension>}` for a (hypothetical) PagerRingTarget.
 * Declaring its reference is all it takes for reference checking and plan labels to see it, and
 * its key is a routing-test target at once.
 */
const pager = registerRingTarget<{ pager: ExtRef }>({
  key: 'pager',
  apiTypes: ['PagerRingTarget'],
  writtenAs: '{pager: <extension>}',
  schema: { description: "Page an extension's pager.", $ref: '#/definitions/extRef' },
  references: [{ path: ['pager'], reference: 'extension', role: 'the extension to page' }],
  compile: (t, env, path) => ({ type: 'PagerRingTarget', extension: { id: extensionId(env, t.pager, [...path, 'pager']) } }) as never,
  comparable: (t) => ({ type: 'PagerRingTarget', extension: t.extension }),
  toManifest: (t, env) => ok({ pager: env.ref((t.extension as { id: string }).id) ?? '?' }),
  routing: (t, env) => ({ pager: env.label((t.extension as { id: string }).id) }),
  routingOfWritten: (t) => ({ pager: refLabel(t.pager) }),
  describe: (t) => `pager ${(t as { pager: string }).pager}`,
  expectText: (t) => `{pager: "${(t as { pager: string }).pager}"}`,
  expectKey: (t) => `pager:${(t as { pager: string }).pager}`,
  reviewName: () => 'pager',
});

describe('a part that names an extension', () => {
  const manifest = (ext: string) =>
    parseManifestFile(
      'u.yaml',
      `version: 1\nkind: User\nextension: "999"\nrules:\n  work-hours:\n    ring: {groups: [{targets: [{pager: "${ext}"}]}]}\n`,
    ).documents[0] as ManifestDocument;

  it('has its references checked and labelled through what it declares', () => {
    expect(checkReferences(manifest('777'), new Resolver(EXTENSIONS)).map(formatProblem)).toEqual([
      'u.yaml:6:40  rules.work-hours.ring.groups[0].targets[0].pager  extension "777" was not found in the account',
    ]);
    expect(checkReferences(manifest('102'), new Resolver(EXTENSIONS))).toEqual([]);
    const names = { extension: (ref: ExtRef) => EXTENSIONS.find((e) => e.extensionNumber === ref) };
    expect(labelReferences({ pager: '102' }, undefined, names)).toEqual({ pager: '102 (Kim Lee)' });
  });

  it('is a routing-test target: the schema takes it and the expectation compares it', () => {
    const parsed = parseManifestFile(
      't.yaml',
      'version: 1\nkind: RoutingTest\nextension: "101"\ncalls:\n  - {from: "+16501111111", at: "2026-12-18T10:00", expect: {rings: [{pager: "102"}]}}\n',
    );
    expect(validateRoutingTests(parsed.documents).map(formatProblem)).toEqual([]);
    const rule = { ring: { order: 'at-once' as const, groups: [{ targets: [{ pager: '102' }], seconds: 20 }] } };
    const env = compileEnv();
    const compiled = compileDispatching(env, rule, defaultStateDispatching('work-hours'), 'work-hours', ['rules', 'work-hours']);
    expect(env.reported).toEqual([]);
    const action = dispatchingToAction(compiled, label);
    const outcome = { ring: action.ring } as RoutingOutcome;
    expect(expectationDiffs({ rings: [{ pager: '102' }] }, outcome)).toEqual([]);
    expect(expectationDiffs({ rings: [{ pager: '103' }] }, outcome)).toEqual(['expected rings [{pager: "103"}], got [{pager: "102"}]']);
  });

  it('registering a key or an API type twice fails', () => {
    expect(() => registerRingTarget({ ...pager })).toThrow('ring target part "pager" is registered twice');
    expect(() => registerRingTarget({ ...pager, key: 'beeper' })).toThrow(
      'ring target part "beeper" registers API type PagerRingTarget, which part "pager" already owns',
    );
  });
});

/**
 * A destination with an end of its own: `{page: <extension>}` for a (hypothetical)
 * PagingTerminatingTarget. Its part declares where the call ends (`end`): the words simulate
 * prints, the words routing-test messages use and the routing test's `endsAt: {paging: …}`,
 * so simulate and `ringform test` say it with nothing else to edit.
 */
const pagingEnd: EndPart<ExtRef> = {
  type: 'paging',
  outcomeText: (e) => `pages ${e.target} over the loudspeakers`,
  expectText: (e) => `paging ${e.target}`,
  expect: {
    key: 'paging',
    writtenAs: '{paging: <extension>}',
    schema: { $ref: '#/definitions/extRef' },
    matches: (x, e) => refLabel(x) === e.target,
    text: (x) => `paging ${refLabel(x)}`,
  },
};
const TYPE = 'PagingTerminatingTarget';
const page = registerDestination<{ page: ExtRef }>({
  key: 'page',
  apiType: TYPE,
  writtenAs: '{page: <extension>}',
  placement: 'owned',
  schema: { description: 'Page an extension.', $ref: '#/definitions/extRef' },
  references: [{ path: ['page'], reference: 'extension', role: 'the extension to page' }],
  compile: (term: TerminatingForm, set, d, env, path) => ({
    ...term,
    // A type the spec copy does not have: adding it to the spec (and regenerating its types) types it.
    targets: [
      ...term.targets,
      {
        type: TYPE,
        extension: { id: extensionId(env, d.page, [...path, 'page']) },
        dispatchingType: set,
      } as unknown as ApiTerminatingTarget,
    ],
  }),
  comparable: (t) => ({ type: TYPE, extension: t.extension, dispatchingType: t.dispatchingType }),
  toManifest: (t, env) => ok({ page: env.ref((t?.extension as { id: string }).id) ?? '?' }),
  routing: (t, env) => ({ type: 'paging', target: env.label((t?.extension as { id: string }).id) }),
  routingOfWritten: (d) => ({ type: 'paging', target: refLabel(d.page) }),
  end: pagingEnd,
  reviewName: () => 'page',
  describeLive: () => TYPE,
});

describe('a destination with an end of its own', () => {
  const yaml = 'rules:\n  work-hours:\n    ring: {groups: [{targets: [mobile-apps], seconds: 20}]}\n    ifNoAnswer: {page: "102"}\n';

  it('is said by its part in simulate, from the manifest and from the live dispatching', () => {
    const call = { from: '+12025550123', at: '2026-06-01T10:00' };
    expect(renderOutcomeText(route(user(yaml), call.at), call, { label: '101' })).toContain('  2. then pages 102 over the loudspeakers\n');
    const rule = { ring: { groups: [{ targets: ['mobile-apps' as const], seconds: 20 }] }, ifNoAnswer: { page: '102' } };
    const env = compileEnv();
    const compiled = compileDispatching(env, rule, defaultStateDispatching('work-hours'), 'work-hours', ['rules', 'work-hours']);
    expect(env.reported).toEqual([]);
    expect(dispatchingToAction(compiled, label).ifNoAnswer).toEqual({ type: 'paging', target: '102' });
    expect(page.end).toBe(pagingEnd);
  });

  it("is a routing test's endsAt: the schema takes it and the expectation compares it in its words", () => {
    const parsed = parseManifestFile(
      't.yaml',
      'version: 1\nkind: RoutingTest\nextension: "101"\ncalls:\n  - {from: "+16501111111", at: "2026-12-18T10:00", expect: {endsAt: {paging: "102"}}}\n',
    );
    expect(validateRoutingTests(parsed.documents).map(formatProblem)).toEqual([]);
    const outcome = route(user(yaml), '2026-06-01T10:00');
    expect(expectationDiffs({ endsAt: { paging: '102' } }, outcome)).toEqual([]);
    expect(expectationDiffs({ endsAt: { paging: '103' } }, outcome)).toEqual(['expected endsAt paging 103, got paging 102']);
    expect(expectationDiffs({ endsAt: { voicemail: {} } }, outcome)).toEqual(['expected endsAt voicemail, got paging 102']);
  });

  it('registering an end twice fails, by type or by routing-test key', () => {
    expect(() => registerEnd({ ...pagingEnd })).toThrow('end "paging" is registered twice');
    expect(() => registerEnd({ ...pagingEnd, type: 'pager' })).toThrow(
      'end "pager" takes the routing-test key endsAt.paging, which end "paging" already has',
    );
    expect(() => registerDestination({ ...page, key: 'page2', apiType: 'Paging2TerminatingTarget', end: { ...pagingEnd } })).toThrow(
      'end "paging" is registered twice',
    );
    expect(() => registerDestination({ ...page })).toThrow('destination part "page" is registered twice');
  });
});

/**
 * A part that holds a phone number: `{sms: <phone>}` for a (hypothetical) SmsRingTarget.
 * Declaring the number as a `phone` reference is all it takes for validation to check it, in
 * manifests and in a routing test's `rings`.
 */
registerRingTarget<{ sms: string }>({
  key: 'sms',
  apiTypes: ['SmsRingTarget'],
  writtenAs: '{sms: <phone>}',
  schema: { description: 'Text a phone number.', $ref: '#/definitions/phone' },
  references: [{ path: ['sms'], reference: 'phone', role: 'the number to text' }],
  compile: (t) => ({ type: 'SmsRingTarget', phoneNumber: t.sms }) as unknown as ApiRingTarget,
  comparable: (t) => t,
  toManifest: (t) => ok({ sms: String(t.phoneNumber) }),
  routing: (t) => ({ sms: String(t.phoneNumber) }),
  routingOfWritten: (t) => ({ sms: t.sms }),
  describe: (t) => `text ${(t as { sms: string }).sms}`,
  expectText: (t) => `{sms: "${(t as { sms: string }).sms}"}`,
  expectKey: (t) => `sms:${(t as { sms: string }).sms}`,
  reviewName: () => 'sms',
});

describe('a part that holds a phone number', () => {
  it('has it checked as a phone number where it declares it, in manifests and routing tests', () => {
    const doc = parseManifestFile(
      'u.yaml',
      'version: 1\nkind: User\nextension: "101"\nrules:\n  work-hours:\n    ring: {groups: [{targets: [{sms: "12"}]}]}\n',
    ).documents[0];
    expect(phonePlaces(root(doc.data)!, 'User')).toEqual([
      { path: ['rules', 'work-hours', 'ring', 'groups', 0, 'targets', 0, 'sms'], value: '12' },
    ]);
    const parsed = parseManifestFile(
      't.yaml',
      'version: 1\nkind: RoutingTest\nextension: "101"\ncalls:\n  - {from: "+16501111111", at: "2026-12-18T10:00", expect: {rings: [{sms: "12"}]}}\n',
    );
    const problems = validateRoutingTests(parsed.documents).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^t\.yaml:5:\d+ {2}calls\[0\]\.expect\.rings\[0\]\.sms {2}/);
  });
});
