import type { CompanyAction, CompanyCustomRule, CompanyManifest } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { CompanySnapshot } from '../context.js';
import { e164 } from '../shared/compile-env.js';
import { paths } from '../shared/paths.js';
import { formerNames } from '../shared/live-match.js';
import { DEFAULT_RULE_IDS, v1HoursForm, v1RuleKinds, type DefaultRuleName } from '../shared/v1-rule-kinds.js';
import type { V1Context } from '../shared/v1-owner.js';
import { companyActionForm, compileCompanyAction } from './company-action.js';

type CompanyContext = V1Context<CompanySnapshot, CompanyManifest>;

/**
 * A default rule's action; the rule it updates is read whole for the greetings the document
 * keeps, and a greeting named by name is looked up in the after-hours rule's own presets there.
 */
const compileDefault = (name: DefaultRuleName) => (ctx: CompanyContext, rule: CompanyAction, origin: PathSeg[]) => {
  const live = ctx.live.answeringRules.find((r) => r?.id === DEFAULT_RULE_IDS[name]);
  return compileCompanyAction(ctx, rule, origin, live, name === 'after-hours' ? 'companyAfterHours' : 'company');
};

/**
 * A called number must be a number of the account (RingCentral refuses others). Checked when the
 * account's numbers were read; a server without the list is reported once by the planner.
 */
function calledNumber(ctx: CompanyContext, written: string, path: PathSeg[]) {
  const phoneNumber = e164(ctx, written, path);
  const owned = ctx.live.phoneNumbers;
  if (Array.isArray(owned) && !owned.includes(phoneNumber)) {
    const list = owned.length ? `its numbers are ${owned.join(', ')}` : 'it has no phone numbers';
    ctx.report(path, `${phoneNumber} is not a phone number of the account (${list})`);
  }
  return { phoneNumber };
}

/**
 * The live custom rule a document's rule updates, for the greetings it keeps: the one of its
 * name, else the one of a former name (the rule kind reports when that is not one rule).
 */
function liveCustomRule(ctx: CompanyContext, rule: CompanyCustomRule) {
  const custom = ctx.live.answeringRules.filter((r) => r?.type === 'Custom');
  for (const name of [rule.name, ...formerNames(rule.renamedFrom)]) {
    const found = custom.filter((r) => r.name === name);
    if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

/**
 * The company's v1 answering rules (`/account/~/business-hours`, `/account/~/answering-rule`):
 * rules transfer (Bypass), or go to the operator or hang up after the company greeting.
 */
export const companyKinds = v1RuleKinds<'company', CompanySnapshot, CompanyManifest>({
  owner: 'company',
  kinds: { hours: 'company-business-hours', rule: 'company-rule', custom: 'company-custom-rule' },
  who: () => 'the company',
  hoursText: 'company business hours',
  paths: {
    businessHours: () => paths.companyBusinessHours(),
    answeringRules: () => paths.companyAnsweringRules(),
    answeringRule: (_owner, id) => paths.companyAnsweringRule(id),
  },
  actionForm: companyActionForm,
  compileRule: { 'business-hours': compileDefault('business-hours'), 'after-hours': compileDefault('after-hours') },
  compileCustomAction: (ctx, rule, origin) => compileCompanyAction(ctx, rule, origin, liveCustomRule(ctx, rule), 'company'),
  calledNumber,
  reads: {
    // Whether after hours exist (and so the after-hours rule) follows from business hours, even
    // when the document does not set them.
    hours: (snapshot) => new Map([['@business-hours', v1HoursForm(snapshot.businessHours)]]),
    rule(snapshot) {
      const out = new Map<string, unknown>();
      for (const [name, id] of Object.entries(DEFAULT_RULE_IDS)) {
        const rule = snapshot.answeringRules.find((r) => r?.id === id);
        out.set(`@${name}`, rule ? companyActionForm(rule) : undefined);
      }
      return out;
    },
    custom: (snapshot) => (snapshot.phoneNumbers === undefined ? new Map() : new Map([['@phone-numbers', snapshot.phoneNumbers]])),
  },
});

export const companyBusinessHoursKind = companyKinds.businessHours;
export const companyRuleKind = companyKinds.rule;
export const companyCustomRuleKind = companyKinds.custom;
