import { DEFAULT_RING_SECONDS } from '../../core/defaults.js';
import type { RingGroup, RingTarget } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { e164, extensionId, type CompileEnv } from './compile-env.js';

function ringTarget(env: CompileEnv, t: RingTarget, path: readonly PathSeg[]): any {
  if (t === 'mobile-apps') return { type: 'AllMobileRingTarget' };
  if (t === 'desktop-apps') return { type: 'AllDesktopRingTarget' };
  if ('coworker' in t) return { type: 'CoworkerRingTarget', extension: { id: extensionId(env, t.coworker, [...path, 'coworker']) } };
  return { type: 'PhoneNumberRingTarget', destination: { phoneNumber: e164(env, t.phone, [...path, 'phone']) } };
}

const signature = (targets: any[]) => JSON.stringify(targets);

/**
 * The manifest's `groups` list is owned whole: the result is exactly the listed groups in ring
 * order, then the mobile-apps and desktop-apps groups RingCentral requires, disabled when the
 * manifest does not list them. A group without `seconds` keeps the live duration of the same
 * targets (or RingCentral's default).
 */
export function compileRingGroups(
  env: CompileEnv,
  groups: RingGroup[],
  live: any[],
  path: readonly PathSeg[],
): any[] {
  const liveBySignature = new Map(live.map((g) => [signature(g.targets), g]));
  const out = groups.map((g, i) => {
    const targets = g.targets.map((t, j) => ringTarget(env, t, [...path, i, 'targets', j]));
    const duration = g.seconds ?? liveBySignature.get(signature(targets))?.duration ?? DEFAULT_RING_SECONDS;
    return { type: 'RingGroupAction', enabled: g.enabled ?? true, duration, targets };
  });
  return ensureDeviceGroups(out, live);
}

/** Adds the mandatory AllMobile/AllDesktop groups (disabled) when no group contains them. */
export function ensureDeviceGroups(groups: any[], live: any[]): any[] {
  const out = [...groups];
  for (const type of ['AllMobileRingTarget', 'AllDesktopRingTarget']) {
    if (out.some((g) => g.targets.some((t: any) => t.type === type))) continue;
    const liveGroup = live.find((g) => g.targets.length === 1 && g.targets[0].type === type);
    out.push({
      type: 'RingGroupAction',
      enabled: false,
      duration: liveGroup?.duration ?? DEFAULT_RING_SECONDS,
      targets: [{ type }],
    });
  }
  return out;
}
