import { parse } from 'yaml';
import type { SiteManifest, UserManifest } from '../../src/core/manifest.js';
import type { RoutingCall, RoutingModel, RoutingOutcome, SiteRouting, UserRouting } from '../../src/core/routing.js';
import { siteModelFromManifest, userModelFromManifest } from '../../src/simulate/manifest-to-model.js';
import { routeCall } from '../../src/simulate/route-call.js';

/** A User manifest written as YAML (version/kind added) → its routing model. */
export function user(yaml: string): UserRouting {
  const body = parse(yaml, { merge: true }) ?? {};
  return userModelFromManifest({ version: 1, kind: 'User', extension: '101', ...body } as UserManifest, '101');
}

export function site(yaml: string): SiteRouting {
  const body = parse(yaml, { merge: true }) ?? {};
  return siteModelFromManifest({ version: 1, kind: 'Site', site: '2001', ...body } as SiteManifest, '2001');
}

export const CALLER = '+12025550123';

/** Routes a call from an unlisted caller at `at`, with extra call fields. */
export function route(model: RoutingModel, at: string, call: Partial<RoutingCall> = {}): RoutingOutcome {
  return routeCall(model, { from: CALLER, at, ...call });
}

/** `state work-hours`, `custom-rule VIP`: who handled the call, compactly. */
export function by(o: RoutingOutcome): string {
  return `${o.handledBy.kind} ${o.handledBy.name}`;
}
