import type { Reporter } from './findings.js';
import { asObj, child, childList, type At, type Obj } from './walk.js';

const ACTIONS = ['transferTo', 'operator', 'disconnect'];

/**
 * Company rules: each default rule sends calls to exactly one place (custom rules are checked
 * with the other custom rules), and a `greeting` names a predefined greeting on a rule that
 * plays it. RingCentral applies only predefined greetings to company answering rules (the
 * spec's CompanyAnsweringRuleRequest), and Bypass (`transferTo`) skips the company greeting.
 */
export function checkCompanyRules(doc: At<Obj>, report: Reporter): void {
  const rules = child(doc, 'rules');
  for (const name of ['business-hours', 'after-hours']) {
    const rule = rules && child(rules, name);
    if (!rule) continue;
    const actions = ACTIONS.filter((k) => rule.value[k] !== undefined);
    if (actions.length !== 1)
      report.error(rule.path, 'a company rule takes exactly one of transferTo, operator: {} or disconnect: {}', [rule.path]);
    checkGreeting(rule, report);
  }
  for (const rule of childList(doc, 'customRules')) checkGreeting(rule, report);
}

function checkGreeting(rule: At<Obj>, report: Reporter): void {
  const greeting = asObj(rule.value.greeting);
  if (!greeting) return;
  const at = [...rule.path, 'greeting'];
  if (greeting.custom !== undefined) {
    report.error(
      [...at, 'custom'],
      'a company rule plays only predefined greetings ({preset: <name or id>}): RingCentral cannot attach a recording of your own to it; for that, transfer to an announcement extension (see docs/holiday-greeting.md)',
    );
  }
  if (rule.value.transferTo !== undefined) {
    report.error(
      at,
      'transferTo skips the company greeting (callHandlingAction Bypass), so this greeting would never play; use it with operator: {} or disconnect: {}, or remove it',
    );
  }
}
