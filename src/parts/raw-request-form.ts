import { requestProjection, requiredFields, targetRequestSchemas, type TargetFamily } from '../core/api/spec-schemas.js';
import type { LiveObject } from './part.js';

/**
 * A target of a type no named part owns, in the form requests carry and the planner compares:
 * as RingCentral returned it (or as the manifest wrote it), reduced to what the type's request
 * schema declares, without `uri` and without the
 * `name` RingCentral adds to responses, except where the API's request schema requires a name
 * (Cloud Connector targets: the customised name is the administrator's).
 */
export function rawRequestForm(t: LiveObject, family: TargetFamily): LiveObject {
  const schema = targetRequestSchemas(family)[String(t.type)];
  const keepName = schema !== undefined && requiredFields(schema).includes('name');
  // Only what the request schema declares: response-only fields (a hot desk's `device`, an
  // integration's `phoneNumber`) are not the administrator's and change on their own.
  const declared = schema === undefined ? t : (requestProjection(t, schema) as LiveObject);
  return Object.fromEntries(Object.entries(declared).filter(([k]) => k !== 'uri' && (k !== 'name' || keepName)));
}
