import type { ExtensionRecord } from './account-model.js';
import { notFound } from './api-error.js';
import { ok, type ApiRequest, type ApiResponse } from './api-request.js';
import type { IvrMenuState } from './ivr-menu-state.js';
import type { Json } from './json-value.js';
import { LANGUAGES, languageById } from './languages.js';
import { v1List } from './paging.js';
import { checkAccount, extensionUri } from './resolve-path.js';
import { createIvrMenu, updateIvrMenu } from './update-ivr-menu.js';

/**
 * IVR menus (`/account/{accountId}/ivr-menus`: list, create, read, update; the API has no
 * delete), the account's IVR prompts (`/ivr-prompts`, GET only) and the language dictionary
 * (`/restapi/v1.0/dictionary/language`), in the spec's shapes: IvrMenuList, IvrMenuInfo,
 * IvrPrompts, LanguageList. Create answers 200 with the menu, as the spec declares.
 */

const accountUri = (req: ApiRequest) => `${req.baseUrl}/restapi/v1.0/account/${req.model.accountId}`;
const menuUri = (req: ApiRequest, id: string) => `${accountUri(req)}/ivr-menus/${id}`;
const promptUri = (req: ApiRequest, id: string) => `${accountUri(req)}/ivr-prompts/${id}`;
const languageUri = (req: ApiRequest, id: string) => `${req.baseUrl}/restapi/v1.0/dictionary/language/${id}`;

function menus(req: ApiRequest): ExtensionRecord[] {
  return req.model.extensions.filter((e) => e.type === 'IvrMenu' && req.model.ivrMenus.has(e.id));
}

function siteOf(req: ApiRequest, ext: ExtensionRecord): Json {
  const site = ext.siteId === undefined ? undefined : req.model.extension(ext.siteId);
  return site ? { id: site.id, name: site.name } : { id: 'main-site', name: req.model.companyName };
}

function presentPrompt(req: ApiRequest, menu: IvrMenuState): Json {
  const p = menu.prompt;
  if (p.mode === 'Audio') return { mode: 'Audio', audio: { uri: promptUri(req, p.audioId), id: p.audioId } };
  const language = languageById(p.languageId)!;
  return {
    mode: 'TextToSpeech',
    ...(p.text !== undefined && { text: p.text }),
    language: { uri: languageUri(req, language.id), id: language.id, name: language.name, localeCode: language.localeCode },
  };
}

function presentMenu(req: ApiRequest, ext: ExtensionRecord): Json {
  const menu = req.model.ivrMenus.get(ext.id)!;
  return {
    uri: menuUri(req, ext.id),
    id: ext.id,
    name: ext.name,
    extensionNumber: ext.extensionNumber,
    promptRepeatCount: menu.promptRepeatCount,
    site: siteOf(req, ext),
    prompt: presentPrompt(req, menu),
    actions: menu.actions.map((a) => {
      const target = a.extensionId === undefined ? undefined : req.model.extension(a.extensionId);
      return {
        input: a.input,
        action: a.action,
        ...(target && { extension: { uri: extensionUri(req, target.id), id: target.id, name: target.name } }),
        ...(a.phoneNumber !== undefined && { phoneNumber: a.phoneNumber }),
      };
    }),
  };
}

export function listIvrMenus(req: ApiRequest): ApiResponse {
  checkAccount(req);
  const records = menus(req).map((e) => ({ uri: menuUri(req, e.id), id: e.id, name: e.name, extensionNumber: e.extensionNumber }));
  return ok(v1List(req, records));
}

export function readIvrMenu(req: ApiRequest): ApiResponse {
  checkAccount(req);
  const ext = menus(req).find((e) => e.id === req.params.ivrMenuId);
  if (!ext) throw notFound('ivrMenuId', req.params.ivrMenuId);
  return ok(presentMenu(req, ext));
}

export function createIvrMenuHandler(req: ApiRequest): ApiResponse {
  checkAccount(req);
  return ok(presentMenu(req, createIvrMenu(req.model, req.body)));
}

export function putIvrMenu(req: ApiRequest): ApiResponse {
  checkAccount(req);
  return ok(presentMenu(req, updateIvrMenu(req.model, req.params.ivrMenuId, req.body)));
}

export function listIvrPrompts(req: ApiRequest): ApiResponse {
  checkAccount(req);
  return ok(
    v1List(
      req,
      req.model.ivrPrompts.map((p) => ({
        uri: promptUri(req, p.id),
        id: p.id,
        contentType: p.contentType,
        contentUri: `${promptUri(req, p.id)}/content`,
        filename: p.filename,
      })),
    ),
  );
}

export function listLanguages(req: ApiRequest): ApiResponse {
  return ok(
    v1List(
      req,
      LANGUAGES.map((l) => ({ uri: languageUri(req, l.id), ...l })),
    ),
  );
}
