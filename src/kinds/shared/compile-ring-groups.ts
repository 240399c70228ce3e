import { DEFAULT_RING_SECONDS } from '../../core/defaults.js';
import type { RingGroup } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { RingGroupActionRequest } from '../../parts/dispatching-request.js';
import type { ApiRingTarget } from '../../parts/part.js';
import { ringTargetByKey, ringTargetParts } from '../../parts/registry.js';
import type { CompileEnv } from './compile-env.js';

const signature = (targets: readonly ApiRingTarget[]) => JSON.stringify(targets);

function ringTarget(env: CompileEnv, t: unknown, path: readonly PathSeg[]): ApiRingTarget {
  const part = ringTargetByKey(t);
  // Validation rejects unknown forms before compile; this keeps a bug from writing garbage.
  if (!part) throw new Error(`no ring target part for ${JSON.stringify(t)}`);
  return part.compile(t, env, path);
}

/**
 * The manifest's `groups` list is owned whole: the result is exactly the listed groups in ring
 * order, then the mobile-apps and desktop-apps groups RingCentral requires, disabled when the
 * manifest does not list them. A group without `seconds` keeps the live duration of the same
 * targets (or RingCentral's default).
 */
export function compileRingGroups(
  env: CompileEnv,
  groups: RingGroup[],
  live: RingGroupActionRequest[],
  path: readonly PathSeg[],
): RingGroupActionRequest[] {
  const liveBySignature = new Map(live.map((g) => [signature(g.targets), g]));
  const out = groups.map((g, i): RingGroupActionRequest => {
    const targets = g.targets.map((t, j) => ringTarget(env, t, [...path, i, 'targets', j]));
    const duration = g.seconds ?? liveBySignature.get(signature(targets))?.duration ?? DEFAULT_RING_SECONDS;
    return { type: 'RingGroupAction', enabled: g.enabled ?? true, duration, targets };
  });
  return ensureDeviceGroups(out, live);
}

/** Adds the mandatory groups of the user's own apps (disabled) when no group contains them. */
export function ensureDeviceGroups(groups: RingGroupActionRequest[], live: RingGroupActionRequest[]): RingGroupActionRequest[] {
  const out = [...groups];
  for (const type of ringTargetParts()
    .filter((p) => p.ownApps)
    .flatMap((p) => p.apiTypes)) {
    if (out.some((g) => g.targets.some((t) => t.type === type))) continue;
    const liveGroup = live.find((g) => g.targets.length === 1 && g.targets[0].type === type);
    out.push({
      type: 'RingGroupAction',
      enabled: false,
      duration: liveGroup?.duration ?? DEFAULT_RING_SECONDS,
      // The user's own apps (AllMobileRingTarget, AllDesktopRingTarget): the type is the whole target.
      targets: [{ type } as ApiRingTarget],
    });
  }
  return out;
}
