import { notFound } from './api-error.js';
import { ok, queryValues, type ApiRequest, type ApiResponse } from './api-request.js';
import { invalidParameter } from './api-error.js';
import type { CompanyRule } from './company-call-handling.js';
import { clone, type Json } from './json-value.js';
import { v1List } from './paging.js';
import { standardGreeting } from './standard-greetings.js';
import { checkAccount, extensionUri } from './resolve-path.js';
import { createCompanyRule, deleteCompanyRule, putCompanyHours, updateCompanyRule } from './update-company.js';

/**
 * The company's business hours and answering rules (`/account/{accountId}/business-hours`,
 * `/account/{accountId}/answering-rule`). The rule list returns summaries as the spec's
 * ListCompanyAnsweringRuleInfo has them (id, uri, enabled, type, name, calledNumbers,
 * extension): no schedule, callers or action, which take a GET of the rule.
 */

const accountUri = (req: ApiRequest) => `${req.baseUrl}/restapi/v1.0/account/${req.model.accountId}`;

function hoursBody(req: ApiRequest): Json {
  return { uri: `${accountUri(req)}/business-hours`, schedule: { weeklyRanges: clone(req.model.company.weeklyRanges) } };
}

export function readCompanyHours(req: ApiRequest): ApiResponse {
  checkAccount(req);
  return ok(hoursBody(req));
}

export function putCompanyBusinessHours(req: ApiRequest): ApiResponse {
  checkAccount(req);
  putCompanyHours(req.model.company, req.body);
  return ok(hoursBody(req));
}

const ruleUri = (req: ApiRequest, id: string) => `${accountUri(req)}/answering-rule/${id}`;
const extensionRef = (req: ApiRequest, id: string) => ({ uri: extensionUri(req, id), id });

function summary(req: ApiRequest, r: CompanyRule): Json {
  return {
    uri: ruleUri(req, r.id),
    id: r.id,
    type: r.type,
    ...(r.name !== undefined && { name: r.name }),
    enabled: r.enabled,
    ...(r.calledNumbers !== undefined && { calledNumbers: clone(r.calledNumbers) }),
    ...(r.extensionId !== undefined && { extension: { id: r.extensionId } }),
  };
}

function present(req: ApiRequest, r: CompanyRule): Json {
  return {
    uri: ruleUri(req, r.id),
    id: r.id,
    type: r.type,
    ...(r.name !== undefined && { name: r.name }),
    enabled: r.enabled,
    ...(r.schedule !== undefined && { schedule: clone(r.schedule) }),
    ...(r.callers !== undefined && { callers: clone(r.callers) }),
    ...(r.calledNumbers !== undefined && { calledNumbers: clone(r.calledNumbers) }),
    callHandlingAction: r.callHandlingAction,
    ...(r.extensionId !== undefined && { extension: extensionRef(req, r.extensionId) }),
    ...(r.greetings !== undefined && { greetings: r.greetings.map((g) => presentGreeting(req, g)) }),
  };
}

/** A rule's greeting as GreetingInfo: its type and the preset, with the dictionary's uri and name. */
function presentGreeting(req: ApiRequest, g: Json): Json {
  const id = String((g.preset as { id: string }).id);
  const found = standardGreeting(id);
  return { type: g.type, preset: { uri: `${req.baseUrl}/restapi/v1.0/dictionary/greeting/${id}`, id, ...(found && { name: found.name }) } };
}

export function listCompanyRules(req: ApiRequest): ApiResponse {
  checkAccount(req);
  const types = queryValues(req.query, 'type');
  for (const t of types)
    if (!['BusinessHours', 'AfterHours', 'Custom'].includes(t)) throw invalidParameter('type', `${t} is not a rule type`);
  const rules = req.model.company.rules.filter((r) => types.length === 0 || types.includes(r.type));
  return ok(
    v1List(
      req,
      rules.map((r) => summary(req, r)),
    ),
  );
}

export function createCompanyAnsweringRule(req: ApiRequest): ApiResponse {
  checkAccount(req);
  return ok(present(req, createCompanyRule(req.model.company, req.body, req.model.newRuleId(), req.model)));
}

export function readCompanyRule(req: ApiRequest): ApiResponse {
  checkAccount(req);
  const rule = req.model.company.rule(req.params.ruleId);
  if (!rule) throw notFound('ruleId', req.params.ruleId);
  return ok(present(req, rule));
}

export function putCompanyRule(req: ApiRequest): ApiResponse {
  checkAccount(req);
  return ok(present(req, updateCompanyRule(req.model.company, req.params.ruleId, req.body, req.model)));
}

export function deleteCompanyAnsweringRule(req: ApiRequest): ApiResponse {
  checkAccount(req);
  deleteCompanyRule(req.model.company, req.params.ruleId);
  return { status: 204 };
}

/**
 * The account's phone numbers (`GET /account/{accountId}/phone-number`): not in the spec subset;
 * shaped as RingCentral's API reference gives AccountPhoneNumbers / CompanyPhoneNumberInfo.
 */
export function listAccountPhoneNumbers(req: ApiRequest): ApiResponse {
  checkAccount(req);
  const usage = queryValues(req.query, 'usageType');
  const numbers = req.model.phoneNumbers.filter((n) => usage.length === 0 || usage.includes(n.usageType));
  return ok(
    v1List(
      req,
      numbers.map((n) => ({
        uri: `${accountUri(req)}/phone-number/${n.id}`,
        id: Number(n.id),
        phoneNumber: n.phoneNumber,
        paymentType: 'Local',
        type: 'VoiceFax',
        usageType: n.usageType,
        status: 'Normal',
        ...(n.extensionId !== undefined && { extension: extensionRef(req, n.extensionId) }),
      })),
    ),
  );
}

/**
 * `GET /restapi/v1.0/account/~` (readAccountInfo, beyond the spec subset: RingCentral's API
 * reference, GetAccountInfoResponse): the account's id, main number and regional settings, whose
 * time zone is the one the company's business hours and answering rules are evaluated in.
 */
export function readAccountInfo(req: ApiRequest): ApiResponse {
  checkAccount(req);
  return ok({
    uri: accountUri(req),
    id: Number(req.model.accountId),
    mainNumber: req.model.mainNumber,
    status: 'Confirmed',
    regionalSettings: { timezone: { name: req.model.timezone } },
  });
}
