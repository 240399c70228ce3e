import { invalidParameter, notFound } from './api-error.js';
import { ok, queryValue, type ApiRequest, type ApiResponse } from './api-request.js';
import type { Json } from './json-value.js';
import { v1List } from './paging.js';
import {
  GREETING_TYPE_FILTER,
  GREETING_USAGE_FILTER,
  STANDARD_GREETINGS,
  standardGreeting,
  type StandardGreeting,
} from './standard-greetings.js';

/** The standard greetings dictionary (`/restapi/v1.0/dictionary/greeting`), filtered by type and usageType. */

function present(req: ApiRequest, g: StandardGreeting): Json {
  const uri = `${req.baseUrl}/restapi/v1.0/dictionary/greeting/${g.id}`;
  return {
    uri,
    id: g.id,
    name: g.name,
    type: g.type,
    usageType: g.usageType,
    category: g.category,
    contentUri: `${uri}/content`,
  };
}

function filter(req: ApiRequest, name: string, allowed: string[]): string | undefined {
  const v = queryValue(req.query, name);
  if (v !== undefined && !allowed.includes(v)) throw invalidParameter(name, `must be one of ${allowed.join(', ')}`);
  return v;
}

export function listStandardGreetings(req: ApiRequest): ApiResponse {
  const type = filter(req, 'type', GREETING_TYPE_FILTER);
  const usageType = filter(req, 'usageType', GREETING_USAGE_FILTER);
  const items = STANDARD_GREETINGS.filter((g) => (!type || g.type === type) && (!usageType || g.usageType === usageType));
  return ok(
    v1List(
      req,
      items.map((g) => present(req, g)),
    ),
  );
}

export function readStandardGreeting(req: ApiRequest): ApiResponse {
  const g = standardGreeting(req.params.greetingId);
  if (!g) throw notFound('greetingId', req.params.greetingId);
  return ok(present(req, g));
}
