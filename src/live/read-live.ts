import type { ApiSchema } from '../core/api/api-types.js';
import type { CompanySnapshot, SiteSnapshot, UserSnapshot } from '../kinds/context.js';
import { paths } from '../kinds/shared/paths.js';
import type { DeviceInfo, ExtensionInfo, StandardGreeting } from '../core/references.js';
import { ApiError, type ApiClient } from './api-client.js';
import { explainV2Failure } from './call-handling-support.js';
import { getAllPages } from './paged.js';
import { checkAnsweringRules, checkBusinessHours, checkExtensions, checkInteractionRules, checkStateRules } from './check-responses.js';

type StateRule = ApiSchema<'CommStateBasedRuleResource'>;
type InteractionRule = ApiSchema<'CommInteractionRuleResource'>;
type CompanyRule = ApiSchema<'CompanyAnsweringRuleInfo'>;
type SiteRule = ApiSchema<'CallHandlingRuleInfo'>;
type ForwardingTarget = ApiSchema<'CommForwardingTargetsResource'>['records'][number];
type DeviceTarget = ApiSchema<'CommDeviceForwardingTargetResource'>;

/**
 * The reads of a plan, at the minimum RingCentral allows: one paged extension list for the
 * account, two GETs per managed user (the state-rules list embeds the states; the
 * interaction-rules list returns full rules) and two per managed site.
 */
export async function readExtensions(client: ApiClient): Promise<ExtensionInfo[]> {
  const records = checkExtensions(`GET ${paths.extensions()}`, await getAllPages(client, paths.extensions(), {}, 1000));
  return records.map((r) => ({
    id: String(r.id),
    extensionNumber: String(r.extensionNumber ?? ''),
    name: String(r.name ?? [r.contact?.firstName, r.contact?.lastName].filter(Boolean).join(' ')),
    type: String(r.type ?? ''),
    status: r.status,
    email: r.contact?.email,
  }));
}

export async function readStandardGreetings(client: ApiClient): Promise<StandardGreeting[]> {
  const records = await getAllPages<ApiSchema<'DictionaryGreetingInfo'> | null>(client, paths.greetings(), {}, 1000);
  return records.map((r) => ({
    id: String(r?.id),
    name: String(r?.name ?? ''),
    type: String(r?.type ?? ''),
    usageType: r?.usageType,
    ...(r?.category !== undefined && { category: String(r.category) }),
  }));
}

/**
 * The user's own devices from `voice/forwarding-targets` (CommForwardingTargetsResource): its
 * DeviceRingTarget records, by device id and name.
 */
export async function readDevices(client: ApiClient, extensionId: string): Promise<DeviceInfo[]> {
  const records = await getAllPages<ForwardingTarget | null>(client, paths.forwardingTargets(extensionId), {}, 100);
  return records
    .filter((r): r is DeviceTarget => r?.type === 'DeviceRingTarget' && r.device?.id !== undefined)
    .map((r) => ({ id: String(r.device.id), name: String(r.name ?? r.device.name ?? '') }));
}

/**
 * `extensionNumber` names the user in the message when the account is not on new call handling.
 * `withDevices` adds the forwarding-targets read (documents that name a device by name, export).
 */
export async function readUser(
  client: ApiClient,
  extensionId: string,
  extensionNumber = extensionId,
  withDevices = false,
): Promise<UserSnapshot> {
  try {
    const [stateRules, interactionRules, devices] = await Promise.all([
      getAllPages<StateRule>(client, paths.stateRules(extensionId), {}, 100),
      getAllPages<InteractionRule>(client, paths.interactionRules(extensionId), {}, 1000),
      withDevices ? readDevices(client, extensionId) : undefined,
    ]);
    const checked = checkStateRules(`GET ${paths.stateRules(extensionId)}`, stateRules);
    const whole = await wholeRules(
      client,
      interactionRules,
      (r) => paths.interactionRule(extensionId, r.id),
      (r) => !r.dispatching || !r.conditions,
    );
    const rules = checkInteractionRules(`GET ${paths.interactionRules(extensionId)}`, whole);
    const snapshot: UserSnapshot = { stateRules: await withStates(client, extensionId, checked), interactionRules: rules };
    if (devices) snapshot.devices = devices;
    return snapshot;
  } catch (err) {
    throw await explainV2Failure(client, err, extensionNumber, extensionId);
  }
}

/**
 * The company's call handling. The rule list returns summaries (no schedule, callers or action:
 * ListCompanyAnsweringRuleInfo), so each rule is read whole with one Light GET; the account's
 * phone numbers are read only when asked (a calledNumbers condition names one).
 */
export async function readCompany(client: ApiClient, withPhoneNumbers = false): Promise<CompanySnapshot> {
  const [businessHours, list, phoneNumbers] = await Promise.all([
    client.get<CompanySnapshot['businessHours']>(paths.companyBusinessHours()),
    getAllPages<CompanyRule>(client, paths.companyAnsweringRules(), {}, 1000),
    withPhoneNumbers ? readAccountPhoneNumbers(client) : Promise.resolve(undefined),
  ]);
  // Custom rules are always summaries in the list; a default rule is one when it lacks its action.
  const summary = (r: CompanyRule) => r.type === 'Custom' || !r.callHandlingAction;
  checkBusinessHours(`GET ${paths.companyBusinessHours()}`, businessHours);
  // Checked like a site's: a custom rule read without its name would be created again.
  const request = `GET ${paths.companyAnsweringRules()}`;
  const answeringRules = checkAnsweringRules(request, await wholeRules(client, list, (r) => paths.companyAnsweringRule(r.id), summary));
  return phoneNumbers === undefined ? { businessHours, answeringRules } : { businessHours, answeringRules, phoneNumbers };
}

/**
 * The account's phone numbers in E.164 (`GET /account/~/phone-number`, RingCentral's API
 * reference; not in the spec subset). `{unavailable: status}` when the server does not offer the
 * list (404, 405, 501) or will not show it to this app (403): the planner then says it could not
 * check the numbers instead of failing, and RingCentral still refuses a number it does not know.
 */
export async function readAccountPhoneNumbers(client: ApiClient): Promise<string[] | { unavailable: number }> {
  try {
    // Beyond the spec subset: only `phoneNumber` is read, whatever else a record holds.
    const records = await getAllPages<{ phoneNumber?: unknown } | null>(client, paths.accountPhoneNumbers(), {}, 1000);
    return [...new Set(records.map((r) => String(r?.phoneNumber ?? '')).filter(Boolean))].sort();
  } catch (err) {
    if (err instanceof ApiError && [403, 404, 405, 501].includes(err.status ?? 0)) return { unavailable: err.status! };
    throw err;
  }
}

export async function readSite(client: ApiClient, extensionId: string): Promise<SiteSnapshot> {
  const [businessHours, answeringRules] = await Promise.all([
    client.get<SiteSnapshot['businessHours']>(paths.businessHours(extensionId)),
    // The default (Simple) view returns summaries only; the planner needs whole rules.
    getAllPages<SiteRule>(client, paths.answeringRules(extensionId), { view: 'Detailed' }, 1000),
  ]);
  // Default rules always carry an action; a record without one is a summary.
  const summary = (r: SiteRule) => !r.callHandlingAction;
  checkBusinessHours(`GET ${paths.businessHours(extensionId)}`, businessHours);
  const whole = await wholeRules(client, answeringRules, (r) => paths.answeringRule(extensionId, r.id), summary);
  return { businessHours, answeringRules: checkAnsweringRules(`GET ${paths.answeringRules(extensionId)}?view=Detailed`, whole) };
}

/**
 * The spec makes each state-rules record embed its state; should a server leave it out, the
 * states list (one more GET) fills it in, so states are never mistaken for missing.
 */
async function withStates(client: ApiClient, extensionId: string, stateRules: StateRule[]): Promise<StateRule[]> {
  if (stateRules.every((r) => r.state)) return stateRules;
  const states = await getAllPages<ApiSchema<'CommStateResource'> | null>(client, paths.states(extensionId), {}, 100);
  const byId = new Map(states.map((st) => [String(st?.id), st]));
  // A state neither embedded nor listed stays missing, as RingCentral answered it.
  return stateRules.map((r) => (r.state ? r : ({ ...r, state: byId.get(String(r.id)) } as StateRule)));
}

/**
 * Lists are read for whole records (the spec's interaction-rules list and `view=Detailed`
 * answering rules return them); a record that is only a summary is read on its own.
 */
async function wholeRules<R extends { id?: string }>(
  client: ApiClient,
  records: (R | null)[],
  path: (r: R & { id: string }) => string,
  partial: (r: R) => boolean,
): Promise<(R | null)[]> {
  return Promise.all(records.map((r) => (r?.id !== undefined && partial(r) ? client.get<R>(path(r as R & { id: string })) : r)));
}
