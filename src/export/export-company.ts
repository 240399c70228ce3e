import type { ApiSchema } from '../core/api/api-types.js';
import type { CompanyAction, CompanyCustomRule, CompanyManifest, Greeting } from '../core/manifest.js';
import { COMPANY_GREETING_TYPE } from '../kinds/company/company-greetings.js';
import { v1WeeklyIsAlways } from '../core/schedule.js';
import type { CompanySnapshot } from '../kinds/context.js';
import { DEFAULT_RULE_IDS } from '../kinds/shared/v1-rule-kinds.js';
import { FindingSink, KEPT_LIVE, RULE_UNMANAGED, type ExportFinding } from './export-findings.js';
import { fail, ok, type Converted, type ExtensionRefs } from './extension-refs.js';
import { whenOf } from './export-site.js';
import { v1WeeklyToSchedule } from './schedule-to-manifest.js';
import { v1CustomRulesToManifest, v1DefaultRulesToManifest } from './v1-rules-to-manifest.js';

/** RingCentral's limit on company rule names (the spec): a longer live name cannot be written. */
const MAX_NAME = 30;

/**
 * The company greeting a rule plays, as the manifest writes it (`{preset: <id>}`), when the rule
 * holds one; a Bypass rule never plays it, so it is not written there (it stays as it is live).
 */
function greetingOf(rule: ApiSchema<'CompanyAnsweringRuleInfo'>): { greeting?: Greeting } {
  const company = (rule?.greetings ?? []).find((g) => g?.type === COMPANY_GREETING_TYPE);
  const id = company?.preset?.id;
  return id !== undefined && company?.custom?.id === undefined ? { greeting: { preset: String(id) } } : {};
}

/** Bypass → `transferTo`, Operator → `operator: {}`, Disconnect → `disconnect: {}`, each with its company greeting. */
function actionOf(rule: ApiSchema<'CompanyAnsweringRuleInfo'>, refs: ExtensionRefs): Converted<CompanyAction> {
  const action = rule?.callHandlingAction ?? 'Operator';
  if (action === 'Operator') return ok({ operator: {}, ...greetingOf(rule) });
  if (action === 'Disconnect') return ok({ disconnect: {}, ...greetingOf(rule) });
  if (action !== 'Bypass') return fail(`the call handling action ${action}`);
  const id = rule?.extension?.id;
  if (id === undefined) return fail('Bypass without an extension');
  const ref = refs.ref(id);
  return ref === undefined ? fail(`a Bypass to extension id ${id}, which is not in the account`) : ok({ transferTo: ref });
}

function customRule(
  r: ApiSchema<'CompanyAnsweringRuleInfo'>,
  alwaysOpen: boolean,
  refs: ExtensionRefs,
  sink: FindingSink,
): CompanyCustomRule | undefined {
  const name = String(r.name ?? '');
  const scope = sink.at(`custom rule "${name}"`);
  if (name.length > MAX_NAME) return void scope.cannot(`a name longer than ${MAX_NAME} characters`, RULE_UNMANAGED);
  const when = whenOf(r, alwaysOpen);
  if (!when.ok) return void scope.cannot(`its conditions (${when.why})`, RULE_UNMANAGED);
  const action = actionOf(r, refs);
  if (!action.ok) return void scope.cannot(action.why, RULE_UNMANAGED);
  return { name, enabled: r.enabled === undefined ? true : Boolean(r.enabled), when: when.value, ...action.value };
}

export function exportCompany(snapshot: CompanySnapshot, refs: ExtensionRefs): { manifest: CompanyManifest; findings: ExportFinding[] } {
  const sink = new FindingSink('company', '');
  const manifest: CompanyManifest = { version: 1, kind: 'Company' };
  const weekly = snapshot.businessHours?.schedule?.weeklyRanges;
  const schedule = v1WeeklyToSchedule(weekly, true);
  if (schedule.ok) manifest.businessHours = { schedule: schedule.value };
  else sink.at('business hours').cannot(schedule.why, KEPT_LIVE);
  const alwaysOpen = v1WeeklyIsAlways(weekly);
  const rules = v1DefaultRulesToManifest(snapshot.answeringRules, DEFAULT_RULE_IDS, alwaysOpen, sink, (r) => actionOf(r, refs));
  if (rules) manifest.rules = rules;
  const custom = v1CustomRulesToManifest(snapshot.answeringRules, sink, (r) => customRule(r, alwaysOpen, refs, sink));
  if (custom.length > 0) manifest.customRules = custom;
  manifest.prune = false;
  return { manifest, findings: sink.findings };
}
