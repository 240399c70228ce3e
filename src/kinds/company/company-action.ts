import type { ApiSchema } from '../../core/api/api-types.js';
import type { CompanyAction } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { GreetingRole } from '../../core/references.js';
import { extensionId, type CompileEnv } from '../shared/compile-env.js';
import { compileCompanyGreetings, companyGreetingsForm, type CompanyGreetingForm } from './company-greetings.js';

/**
 * Where a company rule sends calls, in API form: `Bypass` to an extension (skipping the company
 * greeting), `Operator` or `Disconnect` (after the company greeting). Only Bypass names an
 * extension; a live extension beside another action is not compared (RingCentral ignores it).
 */
export interface CompanyActionForm {
  callHandlingAction: string;
  extension?: { id: string };
  /** The rule's greetings (the company greeting), when it holds any. */
  greetings?: CompanyGreetingForm[];
}

type CompanyRuleInfo = Pick<ApiSchema<'CompanyAnsweringRuleInfo'>, 'callHandlingAction' | 'extension' | 'greetings'>;

export function companyActionForm(rule: CompanyRuleInfo | undefined): CompanyActionForm {
  const action = String(rule?.callHandlingAction ?? 'Operator');
  const id = rule?.extension?.id;
  const greetings = companyGreetingsForm(rule?.greetings);
  return {
    callHandlingAction: action,
    ...(action === 'Bypass' && id !== undefined && { extension: { id: String(id) } }),
    ...(greetings && { greetings }),
  };
}

/**
 * A company rule's action in API form. `live` is the rule it updates, if any: the greetings the
 * document does not state are kept as they are live. `role` names the dictionary presets a
 * greeting written by name is looked up in (the after-hours rule's own).
 */
export function compileCompanyAction(
  env: CompileEnv,
  action: CompanyAction,
  path: readonly PathSeg[],
  live: CompanyRuleInfo | undefined,
  role: GreetingRole,
): CompanyActionForm {
  const greetings = compileCompanyGreetings(env, action.greeting, companyGreetingsForm(live?.greetings), role, [...path, 'greeting']);
  const kept = greetings ? { greetings } : {};
  // A rule may transfer to an IVR menu this plan creates: apply fills in its id (Change.fill).
  if ('transferTo' in action) {
    const id = extensionId(env, action.transferTo, [...path, 'transferTo'], { planned: true });
    return { callHandlingAction: 'Bypass', extension: { id }, ...kept };
  }
  return { callHandlingAction: 'operator' in action ? 'Operator' : 'Disconnect', ...kept };
}
