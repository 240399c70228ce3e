import type { RoutingCall, RoutingModel, RoutingOutcome } from '../core/routing.js';
import { parseCallTime } from '../core/local-time.js';
import { routingOf } from './owner-routing.js';

/**
 * Routes one call through a user's or site's routing model: pure, no IO. The call's `at` must
 * be a valid local date-time (the CLI and the RoutingTest validator check it first).
 */
export function routeCall(model: RoutingModel, call: RoutingCall): RoutingOutcome {
  const m = parseCallTime(call.at);
  if (!m.ok) throw new Error(`unvalidated call time: ${m.error}`);
  return routingOf(model).route(model, call, m.value);
}
