import { invalidParameter, notFound } from './api-error.js';
import { ok, queryValue, queryValues, type ApiRequest, type ApiResponse } from './api-request.js';
import { clone, type Json } from './json-value.js';
import { v1List } from './paging.js';
import { extensionUri, siteOf } from './resolve-path.js';
import type { SiteRule } from './site-call-handling.js';
import { createSiteRule, deleteSiteRule, putBusinessHours, updateSiteRule } from './update-site.js';

/**
 * v1 business hours and answering rules of sites. The rule list defaults to `view=Simple`
 * (summaries `{uri, id, type, name, enabled}`); `view=Detailed` returns full rules.
 */

function businessHoursBody(req: ApiRequest, siteId: string, weeklyRanges: Json): Json {
  return { uri: `${extensionUri(req, siteId)}/business-hours`, schedule: { weeklyRanges: clone(weeklyRanges) } };
}

export function readBusinessHours(req: ApiRequest): ApiResponse {
  const { ext, site } = siteOf(req);
  return ok(businessHoursBody(req, ext.id, site.weeklyRanges));
}

export function putSiteBusinessHours(req: ApiRequest): ApiResponse {
  const { ext, site } = siteOf(req);
  putBusinessHours(site, req.body);
  return ok(businessHoursBody(req, ext.id, site.weeklyRanges));
}

function ruleUri(req: ApiRequest, siteId: string, ruleId: string): string {
  return `${extensionUri(req, siteId)}/answering-rule/${ruleId}`;
}

function summary(req: ApiRequest, siteId: string, r: SiteRule): Json {
  return {
    uri: ruleUri(req, siteId, r.id),
    id: r.id,
    type: r.type,
    ...(r.name !== undefined && { name: r.name }),
    enabled: r.enabled,
  };
}

export function presentSiteRule(req: ApiRequest, siteId: string, r: SiteRule): Json {
  return {
    ...summary(req, siteId, r),
    ...(r.schedule !== undefined && { schedule: clone(r.schedule) }),
    ...(r.callers !== undefined && { callers: clone(r.callers) }),
    ...(r.calledNumbers !== undefined && { calledNumbers: clone(r.calledNumbers) }),
    callHandlingAction: 'TransferToExtension',
    transfer: { extension: { uri: extensionUri(req, r.transferId), id: r.transferId } },
  };
}

export function listSiteRules(req: ApiRequest): ApiResponse {
  const { ext, site } = siteOf(req);
  const view = queryValue(req.query, 'view') ?? 'Simple';
  if (view !== 'Simple' && view !== 'Detailed') throw invalidParameter('view', 'must be Simple or Detailed');
  const types = queryValues(req.query, 'type');
  for (const t of types)
    if (!['BusinessHours', 'AfterHours', 'Custom'].includes(t)) throw invalidParameter('type', `${t} is not a rule type`);
  const enabledOnly = queryValue(req.query, 'enabledOnly') === 'true';
  const rules = site.rules.filter((r) => (types.length === 0 || types.includes(r.type)) && (!enabledOnly || r.enabled));
  const present = view === 'Detailed' ? presentSiteRule : summary;
  return ok(
    v1List(
      req,
      rules.map((r) => present(req, ext.id, r)),
    ),
  );
}

export function createSiteAnsweringRule(req: ApiRequest): ApiResponse {
  const { ext, site } = siteOf(req);
  const rule = createSiteRule(site, req.body, req.model.newRuleId(), req.model);
  return ok(presentSiteRule(req, ext.id, rule));
}

export function readSiteRule(req: ApiRequest): ApiResponse {
  const { ext, site } = siteOf(req);
  const rule = site.rule(req.params.ruleId);
  if (!rule) throw notFound('ruleId', req.params.ruleId);
  return ok(presentSiteRule(req, ext.id, rule));
}

export function putSiteRule(req: ApiRequest): ApiResponse {
  const { ext, site } = siteOf(req);
  return ok(presentSiteRule(req, ext.id, updateSiteRule(site, req.params.ruleId, req.body, req.model)));
}

export function deleteSiteAnsweringRule(req: ApiRequest): ApiResponse {
  const { site } = siteOf(req);
  deleteSiteRule(site, req.params.ruleId);
  return { status: 204 };
}
