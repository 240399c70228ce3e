import type { Handler, Route } from './api-request.js';
import { listForwardingTargets } from './handle-forwarding-targets.js';
import { listExtensions, readExtension, readExtensionFeatures } from './handle-extensions.js';
import { listStandardGreetings, readStandardGreeting } from './handle-greetings.js';
import { createRule, deleteRule, listInteractionRules, patchRule, readRule } from './handle-interaction-rules.js';
import {
  createSiteAnsweringRule,
  deleteSiteAnsweringRule,
  listSiteRules,
  putSiteBusinessHours,
  putSiteRule,
  readBusinessHours,
  readSiteRule,
} from './handle-site.js';
import { listStateRules, listStates, patchState, patchStateRule, readState, readStateRule } from './handle-states.js';
import type { ThrottlingGroup } from './rate-limiter.js';

/**
 * The operations the emulator serves, with the spec's paths and the usage-plan group of each
 * (operations.json `throttlingGroup`; a test keeps them in step). OAuth routes are handled
 * before authentication and carry no handler here.
 */

const V2 = '/restapi/v2/accounts/{accountId}/extensions/{extensionId}/comm-handling';
const A = '/restapi/v1.0/account/{accountId}';

const route = (method: string, path: string, operationId: string, group: ThrottlingGroup, handler: Handler): Route => ({
  method,
  path,
  operationId,
  group,
  handler,
});

export const API_ROUTES: Route[] = [
  route('GET', `${V2}/states`, 'listCicStates', 'Medium', listStates),
  route('GET', `${V2}/states/{stateId}`, 'readCicState', 'Medium', readState),
  route('PATCH', `${V2}/states/{stateId}`, 'updateCicState', 'Medium', patchState),
  route('GET', `${V2}/voice/state-rules`, 'listVoiceStateBasedRules', 'Medium', listStateRules),
  route('GET', `${V2}/voice/state-rules/{stateId}`, 'readVoiceStateBasedRule', 'Medium', readStateRule),
  route('PATCH', `${V2}/voice/state-rules/{stateId}`, 'updateVoiceStateBasedRule', 'Medium', patchStateRule),
  route('GET', `${V2}/voice/interaction-rules`, 'listVoiceInteractionRules', 'Medium', listInteractionRules),
  route('POST', `${V2}/voice/interaction-rules`, 'createVoiceInteractionRule', 'Medium', createRule),
  route('GET', `${V2}/voice/interaction-rules/{ruleId}`, 'readVoiceInteractionRule', 'Medium', readRule),
  route('PATCH', `${V2}/voice/interaction-rules/{ruleId}`, 'updateVoiceInteractionRule', 'Medium', patchRule),
  route('DELETE', `${V2}/voice/interaction-rules/{ruleId}`, 'deleteVoiceInteractionRule', 'Medium', deleteRule),
  route('GET', `${V2}/voice/forwarding-targets`, 'readForwardingTargets', 'Medium', listForwardingTargets),
  route('GET', `${A}/extension`, 'listExtensions', 'Medium', listExtensions),
  route('GET', `${A}/extension/{extensionId}`, 'readExtension', 'Light', readExtension),
  route('GET', `${A}/extension/{extensionId}/features`, 'readExtensionFeatures', 'Medium', readExtensionFeatures),
  route('GET', `${A}/extension/{extensionId}/business-hours`, 'readUserBusinessHours', 'Light', readBusinessHours),
  route(
    'PUT',
    `${A}/extension/{extensionId}/business-hours`,
    'updateUserBusinessHours',
    'Medium',
    putSiteBusinessHours,
  ),
  route('GET', `${A}/extension/{extensionId}/answering-rule`, 'listAnsweringRules', 'Medium', listSiteRules),
  route(
    'POST',
    `${A}/extension/{extensionId}/answering-rule`,
    'createAnsweringRule',
    'Medium',
    createSiteAnsweringRule,
  ),
  route('GET', `${A}/extension/{extensionId}/answering-rule/{ruleId}`, 'readAnsweringRule', 'Light', readSiteRule),
  route('PUT', `${A}/extension/{extensionId}/answering-rule/{ruleId}`, 'updateAnsweringRule', 'Medium', putSiteRule),
  route(
    'DELETE',
    `${A}/extension/{extensionId}/answering-rule/{ruleId}`,
    'deleteAnsweringRule',
    'Medium',
    deleteSiteAnsweringRule,
  ),
  route('GET', '/restapi/v1.0/dictionary/greeting', 'listStandardGreetings', 'Medium', listStandardGreetings),
  route(
    'GET',
    '/restapi/v1.0/dictionary/greeting/{greetingId}',
    'readStandardGreeting',
    'Medium',
    readStandardGreeting,
  ),
];

export const TOKEN_PATH = '/restapi/oauth/token';
export const REVOKE_PATH = '/restapi/oauth/revoke';

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

const COMPILED: Compiled[] = API_ROUTES.map((r) => {
  const names: string[] = [];
  const source = r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route: r, regex: new RegExp(`^${source}/?$`), names };
});

export type RouteMatch =
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

export function matchRoute(method: string, path: string): RouteMatch {
  const allowed: string[] = [];
  for (const c of COMPILED) {
    const m = c.regex.exec(path);
    if (!m) continue;
    if (c.route.method !== method) {
      allowed.push(c.route.method);
      continue;
    }
    const params = Object.fromEntries(c.names.map((n, i) => [n, safeDecode(m[i + 1])]));
    return { kind: 'route', route: c.route, params };
  }
  return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
}

/** A malformed %-escape stays as written; it then simply names nothing that exists. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
