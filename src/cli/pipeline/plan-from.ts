import type { ManifestDocument } from '../../core/document.js';
import { isChangeOf, type PlanWarning } from '../../core/plan.js';
import { UserError, type Problem } from '../../core/problem.js';
import { scheduleCauses } from '../../diff/schedule-causes.js';
import type { CompanySnapshot, Snapshot } from '../../kinds/context.js';
import { buildPlan, sortWarnings } from '../../plan/build-plan.js';
import type { OwnerDocument } from '../../resolve/resolve-owners.js';
import { Resolver } from '../../resolve/resolver.js';
import { plannedMenuCycles, plannedMenus } from '../../resolve/planned-menus.js';
import { compileOwners } from './compile-owners.js';
import { documentWarnings } from './document-warnings.js';
import type { LivePlan } from './live-plan.js';
import { livePlanFields } from './manifest-fields.js';
import { namedManifestFields } from './named-manifest-fields.js';
import { ownerKey, type PlanInputs } from './plan-inputs.js';
import { plannedOwners } from './planned-owners.js';
import { ivrMenusNamed, unmanagedIvrMenus } from './unmanaged-ivr-menus.js';
import { leavingAgents } from './leaving-agents.js';

export interface PlanFromOptions {
  /** Extension numbers (or ids) to plan (`--only`); the inputs were read for these. */
  only?: string[];
  /** `--changed-since REF`: `documents` are the changed ones, and the plan says so. */
  changedSince?: string;
  /** Every document of the repository when `documents` is a selection (default: `documents`). */
  repository?: ManifestDocument[];
  /** Validation's warnings about the loaded documents: the plan carries them. */
  validationWarnings?: Problem[];
  /** The time a rule that can never match is judged at (the CLI's clock, `RINGFORM_NOW`). */
  now: Date;
}

/** The plan, or what must be read before it can be made. */
export type Planned = { live: LivePlan } | { needs: 'greetings' };

/**
 * The planning function: documents, the live state and the account's facts in, the plan out;
 * no client, no IO, no clock (architecture.md: one pure core, IO at the edges, like changesets'
 * assemble-release-plan). It lives in cli/ because it chains stages (resolve → diff → plan →
 * export's manifest form), which only cli/ does. It throws a UserError with every problem of
 * references or live state at once. Only the greetings dictionary is read on demand: whether a
 * rule needs its default presets, or a change shows one, is known only once compiled, and most
 * plans need neither; the answer then says so, and the caller reads it and plans again.
 */
export function planFrom(documents: ManifestDocument[], inputs: PlanInputs, options: PlanFromOptions): Planned {
  const { account, extensions, greetings } = inputs;
  const { owners, problems } = plannedOwners(documents, new Resolver(extensions, greetings), account.name, options.only);
  // IVR menus this plan creates: keys may lead to them (apply fills in their ids).
  const newMenus = plannedMenus(owners);
  const resolver = new Resolver(extensions, greetings, newMenus);
  problems.push(...plannedMenuCycles(owners));
  const snapshots = owners.map((o) => snapshotOf(inputs, o));
  // A rule that does not exist live yet needs the account's greeting presets (its dictionary
  // differs between accounts): the first such rule ends this pass.
  const compiled = compileOwners(owners, snapshots, resolver, () => resolver.needsDictionary && !greetings);
  if (resolver.needsDictionary && !greetings) return { needs: 'greetings' };
  problems.push(...compiled.problems);
  if (problems.length) {
    const all = dedupe(problems);
    throw new UserError(
      `the plan cannot be made: ${all.length} problem${all.length === 1 ? '' : 's'} with references or live state; nothing was changed.`,
      all,
    );
  }
  const { drafts, unmanaged, warnings, liveObjects } = compiled;
  warnings.push(...unreadPhoneNumbers(owners, snapshots), ...leavingAgents(drafts, owners));
  const repository = options.repository ?? documents;
  if (!options.only?.length) {
    const menus = unmanagedIvrMenus(documents, ivrMenusOf(inputs, documents), ivrMenusNamed(repository));
    unmanaged.push(...menus.unmanaged);
    warnings.push(...menus.warnings);
  }
  // The menus to create join the account's extensions, so that keys to them read by name.
  const named = [...extensions, ...newMenus];
  const live: LivePlan = {
    plan: { account, ...buildPlan(drafts, unmanaged, warnings) },
    liveObjects,
    owners,
    snapshots,
    extensions: named,
  };
  const fields = namedManifestFields(livePlanFields(live), greetings);
  if ('needs' in fields) return fields;
  for (const change of live.plan.changes) {
    change.fields = fields.fields.get(change.id) ?? [];
    const owner = owners.find((o) => isChangeOf(change, o.owner));
    const schedules = scheduleCauses(change.fields, owner?.doc.scheduleUses);
    if (schedules.length > 0) change.schedules = schedules;
  }
  const selected = Boolean(options.changedSince || options.only?.length);
  const planned = owners.map((o) => o.doc);
  const ofDocuments = documentWarnings({ documents, repository, planned, selected }, options.validationWarnings ?? [], options.now);
  live.plan.warnings = sortWarnings([...(live.plan.warnings ?? []), ...ofDocuments]);
  if (options.changedSince) live.plan.selection = { documents: documents.length, changedSince: options.changedSince };
  return { live };
}

/** The owner's snapshot among the inputs; inputs read for other documents are a caller's bug. */
function snapshotOf(inputs: PlanInputs, o: OwnerDocument): Snapshot {
  const snapshot = inputs.snapshots[ownerKey(o.owner)];
  if (snapshot === undefined)
    throw new Error(`the plan inputs hold no live state of ${ownerKey(o.owner)}: they were read for other documents`);
  return snapshot;
}

/** The account's IVR menus, which the inputs hold whenever documents manage menus. */
function ivrMenusOf(inputs: PlanInputs, documents: ManifestDocument[]) {
  if (inputs.ivrMenus === undefined && documents.some((d) => d.data.kind === 'IvrMenu')) {
    throw new Error('the plan inputs hold no list of IVR menus, and the documents manage IVR menus');
  }
  return inputs.ivrMenus ?? [];
}

/** A server without the phone-number list cannot confirm called numbers: said, not failed. */
function unreadPhoneNumbers(owners: OwnerDocument[], snapshots: Snapshot[]): PlanWarning[] {
  // Only the owners whose reads include the account's numbers (the company) have the field.
  const i = snapshots.findIndex((s) => (s as Partial<CompanySnapshot>)?.phoneNumbers !== undefined);
  const numbers = i < 0 ? undefined : (snapshots[i] as CompanySnapshot).phoneNumbers;
  if (numbers === undefined || Array.isArray(numbers)) return [];
  const { file, line, col } = owners[i].doc.locate(['customRules']);
  const message = `calledNumbers were not checked against the account's numbers: GET /restapi/v1.0/account/~/phone-number answered ${numbers.unavailable}; RingCentral refuses a number the account does not own when the rule is written`;
  return [{ file, line, column: col, message }];
}

/** A document shared by several users reports the same reference problem once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.pos.file}:${p.pos.line}:${p.pos.col}|${p.path}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
