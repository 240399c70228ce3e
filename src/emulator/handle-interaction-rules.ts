import { invalidParameter, notFound } from './api-error.js';
import { ok, queryValue, type ApiRequest, type ApiResponse } from './api-request.js';
import { v2List } from './paging.js';
import { presentInteractionRule } from './present-user.js';
import { v2UserOf } from './resolve-path.js';
import { createInteractionRule, deleteInteractionRule, updateInteractionRule } from './update-interaction-rules.js';
import { localNow } from '../core/local-time.js';

/** v2 interaction (custom) rules: the list returns full rules, create answers 201, update is PATCH. */

export function listInteractionRules(req: ApiRequest): ApiResponse {
  const { user } = v2UserOf(req);
  const enabled = queryValue(req.query, 'enabled');
  if (enabled !== undefined && enabled !== 'true' && enabled !== 'false') throw invalidParameter('enabled', 'must be true or false');
  const rules = user.interactionRules.filter((r) => enabled === undefined || String(r.enabled) === enabled);
  return ok(
    v2List(
      req,
      rules.map((r) => presentInteractionRule(user, r)),
    ),
  );
}

export function createRule(req: ApiRequest): ApiResponse {
  const { ext, user } = v2UserOf(req);
  const rule = createInteractionRule(user, req.body, req.model.newRuleId(), req.model, localNow(new Date(), ext.timezone));
  return ok(presentInteractionRule(user, rule), 201);
}

export function readRule(req: ApiRequest): ApiResponse {
  const { user } = v2UserOf(req);
  const rule = user.interactionRule(req.params.ruleId);
  if (!rule) throw notFound('ruleId', req.params.ruleId);
  return ok(presentInteractionRule(user, rule));
}

export function patchRule(req: ApiRequest): ApiResponse {
  const { ext, user } = v2UserOf(req);
  const rule = updateInteractionRule(user, req.params.ruleId, req.body, req.model, localNow(new Date(), ext.timezone));
  return ok(presentInteractionRule(user, rule));
}

export function deleteRule(req: ApiRequest): ApiResponse {
  const { user } = v2UserOf(req);
  deleteInteractionRule(user, req.params.ruleId);
  return { status: 204 };
}
