import { invalidParameter, notFound } from './api-error.js';
import { ok, queryValue, queryValues, type ApiRequest, type ApiResponse } from './api-request.js';
import { clone, type Json } from './json-value.js';
import { v1List } from './paging.js';
import { presentQueueRule, presentQueueRuleSummary } from './present-queue.js';
import { extensionUri, queueOf } from './resolve-path.js';
import { putBusinessHours } from './update-site.js';
import { createQueueRule, deleteQueueRule, updateQueueRule } from './update-queue-rules.js';

/**
 * A call queue's v1 business hours and answering rules (`A/extension/{id}/business-hours`,
 * `…/answering-rule`), as callqueue-answering-rules.md describes them. The list defaults to
 * `view=Simple` (summaries); `view=Detailed` returns whole rules.
 */

function hoursBody(req: ApiRequest, queueId: string, weeklyRanges: Json): Json {
  return { uri: `${extensionUri(req, queueId)}/business-hours`, schedule: { weeklyRanges: clone(weeklyRanges) } };
}

export function readQueueBusinessHours(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req);
  return ok(hoursBody(req, ext.id, queue.weeklyRanges));
}

export function putQueueBusinessHours(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req);
  putBusinessHours(queue, req.body);
  return ok(hoursBody(req, ext.id, queue.weeklyRanges));
}

export function listQueueRules(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req);
  const view = queryValue(req.query, 'view') ?? 'Simple';
  if (view !== 'Simple' && view !== 'Detailed') throw invalidParameter('view', 'must be Simple or Detailed');
  const types = queryValues(req.query, 'type');
  for (const t of types)
    if (!['BusinessHours', 'AfterHours', 'Custom'].includes(t)) throw invalidParameter('type', `${t} is not a rule type`);
  const enabledOnly = queryValue(req.query, 'enabledOnly') === 'true';
  const rules = queue.rules.filter((r) => (types.length === 0 || types.includes(r.type)) && (!enabledOnly || r.enabled));
  return ok(
    v1List(
      req,
      rules.map((r) => (view === 'Detailed' ? presentQueueRule(req, ext, r) : presentQueueRuleSummary(req, ext.id, r))),
    ),
  );
}

export function createQueueAnsweringRule(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req);
  const rule = createQueueRule(queue, req.body, req.model.newRuleId(), req.model, ext.memberIds);
  return ok(presentQueueRule(req, ext, rule));
}

export function readQueueRule(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req);
  const rule = queue.rule(req.params.ruleId);
  if (!rule) throw notFound('ruleId', req.params.ruleId);
  return ok(presentQueueRule(req, ext, rule));
}

export function putQueueRule(req: ApiRequest): ApiResponse {
  const { ext, queue } = queueOf(req);
  return ok(presentQueueRule(req, ext, updateQueueRule(queue, req.params.ruleId, req.body, req.model, ext.memberIds)));
}

export function deleteQueueAnsweringRule(req: ApiRequest): ApiResponse {
  const { queue } = queueOf(req);
  deleteQueueRule(queue, req.params.ruleId);
  return { status: 204 };
}
