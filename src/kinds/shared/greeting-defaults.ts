import type { GreetingDefaults } from '../../core/defaults.js';
import type { GreetingActionRole, ReferenceResolver } from '../../core/references.js';

const ROLES: GreetingActionRole[] = ['welcome', 'connectingMessage', 'connectingAudio'];

/**
 * The account's default preset of each greeting action, from its standard-greeting dictionary
 * (by type and usage), for a rule that does not exist live yet. A role the dictionary has no
 * preset for is absent: its action is left out rather than given another type's greeting.
 */
export function greetingDefaults(resolver: ReferenceResolver): Partial<GreetingDefaults> {
  const out: Partial<GreetingDefaults> = {};
  for (const role of ROLES) {
    const id = resolver.defaultPreset(role);
    if (id) out[role] = id;
  }
  return out;
}
