import type { Handler, Route } from './api-request.js';
import { listForwardingTargets } from './handle-forwarding-targets.js';
import { listExtensions, readExtension, readExtensionFeatures } from './handle-extensions.js';
import { listStandardGreetings, readStandardGreeting } from './handle-greetings.js';
import { createRule, deleteRule, listInteractionRules, patchRule, readRule } from './handle-interaction-rules.js';
import {
  createV1Rule,
  deleteV1Rule,
  listV1Rules,
  putV1BusinessHours,
  putV1Rule,
  readV1BusinessHours,
  readV1Rule,
} from './handle-v1-rules.js';
import {
  assignCallQueueMembers,
  listCallQueueMembers,
  listCallQueues,
  readCallQueue,
  readOverflowSettings,
  updateCallQueue,
  updateOverflowSettings,
} from './handle-queues.js';
import { companyRules, listAccountPhoneNumbers, readAccountInfo } from './handle-company.js';
import { stateRules, states } from './handle-states.js';
import { createIvrMenuHandler, listIvrMenus, listIvrPrompts, listLanguages, putIvrMenu, readIvrMenu } from './handle-ivr.js';
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
  route('GET', `${V2}/states`, 'listCicStates', 'Medium', states.list),
  route('GET', `${V2}/states/{stateId}`, 'readCicState', 'Medium', states.read),
  route('PATCH', `${V2}/states/{stateId}`, 'updateCicState', 'Medium', states.patch),
  route('GET', `${V2}/voice/state-rules`, 'listVoiceStateBasedRules', 'Medium', stateRules.list),
  route('GET', `${V2}/voice/state-rules/{stateId}`, 'readVoiceStateBasedRule', 'Medium', stateRules.read),
  route('PATCH', `${V2}/voice/state-rules/{stateId}`, 'updateVoiceStateBasedRule', 'Medium', stateRules.patch),
  route('GET', `${V2}/voice/interaction-rules`, 'listVoiceInteractionRules', 'Medium', listInteractionRules),
  route('POST', `${V2}/voice/interaction-rules`, 'createVoiceInteractionRule', 'Medium', createRule),
  route('GET', `${V2}/voice/interaction-rules/{ruleId}`, 'readVoiceInteractionRule', 'Medium', readRule),
  route('PATCH', `${V2}/voice/interaction-rules/{ruleId}`, 'updateVoiceInteractionRule', 'Medium', patchRule),
  route('DELETE', `${V2}/voice/interaction-rules/{ruleId}`, 'deleteVoiceInteractionRule', 'Medium', deleteRule),
  route('GET', `${V2}/voice/forwarding-targets`, 'readForwardingTargets', 'Medium', listForwardingTargets),
  route('GET', `${A}/extension`, 'listExtensions', 'Medium', listExtensions),
  route('GET', `${A}/extension/{extensionId}`, 'readExtension', 'Light', readExtension),
  route('GET', `${A}/extension/{extensionId}/features`, 'readExtensionFeatures', 'Medium', readExtensionFeatures),
  route('GET', `${A}/extension/{extensionId}/business-hours`, 'readUserBusinessHours', 'Light', readV1BusinessHours),
  route('PUT', `${A}/extension/{extensionId}/business-hours`, 'updateUserBusinessHours', 'Medium', putV1BusinessHours),
  route('GET', `${A}/extension/{extensionId}/answering-rule`, 'listAnsweringRules', 'Medium', listV1Rules),
  route('POST', `${A}/extension/{extensionId}/answering-rule`, 'createAnsweringRule', 'Medium', createV1Rule),
  route('GET', `${A}/extension/{extensionId}/answering-rule/{ruleId}`, 'readAnsweringRule', 'Light', readV1Rule),
  route('PUT', `${A}/extension/{extensionId}/answering-rule/{ruleId}`, 'updateAnsweringRule', 'Medium', putV1Rule),
  route('DELETE', `${A}/extension/{extensionId}/answering-rule/{ruleId}`, 'deleteAnsweringRule', 'Medium', deleteV1Rule),
  route('GET', `${A}/business-hours`, 'readCompanyBusinessHours', 'Light', companyRules.readBusinessHours),
  route('PUT', `${A}/business-hours`, 'updateCompanyBusinessHours', 'Medium', companyRules.putBusinessHours),
  route('GET', `${A}/answering-rule`, 'listCompanyAnsweringRules', 'Medium', companyRules.list),
  route('POST', `${A}/answering-rule`, 'createCompanyAnsweringRule', 'Medium', companyRules.create),
  route('GET', `${A}/answering-rule/{ruleId}`, 'readCompanyAnsweringRule', 'Light', companyRules.read),
  route('PUT', `${A}/answering-rule/{ruleId}`, 'updateCompanyAnsweringRule', 'Medium', companyRules.put),
  route('DELETE', `${A}/answering-rule/{ruleId}`, 'deleteCompanyAnsweringRule', 'Medium', companyRules.remove),
  route('GET', `${A}/ivr-menus`, 'readIvrMenuList', 'Medium', listIvrMenus),
  route('POST', `${A}/ivr-menus`, 'createIVRMenu', 'Heavy', createIvrMenuHandler),
  route('GET', `${A}/ivr-menus/{ivrMenuId}`, 'readIVRMenu', 'Medium', readIvrMenu),
  route('PUT', `${A}/ivr-menus/{ivrMenuId}`, 'updateIVRMenu', 'Medium', putIvrMenu),
  route('GET', `${A}/ivr-prompts`, 'listIvrPrompts', 'Medium', listIvrPrompts),
  route('GET', '/restapi/v1.0/dictionary/language', 'listLanguages', 'Light', listLanguages),
  route('GET', `${A}/call-queues`, 'listCallQueues', 'Medium', listCallQueues),
  route('GET', `${A}/call-queues/{groupId}`, 'readCallQueueInfo', 'Light', readCallQueue),
  route('PUT', `${A}/call-queues/{groupId}`, 'updateCallQueueInfo', 'Light', updateCallQueue),
  route('GET', `${A}/call-queues/{groupId}/members`, 'listCallQueueMembers', 'Light', listCallQueueMembers),
  route('POST', `${A}/call-queues/{groupId}/bulk-assign`, 'assignMultipleCallQueueMembers', 'Heavy', assignCallQueueMembers),
  route('GET', `${A}/extension/{callQueueId}/overflow-settings`, 'getCallQueueOverflowSettings', 'Heavy', readOverflowSettings),
  route('PUT', `${A}/extension/{callQueueId}/overflow-settings`, 'updateCallQueueOverflowSettings', 'Heavy', updateOverflowSettings),
  // Not in the spec subset (see EXTRA_OPERATIONS): RingCentral's API reference.
  route('GET', `${A}/phone-number`, 'listAccountPhoneNumbers', 'Heavy', listAccountPhoneNumbers),
  route('GET', A, 'readAccountInfo', 'Light', readAccountInfo),
  route('GET', '/restapi/v1.0/dictionary/greeting', 'listStandardGreetings', 'Medium', listStandardGreetings),
  route('GET', '/restapi/v1.0/dictionary/greeting/{greetingId}', 'readStandardGreeting', 'Medium', readStandardGreeting),
];

/**
 * Operations served beyond the spec subset, with where their shape and group come from: the
 * account's phone-number list (a company rule's calledNumbers must be numbers of the account).
 */
export const EXTRA_OPERATIONS: Record<string, string> = {
  readAccountInfo:
    "RingCentral API reference, GET /restapi/v1.0/account/{accountId}: GetAccountInfoResponse {uri, id, mainNumber, status, regionalSettings.timezone}, Light group, ReadAccounts; the company's time zone",
  listAccountPhoneNumbers:
    'RingCentral API reference, GET /restapi/v1.0/account/{accountId}/phone-number: AccountPhoneNumbers {uri, records: CompanyPhoneNumberInfo[], paging, navigation}, Heavy group, ReadAccounts',
};

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
  { kind: 'route'; route: Route; params: Record<string, string> } | { kind: 'wrong-method'; allowed: string[] } | { kind: 'none' };

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
