import { describe, expect, it } from 'vitest';
import { defaultTerminatingAction } from '../../src/core/defaults.js';
import { terminatingForm } from '../../src/parts/action-form.js';
import type { RingAlwaysGroupActionRequest } from '../../src/parts/dispatching-request.js';
import { destinationToManifest } from '../../src/parts/destination-to-manifest.js';
import { destinationOf, ringTargetByApiType, ringTargetByKey } from '../../src/parts/registry.js';
import { ringAlways } from '../../src/parts/ring-always.js';
import { compileEnv, exportEnv, label } from './helpers.js';

describe('raw ring targets', () => {
  const raw = ringTargetByKey({ raw: {} })!;

  it('own every type no named part owns', () => {
    for (const type of [
      'HotdeskRingTarget',
      'IntegrationRingTarget',
      'ImsPhoneNumberRingTarget',
      'FmcPhoneNumberRingTarget',
      'CloudConnectorRingTarget',
      'Future',
    ]) {
      expect(ringTargetByApiType(type)).toBe(raw);
    }
  });

  it('drop the name RingCentral adds, except where the request schema requires one', () => {
    expect(
      raw.comparable({ type: 'IntegrationRingTarget', name: 'Microsoft Teams', uri: 'x', integration: { type: 'MsTeamsDirectRouting' } }),
    ).toEqual({
      type: 'IntegrationRingTarget',
      integration: { type: 'MsTeamsDirectRouting' },
    });
    const cc = { type: 'CloudConnectorRingTarget', name: 'Contact', destination: { integrationId: '1' } };
    expect(raw.comparable(cc)).toEqual(cc);
    expect(raw.compile({ raw: cc }, compileEnv(), [])).toEqual(cc);
    expect(raw.toManifest(cc, exportEnv())).toEqual({ ok: true, value: { raw: cc } });
    expect(raw.routing(cc, { label })).toEqual({ raw: 'CloudConnectorRingTarget' });
  });
});

describe('raw destinations', () => {
  const written = { raw: { type: 'CloudConnectorTerminatingTarget', name: 'Front desk', destination: { integrationId: '1' } } };

  it("are sent with the set they are written in and every field the spec requires, replacing the set's target of that type", () => {
    const part = destinationOf(written)!;
    const base = terminatingForm(defaultTerminatingAction(['Ringing', 'Terminating']));
    base.targets.push({
      type: 'CloudConnectorTerminatingTarget',
      name: 'Old',
      destination: { integrationId: '2' },
      dispatchingType: 'Terminating',
    });
    const term = {
      ...part.compile(base, 'Terminating', written, compileEnv(), ['immediately']),
      terminatingTargetType: 'CloudConnectorTerminatingTarget',
    };
    const cc = term.targets.filter((t: { type?: string }) => t.type === 'CloudConnectorTerminatingTarget');
    expect(cc).toEqual([{ ...written.raw, dispatchingType: 'Terminating' }]);
    expect(destinationToManifest(terminatingForm(term), 'Terminating', exportEnv())).toEqual({ ok: true, value: written });
  });
});

describe('ring.always', () => {
  const live: RingAlwaysGroupActionRequest[] = [
    { type: 'RingAlwaysGroupAction', enabled: true, targets: [{ type: 'AllMobileRingTarget' }, { type: 'AllDesktopRingTarget' }] },
  ];

  it('turns on with the listed apps, off with [] keeping the live apps', () => {
    expect(ringAlways.compile(['desktop-apps'], live, compileEnv(), [])).toEqual([
      { type: 'RingAlwaysGroupAction', enabled: true, targets: [{ type: 'AllDesktopRingTarget' }] },
    ]);
    expect(ringAlways.compile([], live, compileEnv(), [])).toEqual([{ ...live[0], enabled: false }]);
    expect(ringAlways.compile([], [], compileEnv(), [])).toEqual([]);
  });

  it('exports as the list of apps, [] when off, nothing when absent', () => {
    expect(ringAlways.toManifest(live, exportEnv())).toEqual(['mobile-apps', 'desktop-apps']);
    expect(ringAlways.toManifest([{ ...live[0], enabled: false }], exportEnv())).toEqual([]);
    expect(ringAlways.toManifest([], exportEnv())).toBeUndefined();
  });

  it('rings its apps alongside every group in the routing model', () => {
    expect(ringAlways.routing(live, { label })).toEqual(['mobile-apps', 'desktop-apps']);
    expect(ringAlways.routing([{ ...live[0], enabled: false }], { label })).toEqual([]);
  });
});
