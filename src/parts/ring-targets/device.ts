import type { DeviceInfo } from '../../core/references.js';
import type { PathSeg } from '../../core/path.js';
import type { RoutingTarget } from '../../core/routing.js';
import type { CompileEnv } from '../compile-env.js';
import { ok } from '../converted.js';
import type { LiveObject } from '../part.js';
import { registerRingTarget } from '../register.js';

type Written = { device: string | { id: string | number } };

const TYPE = 'DeviceRingTarget';
const idOf = (t: LiveObject) => String((t.device as { id?: unknown } | undefined)?.id);
const fold = (name: string) => name.trim().toLowerCase();
const named = (t: RoutingTarget) => (typeof t === 'string' ? t : String(t.device));
const listed = (devices: readonly DeviceInfo[]) =>
  devices.length > 0 ? devices.map((d) => `"${d.name}" (id ${d.id})`).join(', ') : 'none';

/** A device named in the manifest → its id, through the user's forwarding targets; reported when not exactly one matches. */
function deviceIdByName(env: CompileEnv, name: string, path: readonly PathSeg[]): string {
  const devices = env.devices;
  if (!devices) {
    env.report(path, `the devices of this user were not read, so "${name}" cannot be resolved; write {device: {id: "<device id>"}}`);
    return '?';
  }
  const matches = devices.filter((d) => fold(d.name) === fold(name));
  if (matches.length === 1) return matches[0].id;
  const why =
    matches.length === 0
      ? `no device of this user is named "${name}"`
      : `${matches.length} devices of this user are named "${name}"; write {device: {id: "<device id>"}} to pick one`;
  env.report(path, `${why}. The user's devices: ${listed(devices)}`);
  return '?';
}

/**
 * Device id → name, from the user's device list when it was read, else from the names
 * RingCentral gives DeviceRingTargets in its responses: the routing model says "device Desk
 * phone" without an extra read.
 */
export function deviceNames(devices: readonly DeviceInfo[], dispatchings: readonly unknown[]): (id: string) => string | undefined {
  const names = new Map<string, string>();
  for (const d of [...devicesNamedIn(dispatchings), ...devices]) if (d.name.trim()) names.set(d.id, d.name.trim());
  return (id) => names.get(id);
}

/** The devices live dispatchings name (RingCentral names each DeviceRingTarget in its responses). */
export function devicesNamedIn(dispatchings: readonly unknown[]): DeviceInfo[] {
  const out: DeviceInfo[] = [];
  for (const d of dispatchings) {
    type LiveTarget = { type?: string; name?: unknown; device?: { id?: unknown; name?: unknown } };
    for (const a of (d as { actions?: { targets?: LiveTarget[] }[] } | undefined)?.actions ?? []) {
      for (const t of a?.targets ?? []) {
        const name = t?.name ?? t?.device?.name;
        if (t?.type === TYPE && t.device?.id !== undefined && typeof name === 'string') out.push({ id: String(t.device.id), name });
      }
    }
  }
  return out;
}

/**
 * `{device: "<name>"}` / `{device: {id}}` = DeviceRingTarget: one of the user's own devices (a
 * desk phone, a softphone) as `GET …/voice/forwarding-targets` lists them. Names are resolved
 * at plan time; that list is read only for users whose documents name a device by name.
 */
export const device = registerRingTarget<Written>({
  key: 'device',
  apiTypes: [TYPE],
  writtenAs: '{device: <name>}',
  schema: {
    title: 'Device',
    description:
      'One of the user\'s own devices (a desk phone, a softphone): its name as RingCentral lists it (matched ignoring case and surrounding spaces), or {id: "<device id>"}.',
    type: ['string', 'object'],
    minLength: 1,
    properties: {
      id: {
        title: 'Device id',
        description: "RingCentral's id of the device.",
        type: ['string', 'integer'],
        pattern: '^[0-9]+$',
        minimum: 0,
        'x-errors': { pattern: 'a device id is a number such as "805183004"' },
      },
    },
    additionalProperties: false,
    minProperties: 1,
    'x-errors': {
      type: 'a device is its name ("Desk phone") or {id: "<device id>"}',
      minLength: 'a device name cannot be empty',
      minProperties: 'a device reference needs its id',
    },
  },
  routingTestSchema: {
    description: "One of the user's devices, by name or {id}, as in manifests.",
    type: ['string', 'object'],
    minLength: 1,
    properties: { id: { type: ['string', 'integer'] } },
    required: ['id'],
    additionalProperties: false,
  },
  needsLookup: (t) => typeof t.device === 'string',
  compile: (t, env, path) => {
    const at = [...path, 'device'];
    const id = typeof t.device === 'string' ? deviceIdByName(env, t.device, at) : String(t.device.id);
    return { type: TYPE, device: { id } };
  },
  comparable: (t) => ({ type: TYPE, device: { id: idOf(t) } }),
  // By name when the name picks out exactly this device; by id otherwise (still exact).
  toManifest: (t, env) => {
    const own = env.devices?.find((d) => d.id === idOf(t));
    const unique = own && own.name.trim() !== '' && env.devices!.filter((d) => fold(d.name) === fold(own.name)).length === 1;
    return ok(unique ? { device: own.name.trim() } : { device: { id: idOf(t) } });
  },
  routing: (t, env) => ({ device: env.deviceName?.(idOf(t)) ?? idOf(t) }),
  routingOfWritten: (t) => ({ device: typeof t.device === 'string' ? t.device.trim() : String(t.device.id) }),
  describe: (t) => `device ${named(t)}`,
  expectText: (t) => `{device: "${named(t)}"}`,
  expectKey: (t) => `device:${fold(named(t))}`,
  reviewName: (t) => `device ${idOf(t)}`,
});
