import { UserError } from '../core/problem.js';
import { AccountModel, type ExtensionRecord } from './account-model.js';
import { ApiError } from './api-error.js';
import type { ResolvedSeed, SeedExtension } from './seed-types.js';
import { SiteCallHandling } from './site-call-handling.js';
import { QueueCallHandling } from './queue-call-handling.js';
import { createQueueRule, updateQueueRule } from './update-queue-rules.js';
import { putOverflow, updateQueueDetails } from './update-queue.js';
import { seedDevices } from './seed-devices.js';
import { createInteractionRule } from './update-interaction-rules.js';
import { createSiteRule } from './update-site.js';
import { putBusinessHours } from './update-v1-rule.js';
import { createCompanyRule, updateCompanyRule } from './update-company.js';
import { updateStateRule } from './update-state-rule.js';
import { updateUserState } from './update-user-state.js';
import { UserCallHandling, type StateId } from './user-call-handling.js';
import { localNow } from '../core/local-time.js';
import { DEFAULT_LANGUAGE_ID } from './languages.js';
import { updateIvrMenu } from './update-ivr-menu.js';

/**
 * Builds the account from a resolved seed. Initial call handling in the seed goes through the
 * same update functions as the API, so a seed can only describe what the API would accept.
 */
export function buildModel(seed: ResolvedSeed): AccountModel {
  const model = new AccountModel(seed.account.id, seed.account.mainNumber, seed.account.name);
  model.timezone = seed.account.timezone;
  seedIvrPrompts(model, seed);
  for (const ext of seed.extensions) model.addExtension(toRecord(ext, seed));
  for (const ext of seed.extensions) linkExtension(model, ext);
  for (const g of seed.customGreetings) {
    const owner = g.extension === undefined ? undefined : mustResolve(model, g.extension, `customGreetings ${g.id}`);
    model.customGreetings.set(g.id, { id: g.id, type: g.type, extensionId: owner?.id, name: g.name });
  }
  for (const ext of seed.extensions) {
    const record = model.extension(ext.id)!;
    if (record.type === 'User') seedDevices(model, record, ext);
    else if (ext.devices !== undefined || ext.forwardingTargets !== undefined)
      throw new UserError(`seed: extension ${record.extensionNumber}: only users have devices and forwarding targets`);
  }
  for (const ext of seed.extensions) {
    const record = model.extension(ext.id)!;
    if (record.type === 'User') seedUser(model, record, ext);
    if (record.type === 'Site') seedSite(model, record, ext);
  }
  for (const ext of seed.extensions) {
    const record = model.extension(ext.id)!;
    if (record.type === 'IvrMenu') seedIvrMenu(model, record, ext);
    else if (ext.ivrMenu !== undefined) throw new UserError(`seed: extension ${record.extensionNumber}: only IVR menus have ivrMenu`);
    if (record.type === 'Department') seedQueue(model, record, ext);
  }
  seedPhoneNumbers(model, seed);
  seedCompany(model, seed);
  const owner = model.resolve(seed.credentials.owner);
  if (!owner || owner.type !== 'User') throw new UserError(`seed: credentials.owner ${seed.credentials.owner} is not a user extension`);
  return model;
}

function toRecord(ext: SeedExtension, seed: ResolvedSeed): ExtensionRecord {
  return {
    id: ext.id,
    extensionNumber: ext.extensionNumber,
    name: ext.name,
    type: ext.type,
    status: ext.status ?? 'Enabled',
    email: ext.email,
    timezone: ext.timezone ?? seed.account.timezone,
    admin: ext.admin ?? false,
    newCallHandling: ext.newCallHandling ?? true,
    memberIds: [],
  };
}

function mustResolve(model: AccountModel, ref: string, where: string): ExtensionRecord {
  const found = model.resolve(ref);
  if (!found) throw new UserError(`seed: ${where}: extension ${ref} does not exist`);
  return found;
}

function linkExtension(model: AccountModel, ext: SeedExtension): void {
  const record = model.extension(ext.id)!;
  if (ext.site !== undefined) record.siteId = mustResolve(model, ext.site, `extension ${ext.extensionNumber} site`).id;
  if (ext.members !== undefined) {
    record.memberIds = ext.members.map((m) => mustResolve(model, m, `extension ${ext.extensionNumber} members`).id);
  }
}

/** Runs one seeded write, turning an API refusal into a seed error that says where. */
function seeded(where: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    if (e instanceof ApiError) throw new UserError(`seed: ${where}: ${e.errors.map((x) => x.message).join('; ')}`);
    throw e;
  }
}

function seedUser(model: AccountModel, record: ExtensionRecord, ext: SeedExtension): void {
  const user = new UserCallHandling(model.queuesOf(record.id).length > 0, record.id);
  model.users.set(record.id, user);
  const now = localNow(new Date(), record.timezone);
  const where = `extension ${record.extensionNumber}`;
  // work-hours first: it decides whether after-hours exists for the rest.
  const stateIds = Object.keys(ext.states ?? {}).sort((a, b) => Number(b === 'work-hours') - Number(a === 'work-hours'));
  for (const id of stateIds) {
    if (!['work-hours', 'forward-all-calls', 'dnd', 'agent'].includes(id) || !user.has(id as StateId)) {
      throw new UserError(`seed: ${where}: states.${id} cannot be set`);
    }
    seeded(`${where} states.${id}`, () => updateUserState(user, id as StateId, ext.states![id], now));
  }
  for (const [id, body] of Object.entries(ext.stateRules ?? {})) {
    if (!user.has(id as StateId)) throw new UserError(`seed: ${where}: stateRules.${id}: the state does not exist`);
    seeded(`${where} stateRules.${id}`, () => updateStateRule(user, id as StateId, body, model));
  }
  (ext.interactionRules ?? []).forEach((body, i) =>
    seeded(`${where} interactionRules[${i}]`, () => createInteractionRule(user, body, model.newRuleId(), model, now)),
  );
}

function seedSite(model: AccountModel, record: ExtensionRecord, ext: SeedExtension): void {
  const where = `extension ${record.extensionNumber}`;
  const target = ext.transferTo !== undefined ? mustResolve(model, ext.transferTo, `${where} transferTo`) : defaultTransfer(model);
  if (!target) throw new UserError(`seed: ${where}: transferTo is required (the account has no IVR menu or user)`);
  const site = new SiteCallHandling(target.id);
  model.sites.set(record.id, site);
  if (ext.businessHours !== undefined) seeded(`${where} businessHours`, () => putBusinessHours(site, ext.businessHours));
  (ext.answeringRules ?? []).forEach((body, i) =>
    seeded(`${where} answeringRules[${i}]`, () => createSiteRule(site, body, model.newRuleId(), model)),
  );
}

function seedIvrPrompts(model: AccountModel, seed: ResolvedSeed): void {
  seed.ivrPrompts.forEach((p, i) => {
    if (typeof p?.id !== 'string' || !/^\d+$/.test(p.id) || typeof p.filename !== 'string' || p.filename === '')
      throw new UserError(`seed: ivrPrompts[${i}] needs an id (digits) and a filename`);
    if (model.ivrPrompts.some((x) => x.id === p.id)) throw new UserError(`seed: ivrPrompts[${i}]: duplicate id ${p.id}`);
    model.ivrPrompts.push({ id: p.id, filename: p.filename, contentType: p.contentType ?? 'audio/wav' });
  });
}

/** Every IVR menu gets RingCentral's defaults, then the seed's body through the API's own update. */
function seedIvrMenu(model: AccountModel, record: ExtensionRecord, ext: SeedExtension): void {
  model.ivrMenus.set(record.id, { promptRepeatCount: 3, prompt: { mode: 'TextToSpeech', languageId: DEFAULT_LANGUAGE_ID }, actions: [] });
  if (ext.ivrMenu === undefined) return;
  const body = ext.ivrMenu as { actions?: unknown };
  const actions = Array.isArray(body.actions) ? body.actions.map((a: unknown) => resolveExtension(model, a)) : body.actions;
  seeded(`extension ${record.extensionNumber} ivrMenu`, () => updateIvrMenu(model, record.id, { ...body, actions }));
}

/**
 * A call queue: RingCentral's defaults, then the seed's details, business hours, default rules
 * (by id), custom rules and overflow, each through the API's own update functions. Queues are
 * seeded after every extension exists, since rules and overflow name other extensions.
 */
function seedQueue(model: AccountModel, record: ExtensionRecord, ext: SeedExtension): void {
  const where = `extension ${record.extensionNumber}`;
  if (record.memberIds.some((id) => model.extension(id)!.type !== 'User'))
    throw new UserError(`seed: ${where}: members: only users can be members of a call queue`);
  const queue = new QueueCallHandling(record.id);
  model.queues.set(record.id, queue);
  if (ext.queueDetails !== undefined) seeded(`${where} queueDetails`, () => updateQueueDetails(model, record, queue, ext.queueDetails));
  if (ext.businessHours !== undefined) seeded(`${where} businessHours`, () => putBusinessHours(queue, ext.businessHours));
  for (const [id, body] of Object.entries(ext.rules ?? {})) {
    seeded(`${where} rules.${id}`, () => updateQueueRule(queue, id, resolveIds(model, body), model, record.memberIds));
  }
  (ext.answeringRules ?? []).forEach((body, i) =>
    seeded(`${where} answeringRules[${i}]`, () =>
      createQueueRule(queue, resolveIds(model, body), model.newRuleId(), model, record.memberIds),
    ),
  );
  if (ext.overflow !== undefined) seeded(`${where} overflow`, () => putOverflow(model, record, queue, resolveIds(model, ext.overflow)));
}

/** Seeds may name extensions by number wherever the API takes an `id`. */
function resolveIds(model: AccountModel, body: unknown): unknown {
  return JSON.parse(JSON.stringify(body ?? null), (key, v: unknown) =>
    key === 'id' && typeof v === 'string' && !model.extension(v) && model.resolve(v) ? model.resolve(v)!.id : v,
  );
}

/** The main number first, then the seed's other numbers; ids are deterministic. */
function seedPhoneNumbers(model: AccountModel, seed: ResolvedSeed): void {
  model.phoneNumbers.push({ id: '1160000001', phoneNumber: seed.account.mainNumber, usageType: 'MainCompanyNumber' });
  seed.phoneNumbers.forEach((n, i) => {
    const ext = n.extension === undefined ? undefined : mustResolve(model, n.extension, `phoneNumbers ${n.phoneNumber}`);
    model.phoneNumbers.push({
      id: String(1160000002 + i),
      phoneNumber: n.phoneNumber,
      usageType: n.usageType ?? 'CompanyNumber',
      extensionId: ext?.id,
    });
  });
}

function seedCompany(model: AccountModel, seed: ResolvedSeed): void {
  const { businessHours, rules, answeringRules } = seed.company;
  if (businessHours !== undefined) seeded('company businessHours', () => putBusinessHours(model.company, businessHours));
  for (const [id, body] of Object.entries(rules ?? {})) {
    seeded(`company rules.${id}`, () => updateCompanyRule(model.company, id, resolveExtension(model, body), model));
  }
  (answeringRules ?? []).forEach((body, i) =>
    seeded(`company answeringRules[${i}]`, () => createCompanyRule(model.company, resolveExtension(model, body), model.newRuleId(), model)),
  );
}

/** Seeds may name a Bypass extension by number; the API takes its id. */
function resolveExtension(model: AccountModel, body: unknown): unknown {
  const ref = (body as { extension?: { id?: string } })?.extension?.id;
  if (typeof ref !== 'string') return body;
  return { ...(body as object), extension: { id: mustResolve(model, ref, 'company rule extension').id } };
}

function defaultTransfer(model: AccountModel): ExtensionRecord | undefined {
  return model.extensions.find((e) => e.type === 'IvrMenu') ?? model.extensions.find((e) => e.type === 'User');
}
