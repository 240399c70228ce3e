import type { PathSeg } from '../core/path.js';
import { ringTargetByKey } from '../parts/registry.js';
import type { Reporter } from './findings.js';
import { child, childList, userRuleBodies, type At, type Obj } from './walk.js';

/**
 * The user's own apps (the parts marked `ownApps`: `mobile-apps`, `desktop-apps`) are one ring
 * group each in RingCentral (AllMobileRingTarget / AllDesktopRingTarget), so each may be listed
 * once per rule.
 */
export function checkRing(doc: At<Obj>, report: Reporter): void {
  for (const body of userRuleBodies(doc)) {
    const ring = child(body, 'ring');
    if (!ring) continue;
    const seen = new Map<string, PathSeg[]>();
    for (const group of childList(ring, 'groups')) {
      const targets = group.value.targets;
      if (!Array.isArray(targets)) continue;
      targets.forEach((target, i) => {
        if (typeof target !== 'string' || !ringTargetByKey(target)?.ownApps) return;
        const at = [...group.path, 'targets', i];
        const earlier = seen.get(target);
        if (earlier) report.error(at, `${target} is already in ${describeGroup(earlier)}; list it in one ring group only`);
        else seen.set(target, at);
      });
    }
  }
}

function describeGroup(path: PathSeg[]): string {
  return `groups[${String(path[path.length - 3])}]`;
}
