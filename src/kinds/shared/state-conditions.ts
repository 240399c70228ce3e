import type { ApiSchema } from '../../core/api/api-types.js';
import { canonicalTriggers } from '../../core/schedule.js';

/**
 * Comparable form of a state's `conditions`: a Schedule with canonical triggers, or a State
 * reference reduced to its id (responses embed the whole referenced state).
 */
export function normalizeStateConditions(conditions: unknown): any[] {
  if (!Array.isArray(conditions)) return [];
  return conditions.map((c: any) => {
    if (c?.type === 'State') return { type: 'State', state: { id: c.state?.id ?? c.stateId } };
    if (c?.type === 'Schedule') return { type: 'Schedule', schedule: { triggers: canonicalTriggers(c.schedule?.triggers) } };
    return c;
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
