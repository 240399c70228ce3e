import type { ExtRef, Schedule, SiteCustomRule } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { ChangeKindOf, OwnerType } from '../../core/plan.js';
import { toV1WeeklyRanges, v1WeeklyIsAlways } from '../../core/schedule.js';
import type { CompileContext, Owner } from '../context.js';

/** A v1 answering rule as read (site `CallHandlingRuleInfo`, company `CompanyAnsweringRuleInfo`, queue rules). */
export interface V1LiveRule {
  id?: string | number;
  type?: string;
  name?: string;
  enabled?: boolean;
  callHandlingAction?: string;
  [field: string]: unknown;
}

/** What the v1 owners read: business hours and the answering-rule list. */
export interface V1Snapshot {
  businessHours?: { schedule?: { weeklyRanges?: unknown } };
  answeringRules: V1LiveRule[];
}

/** A custom rule as a v1 document writes it: identity, conditions, and one action (its other keys). */
export interface V1CustomRule {
  name: string;
  renamedFrom?: SiteCustomRule['renamedFrom'];
  enabled?: boolean;
  when?: SiteCustomRule['when'];
}

/** The part of a v1 document the shared kinds read (sites, the company; next, call queues). */
export interface V1Manifest<R, C extends V1CustomRule> {
  businessHours?: { schedule: Schedule };
  rules?: { 'business-hours'?: R; 'after-hours'?: R };
  customRules?: C[];
}

/**
 * What differs between the owners of v1 answering rules: their kinds' names, paths, action
 * forms and words. The shared kinds (business hours, the business-hours and after-hours rules,
 * custom rules) are built from it once (`v1RuleKinds`), never copied per owner.
 */
export interface V1Owner<T extends OwnerType, S extends V1Snapshot, R, C extends V1CustomRule> {
  owner: T;
  kinds: { hours: ChangeKindOf<T>; rule: ChangeKindOf<T>; custom: ChangeKindOf<T> };
  /** `site 2001`, `the company`: who plan errors are about. */
  who(owner: Owner): string;
  /** `business hours`, `company business hours`. */
  hoursText: string;
  paths: {
    businessHours(owner: Owner): string;
    answeringRules(owner: Owner): string;
    answeringRule(owner: Owner, id: string): string;
  };
  /** The comparable form of a live rule's action (its action, and what it names). */
  actionForm(rule: V1LiveRule | undefined): object;
  /** A default rule's action as the document writes it, compiled to the same form. */
  compileRule(ctx: V1Context<S, R, C>, rule: R, origin: PathSeg[]): object;
  /** A custom rule's action, compiled to the same form. */
  compileCustomAction(ctx: V1Context<S, R, C>, rule: C, origin: PathSeg[]): object;
  /** A called-number condition, compiled (the company checks it against the account's numbers). */
  calledNumber(ctx: V1Context<S, R, C>, written: string, path: PathSeg[]): { phoneNumber: string };
  /** Other live objects the kinds' plans rely on (saved plans fingerprint them): per kind. */
  reads?: {
    hours?(snapshot: S): Map<string, unknown>;
    rule?(snapshot: S): Map<string, unknown>;
    custom?(snapshot: S): Map<string, unknown>;
  };
}

export type V1Context<S extends V1Snapshot, R, C extends V1CustomRule> = CompileContext<V1Manifest<R, C>, S>;

/** Whether business hours will be 24/7 once the plan runs: the document's, else live. */
export function v1HoursAlways(manifest: V1Manifest<unknown, V1CustomRule>, snapshot: V1Snapshot): boolean {
  const written = manifest.businessHours?.schedule;
  if (written !== undefined) return v1WeeklyIsAlways(toV1WeeklyRanges(written));
  return v1WeeklyIsAlways(snapshot.businessHours?.schedule?.weeklyRanges);
}

/** A rule that transfers to an extension (sites' rules; the `transferTo` of the others). */
export type TransferRule = { transferTo: ExtRef };
