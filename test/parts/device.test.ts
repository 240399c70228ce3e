import { describe, expect, it } from 'vitest';
import { needsForwardingTargets } from '../../src/parts/needs-lookup.js';
import { ringTargetByApiType, ringTargetByKey } from '../../src/parts/registry.js';
import { deviceNames } from '../../src/parts/ring-targets/device.js';
import { compileEnv, exportEnv, label } from './helpers.js';

const DEVICES = [
  { id: '805183004', name: 'Desk phone' },
  { id: '805183006', name: 'Softphone' },
  { id: '805183007', name: ' softphone' },
];
const device = ringTargetByApiType('DeviceRingTarget');

describe('the device part', () => {
  it('resolves a name ignoring case and surrounding spaces, and an id as written', () => {
    const env = { ...compileEnv(), devices: DEVICES };
    expect(device.compile({ device: '  DESK phone ' }, env, ['t'])).toEqual({ type: 'DeviceRingTarget', device: { id: '805183004' } });
    expect(device.compile({ device: { id: 805183006 } }, env, ['t'])).toEqual({ type: 'DeviceRingTarget', device: { id: '805183006' } });
    expect(env.reported).toEqual([]);
  });

  it('reports no match and several matches at the target, listing the devices by name and id', () => {
    const env = { ...compileEnv(), devices: DEVICES };
    device.compile({ device: 'Laptop' }, env, ['g', 0]);
    device.compile({ device: 'softphone' }, env, ['g', 1]);
    const list = '"Desk phone" (id 805183004), "Softphone" (id 805183006), " softphone" (id 805183007)';
    expect(env.reported).toEqual([
      { path: 'g.0.device', message: `no device of this user is named "Laptop". The user's devices: ${list}` },
      {
        path: 'g.1.device',
        message: `2 devices of this user are named "softphone"; write {device: {id: "<device id>"}} to pick one. The user's devices: ${list}`,
      },
    ]);
  });

  it('compares by id only, exports by a unique name and by id otherwise', () => {
    const live = {
      type: 'DeviceRingTarget',
      name: 'Desk phone',
      device: { id: '805183004', name: 'Desk phone', phoneNumber: '+1' },
      extension: { id: '1' },
    };
    expect(device.comparable(live)).toEqual({ type: 'DeviceRingTarget', device: { id: '805183004' } });
    expect(device.toManifest(device.comparable(live), { ...exportEnv(), devices: DEVICES })).toEqual({
      ok: true,
      value: { device: 'Desk phone' },
    });
    expect(device.toManifest({ type: 'DeviceRingTarget', device: { id: '805183006' } }, { ...exportEnv(), devices: DEVICES })).toEqual({
      ok: true,
      value: { device: { id: '805183006' } },
    });
    expect(device.toManifest(device.comparable(live), exportEnv())).toEqual({ ok: true, value: { device: { id: '805183004' } } });
  });

  it('is named by the device list or by the names in live responses', () => {
    const names = deviceNames([], [{ actions: [{ targets: [{ type: 'DeviceRingTarget', name: 'Desk phone', device: { id: '9' } }] }] }]);
    expect(device.routing({ type: 'DeviceRingTarget', device: { id: '9' } }, { label, deviceName: names })).toEqual({
      device: 'Desk phone',
    });
    expect(device.describe({ device: 'Desk phone' })).toBe('device Desk phone');
    expect(device.reviewName({ type: 'DeviceRingTarget', device: { id: '9' } })).toBe('device 9');
  });

  it('asks for the device list only when a document names a device by name', () => {
    const doc = (target: unknown) => ({ version: 1, kind: 'User', rules: { 'work-hours': { ring: { groups: [{ targets: [target] }] } } } });
    expect(needsForwardingTargets(doc({ device: 'Desk phone' }))).toBe(true);
    expect(needsForwardingTargets(doc({ device: { id: '1' } }))).toBe(false);
    expect(needsForwardingTargets(doc('mobile-apps'))).toBe(false);
    expect(ringTargetByKey({ device: 'x' })).toBe(device);
  });
});
