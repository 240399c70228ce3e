import type { AccountModel, ExtensionRecord } from './account-model.js';
import { Problems, invalidParameter, notFound } from './api-error.js';
import { IVR_ACTIONS, IVR_INPUTS, type IvrAction, type IvrMenuState, type IvrPrompt } from './ivr-menu-state.js';
import { at, isNonEmptyString, isObject, type Json } from './json-value.js';
import { DEFAULT_LANGUAGE_ID, languageById } from './languages.js';
import { isE164 } from './phone-number.js';

/**
 * Writes to IVR menus: POST creates one (a new `IvrMenu` extension), PUT changes what the body
 * names and keeps the rest (`actions`, when given, replace the keys whole). The API has no
 * delete. Every problem of a body is reported at once (CMN-101 per field), nothing is written
 * unless all are fine: inputs and actions from the spec's enums, one action per input, Connect
 * and Voicemail name an existing extension, Transfer an E.164 number, an Audio prompt an existing
 * prompt, a TextToSpeech language a language of the dictionary, `promptRepeatCount` 1–3.
 * A menu may connect to itself or to another menu: RingCentral allows it.
 */

const EXTENSION_NUMBER = /^\d{1,8}$/;

export function createIvrMenu(model: AccountModel, body: unknown): ExtensionRecord {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  const fields = checkFields(p, model, body, undefined);
  p.throwIfAny();
  const extensionNumber = fields.extensionNumber ?? model.freeExtensionNumber(1001);
  const record: ExtensionRecord = {
    id: model.newExtensionId(),
    extensionNumber,
    name: fields.name ?? `IVR Menu ${extensionNumber}`,
    type: 'IvrMenu',
    status: 'Enabled',
    timezone: model.timezone,
    siteId: fields.siteId,
    admin: false,
    newCallHandling: false,
    memberIds: [],
  };
  model.addExtension(record);
  model.ivrMenus.set(record.id, {
    promptRepeatCount: fields.promptRepeatCount ?? 3,
    prompt: fields.prompt ?? { mode: 'TextToSpeech', languageId: DEFAULT_LANGUAGE_ID },
    actions: fields.actions ?? [],
  });
  return record;
}

export function updateIvrMenu(model: AccountModel, id: string, body: unknown): ExtensionRecord {
  const record = model.extension(id);
  const menu = model.ivrMenus.get(id);
  if (!record || !menu) throw notFound('ivrMenuId', id);
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  if (body.id !== undefined && String(body.id) !== id) p.add('id', `this menu's id is ${id}`);
  const fields = checkFields(p, model, body, { record, menu });
  p.throwIfAny();
  if (fields.extensionNumber !== undefined) model.renumber(record, fields.extensionNumber);
  if (fields.name !== undefined) record.name = fields.name;
  if (fields.siteId !== undefined || body.site !== undefined) record.siteId = fields.siteId;
  if (fields.promptRepeatCount !== undefined) menu.promptRepeatCount = fields.promptRepeatCount;
  if (fields.prompt !== undefined) menu.prompt = fields.prompt;
  if (fields.actions !== undefined) menu.actions = fields.actions;
  return record;
}

interface Fields {
  name?: string;
  extensionNumber?: string;
  siteId?: string;
  promptRepeatCount?: number;
  prompt?: IvrPrompt;
  actions?: IvrAction[];
}

function checkFields(
  p: Problems,
  model: AccountModel,
  body: Json,
  live: { record: ExtensionRecord; menu: IvrMenuState } | undefined,
): Fields {
  const fields: Fields = {};
  if (body.name !== undefined) {
    if (isNonEmptyString(body.name)) fields.name = body.name;
    else p.add('name', 'must be a non-empty string');
  }
  if (body.extensionNumber !== undefined) {
    const n = body.extensionNumber;
    if (typeof n !== 'string' || !EXTENSION_NUMBER.test(n)) p.add('extensionNumber', 'must be a string of 1 to 8 digits');
    else if (model.resolveNumber(n) !== undefined && model.resolveNumber(n) !== live?.record)
      p.add('extensionNumber', `extension number ${n} is already in use`);
    else fields.extensionNumber = n;
  }
  if (body.site !== undefined) fields.siteId = checkSite(p, model, body.site);
  if (body.promptRepeatCount !== undefined) {
    if ([1, 2, 3].includes(body.promptRepeatCount as number)) fields.promptRepeatCount = body.promptRepeatCount as number;
    else p.add('promptRepeatCount', 'must be 1, 2 or 3');
  }
  if (body.prompt !== undefined) fields.prompt = checkPrompt(p, model, body.prompt, live?.menu.prompt);
  if (body.actions !== undefined) fields.actions = checkActions(p, model, body.actions);
  return fields;
}

/** `main-site` (or no id) is the main site: the menu then belongs to no site extension. */
function checkSite(p: Problems, model: AccountModel, site: unknown): string | undefined {
  if (!isObject(site)) {
    p.add('site', 'must be an object {id}');
    return undefined;
  }
  if (site.id === undefined || site.id === 'main-site') return undefined;
  const ext = model.extension(String(site.id));
  if (!ext || ext.type !== 'Site') p.add('site.id', `${String(site.id)} is not a site of the account`);
  return ext?.id;
}

function checkPrompt(p: Problems, model: AccountModel, prompt: unknown, live: IvrPrompt | undefined): IvrPrompt | undefined {
  if (!isObject(prompt)) {
    p.add('prompt', 'must be an object {mode, text, language} or {mode, audio}');
    return undefined;
  }
  const mode = prompt.mode ?? live?.mode;
  if (mode === 'Audio') {
    const id = isObject(prompt.audio) ? prompt.audio.id : live?.mode === 'Audio' ? live.audioId : undefined;
    if (id === undefined) p.add('prompt.audio.id', 'is required in Audio mode');
    else if (!model.ivrPrompts.some((a) => a.id === String(id))) p.add('prompt.audio.id', `${String(id)} is not a prompt of the account`);
    if (prompt.text !== undefined) p.add('prompt.text', 'is for TextToSpeech mode only');
    return id === undefined ? undefined : { mode, audioId: String(id) };
  }
  if (mode !== 'TextToSpeech') {
    p.add('prompt.mode', 'must be Audio or TextToSpeech');
    return undefined;
  }
  const keep = live?.mode === 'TextToSpeech' ? live : undefined;
  if (prompt.text !== undefined && typeof prompt.text !== 'string') p.add('prompt.text', 'must be a string');
  if (prompt.audio !== undefined) p.add('prompt.audio', 'is for Audio mode only');
  let languageId = keep?.languageId ?? DEFAULT_LANGUAGE_ID;
  if (prompt.language !== undefined) {
    const id = isObject(prompt.language) ? prompt.language.id : undefined;
    if (id === undefined || !languageById(String(id))) p.add('prompt.language.id', `${String(id)} is not a language of the dictionary`);
    else languageId = String(id);
  }
  const text = typeof prompt.text === 'string' ? prompt.text : keep?.text;
  return { mode, languageId, ...(text !== undefined && { text }) };
}

function checkActions(p: Problems, model: AccountModel, actions: unknown): IvrAction[] | undefined {
  if (!Array.isArray(actions)) {
    p.add('actions', 'must be an array');
    return undefined;
  }
  const seen = new Set<string>();
  const out: IvrAction[] = [];
  actions.forEach((a: unknown, i) => {
    const path = at('actions', i);
    if (!isObject(a)) return p.add(path, 'must be an object {input, action}');
    const input = String(a.input);
    if (!IVR_INPUTS.includes(input)) p.add(at(path, 'input'), `must be one of ${IVR_INPUTS.join(', ')}`);
    else if (seen.has(input)) p.add(at(path, 'input'), `input ${input} has more than one action`);
    seen.add(input);
    const action = String(a.action);
    if (!IVR_ACTIONS.includes(action)) return p.add(at(path, 'action'), `must be one of ${IVR_ACTIONS.join(', ')}`);
    const item: IvrAction = { input, action };
    if (action === 'Connect' || action === 'Voicemail') {
      const id = isObject(a.extension) ? a.extension.id : undefined;
      const ext = id === undefined ? undefined : model.extension(String(id));
      if (id === undefined) p.add(at(path, 'extension.id'), `is required for ${action}`);
      else if (!ext) p.add(at(path, 'extension.id'), `extension ${String(id)} does not exist`);
      else if (action === 'Voicemail' && !['User', 'Department', 'Voicemail'].includes(ext.type))
        p.add(at(path, 'extension.id'), `a ${ext.type} extension has no voicemail`);
      else item.extensionId = ext.id;
    } else if (a.extension !== undefined) p.add(at(path, 'extension'), 'is for Connect and Voicemail only');
    if (action === 'Transfer') {
      if (!isE164(a.phoneNumber)) p.add(at(path, 'phoneNumber'), 'must be a phone number in E.164 format');
      else item.phoneNumber = a.phoneNumber;
    } else if (a.phoneNumber !== undefined) p.add(at(path, 'phoneNumber'), 'is for Transfer only');
    out.push(item);
  });
  return out;
}
