import type { ApiSchema } from '../../core/api/api-types.js';
import { fieldsOf } from '../../core/fields-of.js';
import { canonicalTriggers } from '../../core/schedule.js';

/** A state's condition as a PATCH of the state writes it (`CommStateConditionsRequest`). */
export type StateCondition = ApiSchema<'CommStateConditionsRequest'>[number];
type StateRefId = ApiSchema<'CommReferenceStateIdResource'>;

/**
 * Comparable form of a state's `conditions`: a Schedule with canonical triggers, or a State
 * reference reduced to its id (responses embed the whole referenced state). A condition of a type
 * the spec does not list is kept as read, so it is compared and sent back as RingCentral holds it.
 */
export function normalizeStateConditions(conditions: unknown): StateCondition[] {
  if (!Array.isArray(conditions)) return [];
  return conditions.map((raw: unknown): StateCondition => {
    const c = fieldsOf(raw);
    if (c.type === 'State') return { type: 'State', state: { id: (fieldsOf(c.state).id ?? c.stateId) as StateRefId } };
    if (c.type === 'Schedule') return { type: 'Schedule', schedule: { triggers: canonicalTriggers(fieldsOf(c.schedule).triggers) } };
    return raw as StateCondition;
  });
}

/** The live state records embedded in the state-rules list, by state id. */
export function liveStates(stateRules: readonly ApiSchema<'CommStateBasedRuleResource'>[]): Map<string, ApiSchema<'CommStateResource'>> {
  const out = new Map<string, ApiSchema<'CommStateResource'>>();
  for (const r of stateRules) {
    const state = r?.state;
    if (state?.id) out.set(String(state.id), state);
  }
  return out;
}
