import { ownerWords } from '../core/owner-words.js';
import type { OwnerType } from '../core/plan.js';
/**
 * What an export could not write. Anything live that manifest v1 cannot express is reported,
 * never silently dropped: the file leaves the object out (so `plan` leaves it as it is live)
 * and the finding says what and why.
 */
export interface ExportFinding {
  owner: OwnerType;
  /** The owner's extension number. */
  extension: string;
  /** The object inside the owner, e.g. `state rule work-hours`, `custom rule "VIP"`. */
  where: string;
  message: string;
}

/** `warning: user 101 state rule work-hours: <message>` (one line, stderr). */
export function formatFinding(f: ExportFinding): string {
  return `warning: ${ownerWords[f.owner].named(f.extension)} ${f.where}: ${f.message}`;
}

/** Outcomes, worded once so every warning reads the same way. */
export { KEPT_LIVE } from '../parts/export-words.js';
export const RULE_UNMANAGED = 'the rule is left out of the file; plan lists it as unmanaged and leaves it alone';

/** Collects findings for one owner; `at` names the object the next findings are about. */
export class FindingSink {
  readonly findings: ExportFinding[] = [];

  constructor(
    readonly owner: OwnerType,
    readonly extension: string,
  ) {}

  at(where: string): FindingScope {
    return {
      cannot: (what, outcome) => this.add(where, `${what} cannot be expressed in manifest v1; ${outcome}`),
      note: (message) => this.add(where, message),
    };
  }

  private add(where: string, message: string): void {
    // The shared voicemail target is looked at once per forwarding set: say things once.
    if (this.findings.some((f) => f.where === where && f.message === message)) return;
    this.findings.push({ owner: this.owner, extension: this.extension, where, message });
  }
}

export interface FindingScope {
  /** `<what> cannot be expressed in manifest v1; <outcome>`. */
  cannot(what: string, outcome: string): void;
  note(message: string): void;
}
