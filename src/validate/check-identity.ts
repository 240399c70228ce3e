import type { Reporter } from './findings.js';
import type { At, Obj } from './walk.js';

/** A User document names its users with `extension` or `extensions`: exactly one of them. */
export function checkIdentity(doc: At<Obj>, report: Reporter): void {
  const hasOne = doc.value.extension !== undefined;
  const hasMany = doc.value.extensions !== undefined;
  if (hasOne && hasMany) {
    report.errorAtKey(['extensions'], 'write either "extension" or "extensions", not both');
  } else if (!hasOne && !hasMany) {
    report.error([], 'a User document needs "extension" (one user) or "extensions" (users sharing this configuration)');
  }
}
