import { partReferences, type RuleReference } from '../../parts/registry.js';

/**
 * `transferTo: <extension>` of site rules and the company's Bypass action: the one reference a
 * resource kind holds itself rather than through a call-handling part. Reference checking and
 * plan labels read it beside the parts' references.
 */
export const TRANSFER_REFERENCE: RuleReference = {
  suffix: ['transferTo'],
  reference: 'extension',
  role: 'the extension calls are transferred to',
};

/** Every reference a rule can hold: the parts' and the kinds' own. */
export function ruleReferences(): readonly RuleReference[] {
  return [...partReferences(), TRANSFER_REFERENCE];
}
