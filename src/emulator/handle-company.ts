import { ok, queryValues, type ApiRequest, type ApiResponse } from './api-request.js';
import type { CompanyCallHandling, CompanyRule } from './company-call-handling.js';
import { clone } from './json-value.js';
import { v1List } from './paging.js';
import { checkAccount, extensionUri } from './resolve-path.js';
import { createCompanyRule, updateCompanyRule } from './update-company.js';
import { presentRuleGreeting, ruleSummary, ruleWithConditions, v1RuleHandlers } from './v1-rule-handlers.js';

/**
 * The company's business hours and answering rules (`/account/{accountId}/business-hours`,
 * `/account/{accountId}/answering-rule`). The rule list returns summaries as the spec's
 * ListCompanyAnsweringRuleInfo has them (id, uri, enabled, type, name, calledNumbers,
 * extension): no schedule, callers or action, which take a GET of the rule.
 */

const accountUri = (req: ApiRequest) => `${req.baseUrl}/restapi/v1.0/account/${req.model.accountId}`;
const extensionRef = (req: ApiRequest, id: string) => ({ uri: extensionUri(req, id), id });

export const companyRules = v1RuleHandlers<CompanyRule, { uri: string; handling: CompanyCallHandling }>({
  resolve(req) {
    checkAccount(req);
    return { uri: accountUri(req), handling: req.model.company };
  },
  summary: (_req, o, r) => ({
    ...ruleSummary(o.uri, r),
    ...(r.calledNumbers !== undefined && { calledNumbers: clone(r.calledNumbers) }),
    ...(r.extensionId !== undefined && { extension: { id: r.extensionId } }),
  }),
  present: (req, o, r) => ({
    ...ruleWithConditions(o.uri, r),
    callHandlingAction: r.callHandlingAction,
    ...(r.extensionId !== undefined && { extension: extensionRef(req, r.extensionId) }),
    ...(r.greetings !== undefined && { greetings: r.greetings.map((g) => presentRuleGreeting(req, g)) }),
  }),
  listViews: false,
  create: (req, o) => createCompanyRule(o.handling, req.body, req.model.newRuleId(), req.model),
  update: (req, o) => updateCompanyRule(o.handling, req.params.ruleId, req.body, req.model),
});

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
