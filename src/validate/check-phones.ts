import { normalizePhone } from '../core/phone.js';
import type { Reporter } from './findings.js';
import { phonePlaces } from './phone-places.js';
import type { At, ManifestKind, Obj } from './walk.js';

/** Every phone number must be a possible number (numbering-plan validity is not checked). */
export function checkPhones(doc: At<Obj>, kind: ManifestKind, report: Reporter): void {
  for (const phone of phonePlaces(doc, kind)) {
    const parsed = normalizePhone(phone.value);
    if (!parsed.ok) report.error(phone.path, parsed.error);
  }
}
