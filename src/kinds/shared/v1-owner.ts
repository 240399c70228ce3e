import type { ExtRef, Schedule, SiteCustomRule } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { ChangeKindOf, OwnerType } from '../../core/plan.js';
import { toV1WeeklyRanges, v1WeeklyIsAlways } from '../../core/schedule.js';
import type { CompileContext, ManifestOf, Owner } from '../context.js';

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

/** The part of a v1 document the shared kinds read (sites, the company, call queues). */
export interface V1Manifest {
  businessHours?: { schedule: Schedule };
  rules?: { 'business-hours'?: unknown; 'after-hours'?: unknown };
  customRules?: V1CustomRule[];
}

/** A document kind that holds v1 answering rules (its stage's contexts carry any manifest). */
export type V1ManifestOf = V1Manifest & ManifestOf<OwnerType>;

/** The v1 default rules a document names (`rules.<name>`). */
export type DefaultRuleName = 'business-hours' | 'after-hours';

/** How a document of type M writes one default rule. */
export type V1RuleOf<M extends V1Manifest, N extends DefaultRuleName> = NonNullable<NonNullable<M['rules']>[N]>;
/** How a document of type M writes one custom rule. */
export type V1CustomOf<M extends V1Manifest> = NonNullable<M['customRules']>[number];

/**
 * What differs between the owners of v1 answering rules: their kinds' names, paths, action
 * forms and words. The shared kinds (business hours, the business-hours and after-hours rules,
 * custom rules) are built from it once (`v1RuleKinds`), never copied per owner.
 */
export interface V1Owner<T extends OwnerType, S extends V1Snapshot, M extends V1Manifest> {
  owner: T;
  kinds: { hours: ChangeKindOf<T>; rule: ChangeKindOf<T>; custom: ChangeKindOf<T> };
  /** `site 2001`, `the company`, `call queue 1200`: who plan errors are about. */
  who(owner: Owner): string;
  /** `business hours`, `company business hours`. */
  hoursText: string;
  paths: {
    businessHours(owner: Owner): string;
    answeringRules(owner: Owner): string;
    answeringRule(owner: Owner, id: string): string;
  };
  /**
   * The comparable form of a live rule's action (its action, and what it names), for the
   * default rule it is or for a custom rule (a queue's business-hours rule carries more).
   */
  actionForm(rule: S['answeringRules'][number] | undefined, which: DefaultRuleName | 'custom'): object;
  /**
   * A default rule's action as the document writes it, compiled to the same form. `live` is the
   * live rule's comparable form (absent: not live yet): fields the document leaves out keep it.
   */
  compileRule: { [N in DefaultRuleName]: (ctx: V1Context<S, M>, rule: V1RuleOf<M, N>, origin: PathSeg[], live: unknown) => object };
  /** A custom rule's action, compiled to the same form (`live`: the rule it manages, if any). */
  compileCustomAction(ctx: V1Context<S, M>, rule: V1CustomOf<M>, origin: PathSeg[], live: unknown): object;
  /** A called-number condition, compiled (the company checks it against the account's numbers). */
  calledNumber(ctx: V1Context<S, M>, written: string, path: PathSeg[]): { phoneNumber: string };
  /**
   * Objects of the owner (`kind:name`) the rules are written after besides business hours (a
   * queue's ringing rules name its members, which must be members first).
   */
  after?: { rule?: Partial<Record<DefaultRuleName, string[]>>; custom?: string[] };
  /** Other live objects the kinds' plans rely on (saved plans fingerprint them): per kind. */
  reads?: {
    hours?(snapshot: S): Map<string, unknown>;
    rule?(snapshot: S): Map<string, unknown>;
    custom?(snapshot: S): Map<string, unknown>;
  };
}

export type V1Context<S extends V1Snapshot, M extends V1Manifest> = CompileContext<M, S>;

/** Whether business hours will be 24/7 once the plan runs: the document's, else live. */
export function v1HoursAlways(manifest: V1Manifest, snapshot: V1Snapshot): boolean {
  const written = manifest.businessHours?.schedule;
  if (written !== undefined) return v1WeeklyIsAlways(toV1WeeklyRanges(written));
  return v1WeeklyIsAlways(snapshot.businessHours?.schedule?.weeklyRanges);
}

/** A rule that transfers to an extension (sites' rules; the `transferTo` of the others). */
export type TransferRule = { transferTo: ExtRef };
