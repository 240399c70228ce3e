import type { RoutingCall, RoutingModel, RoutingOutcome } from '../core/routing.js';
import { parseCallTime } from '../core/local-time.js';
import { routeSiteCall } from './route-site-call.js';
import { routeUserCall } from './route-user-call.js';

/**
 * Routes one call through a user's or site's routing model: pure, no IO. The call's `at` must
 * be a valid local date-time (the CLI and the RoutingTest validator check it first).
 */
export function routeCall(model: RoutingModel, call: RoutingCall): RoutingOutcome {
  const m = parseCallTime(call.at);
  if (!m.ok) throw new Error(`unvalidated call time: ${m.error}`);
  return model.type === 'user' ? routeUserCall(model, call, m.value) : routeSiteCall(model, call, m.value);
}
