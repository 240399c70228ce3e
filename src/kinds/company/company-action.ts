import type { ApiSchema } from '../../core/api/api-types.js';
import type { CompanyAction } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { extensionId, type CompileEnv } from '../shared/compile-env.js';

/**
 * Where a company rule sends calls, in API form: `Bypass` to an extension (skipping the company
 * greeting), `Operator` or `Disconnect` (after the company greeting). Only Bypass names an
 * extension; a live extension beside another action is not compared (RingCentral ignores it).
 */
export interface CompanyActionForm {
  callHandlingAction: string;
  extension?: { id: string };
}

export function companyActionForm(
  rule: Pick<ApiSchema<'CompanyAnsweringRuleInfo'>, 'callHandlingAction' | 'extension'> | undefined,
): CompanyActionForm {
  const action = String(rule?.callHandlingAction ?? 'Operator');
  const id = rule?.extension?.id;
  return action === 'Bypass' && id !== undefined
    ? { callHandlingAction: action, extension: { id: String(id) } }
    : { callHandlingAction: action };
}

export function compileCompanyAction(env: CompileEnv, action: CompanyAction, path: readonly PathSeg[]): CompanyActionForm {
  if ('transferTo' in action)
    return { callHandlingAction: 'Bypass', extension: { id: extensionId(env, action.transferTo, [...path, 'transferTo']) } };
  return { callHandlingAction: 'operator' in action ? 'Operator' : 'Disconnect' };
}
