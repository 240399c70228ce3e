import { requiredFields, targetRequestSchemas, type TargetFamily } from '../core/api/spec-schemas.js';
import type { LiveObject } from './part.js';

/**
 * A target of a type no named part owns, in the form requests carry and the planner compares:
 * as RingCentral returned it (or as the manifest wrote it), without `uri` and without the
 * `name` RingCentral adds to responses, except where the API's request schema requires a name
 * (Cloud Connector targets: the customised name is the administrator's).
 */
export function rawRequestForm(t: LiveObject, family: TargetFamily): LiveObject {
  const schema = targetRequestSchemas(family)[String(t.type)];
  const keepName = schema !== undefined && requiredFields(schema).includes('name');
  return Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'uri' && (k !== 'name' || keepName)));
}
