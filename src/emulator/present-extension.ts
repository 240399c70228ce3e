import type { ExtensionRecord } from './account-model.js';
import type { ApiRequest } from './api-request.js';
import type { Json } from './json-value.js';
import { extensionUri } from './resolve-path.js';

/**
 * Extensions as v1 returns them: `id` is an integer, `uri` absolute, contact and site filled in.
 * Extensions outside any site belong to the main site, as in RingCentral's multi-site accounts.
 */

function contactOf(req: ApiRequest, ext: ExtensionRecord): Json {
  // `company` is the account's company name, as RingCentral fills it on every extension.
  const extra = { ...(ext.email === undefined ? {} : { email: ext.email }), company: req.model.companyName };
  if (ext.type !== 'User') return { firstName: ext.name, ...extra };
  const [firstName, ...rest] = ext.name.split(' ');
  return { firstName, lastName: rest.join(' '), ...extra };
}

function siteOfExtension(req: ApiRequest, ext: ExtensionRecord): Json {
  const siteId = ext.type === 'Site' ? ext.id : ext.siteId;
  const site = siteId === undefined ? undefined : req.model.extension(siteId);
  if (!site) return { id: 'main-site', name: req.model.companyName };
  return { id: site.id, uri: extensionUri(req, site.id), name: site.name, code: site.extensionNumber };
}

export function presentExtensionSummary(req: ApiRequest, ext: ExtensionRecord): Json {
  return {
    uri: extensionUri(req, ext.id),
    id: Number(ext.id),
    extensionNumber: ext.extensionNumber,
    name: ext.name,
    type: ext.type,
    status: ext.status,
    contact: contactOf(req, ext),
    permissions: { admin: { enabled: ext.admin }, internationalCalling: { enabled: false } },
    hidden: false,
    site: siteOfExtension(req, ext),
  };
}

export function presentExtension(req: ApiRequest, ext: ExtensionRecord): Json {
  const queues = req.model.queuesOf(ext.id);
  return {
    ...presentExtensionSummary(req, ext),
    account: { id: req.model.accountId, uri: `${req.baseUrl}/restapi/v1.0/account/${req.model.accountId}` },
    regionalSettings: {
      timezone: { name: ext.timezone },
      homeCountry: { id: '1', isoCode: 'US', callingCode: '1', name: 'United States' },
      language: { id: '1033', localeCode: 'en-US', name: 'English (United States)' },
      timeFormat: '12h',
    },
    setupWizardState: 'Completed',
    ...(queues.length > 0 && {
      departments: queues.map((q) => ({ id: q.id, uri: extensionUri(req, q.id), extensionNumber: q.extensionNumber })),
    }),
  };
}
