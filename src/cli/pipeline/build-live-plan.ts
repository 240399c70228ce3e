import type { ManifestDocument } from '../../core/document.js';
import { formatPath, type PathSeg } from '../../core/path.js';
import type { LiveObjectRef } from '../../core/fingerprint.js';
import type { OwnerTable, Plan, PlanWarning, UnmanagedObject } from '../../core/plan.js';
import { ownerWords } from '../../core/owner-words.js';
import { UserError, type Problem } from '../../core/problem.js';
import type { DraftChange } from '../../core/draft-change.js';
import { diffOwner } from '../../diff/diff-owner.js';
import { scheduleCauses } from '../../diff/schedule-causes.js';
import type { CompanySnapshot, CompileContext, Snapshot } from '../../kinds/context.js';
import type { CallQueueManifest, CompanyManifest, IvrMenuManifest } from '../../core/manifest.js';
import { IVR_MENU } from '../../kinds/ivr-menu/ivr-menu-kind.js';
import { readIvrMenuList } from '../../live/read-ivr.js';
import { kindsOf } from '../../kinds/index.js';
import type { ApiClient } from '../../live/api-client.js';
import { readExtensions, readStandardGreetings } from '../../live/read-live.js';
import { readOwners, type OwnerRef } from '../../live/read-owners.js';
import { needsForwardingTargets } from '../../parts/needs-lookup.js';
import { readAccount } from '../../live/read-account.js';
import { buildPlan } from '../../plan/build-plan.js';
import { resolveOwners, type OwnerDocument } from '../../resolve/resolve-owners.js';
import { Resolver, usesNamedPreset } from '../../resolve/resolver.js';
import { checkReferences } from '../../resolve/check-references.js';
import type { ExtensionInfo } from '../../core/references.js';
import { livePlanFields } from './manifest-fields.js';
import { namedManifestFields } from './named-manifest-fields.js';

export interface LivePlan {
  plan: Plan;
  /** The live objects compared (hashed into fingerprints when the plan is saved). */
  liveObjects: LiveObjectRef[];
  owners: OwnerDocument[];
  /** The live state each owner's plan was computed from (same order as `owners`). */
  snapshots: Snapshot[];
  extensions: ExtensionInfo[];
}

export interface PlanOptions {
  /** Extension numbers (or ids) to plan; others are not read. */
  only?: string[];
  onProgress?: (done: number, total: number, label: string) => void;
  /**
   * Extension numbers of the IVR menus every document of the repository names (a plan of
   * changed documents only still knows the others are managed); default: the planned documents'.
   */
  managedIvrMenus?: string[];
}

/**
 * The owners `--only` names. A value no document manages is an error naming it (a typo would
 * otherwise plan nothing and look like "no changes"); when some owners could not be resolved,
 * their problems are reported instead, since one of them may be the owner meant.
 */
function selectOwners(owners: OwnerDocument[], only: string[] | undefined, allResolved: boolean): OwnerDocument[] {
  if (!only || only.length === 0) return owners;
  const wanted = only.map((s) => s.trim());
  // The company has no extension: `--only company` names it.
  const names = (o: OwnerDocument, w: string) =>
    ownerWords[o.owner.type].account ? w === o.owner.type : o.owner.extensionNumber === w || o.owner.extensionId === w;
  const managed = (w: string) => owners.some((o) => names(o, w));
  const unknown = wanted.filter((w) => !managed(w));
  if (unknown.length && allResolved) {
    const list = unknown.join(', ');
    throw new UserError(`--only ${list}: no document manages extension ${list}; nothing was read or changed.`);
  }
  return owners.filter((o) => wanted.some((w) => names(o, w)));
}

/** Reference problems inside documents none of whose owners resolved (compile never sees them). */
function uncompiledReferences(documents: ManifestDocument[], owners: OwnerDocument[], resolver: Resolver): Problem[] {
  const compiled = new Set(owners.map((o) => o.doc));
  return documents.filter((d) => !compiled.has(d)).flatMap((d) => checkReferences(d, resolver));
}

async function readSnapshots(client: ApiClient, owners: OwnerDocument[], opts: PlanOptions) {
  return readOwners(
    client,
    owners.map((o) => ({ ...o.owner, ...readsFor[o.owner.type](o.doc) })),
    (done, total, o) => opts.onProgress?.(done, total, `read ${o.type} ${o.extensionNumber}`),
  );
}

/** Compiles and diffs every owner against its snapshot (pure: no reads). */
function compileOwners(owners: OwnerDocument[], snapshots: Snapshot[], resolver: Resolver) {
  const problems: Problem[] = [];
  const drafts: DraftChange[] = [];
  const unmanaged: UnmanagedObject[] = [];
  const warnings: PlanWarning[] = [];
  const liveObjects: LiveObjectRef[] = [];
  owners.forEach((o, i) => {
    const ctx: CompileContext<any, Snapshot> = {
      owner: o.owner,
      doc: o.doc,
      manifest: o.doc.data,
      live: snapshots[i],
      resolver,
      report: (path: readonly PathSeg[], message: string) =>
        problems.push({ pos: o.doc.locate(path), path: formatPath(path), message, severity: 'error' }),
    };
    const result = diffOwner(ctx, kindsOf(o.owner.type), 'prune' in o.doc.data && Boolean(o.doc.data.prune));
    drafts.push(...result.changes);
    unmanaged.push(...result.unmanaged);
    warnings.push(...result.warnings);
    liveObjects.push(...result.liveObjects);
  });
  return { problems, drafts, unmanaged, warnings, liveObjects };
}

/**
 * Reads live state (GET only) for the owners the documents manage and computes the plan. All
 * reads happen before any comparison; compile, diff and ordering are pure.
 */
export async function buildLivePlan(client: ApiClient, documents: ManifestDocument[], opts: PlanOptions = {}): Promise<LivePlan> {
  const account = await readAccount(client, client.server);
  const extensions = await readExtensions(client);
  let greetings = documents.some((d) => usesNamedPreset(d.data)) ? await readStandardGreetings(client) : undefined;
  let resolver = new Resolver(extensions, greetings);
  const resolved = resolveOwners(documents, resolver, account?.name);
  // Every reference problem is reported in one pass: those of documents whose owner cannot be
  // resolved (not compiled below) join the owners' problems and what compile finds.
  const problems: Problem[] = [...resolved.problems, ...uncompiledReferences(documents, resolved.owners, resolver)];
  const owners = selectOwners(resolved.owners, opts.only, problems.length === 0);
  const snapshots = await readSnapshots(client, owners, opts);

  let compiled = compileOwners(owners, snapshots, resolver);
  if (resolver.needsDictionary && !greetings) {
    // A rule that does not exist live yet needs the account's greeting presets (its dictionary
    // differs between accounts): read it once and compile again, still before any write.
    greetings = await readStandardGreetings(client);
    resolver = new Resolver(extensions, greetings);
    compiled = compileOwners(owners, snapshots, resolver);
  }
  const { drafts, unmanaged, warnings, liveObjects } = compiled;
  problems.push(...compiled.problems);
  if (problems.length) {
    const all = dedupe(problems);
    throw new UserError(
      `the plan cannot be made: ${all.length} problem${all.length === 1 ? '' : 's'} with references or live state; nothing was changed.`,
      all,
    );
  }
  warnings.push(...unreadPhoneNumbers(owners, snapshots));
  if (!opts.only?.length) {
    const menus = await unmanagedIvrMenus(client, documents, opts.managedIvrMenus);
    unmanaged.push(...menus.unmanaged);
    warnings.push(...menus.warnings);
  }
  const live: LivePlan = { plan: { account, ...buildPlan(drafts, unmanaged, warnings) }, liveObjects, owners, snapshots, extensions };
  const fields = await namedManifestFields(client, livePlanFields(live), greetings);
  for (const change of live.plan.changes) {
    change.fields = fields.get(change.id) ?? [];
    const owner = owners.find((o) => o.owner.type === change.target.owner && o.owner.extensionId === (change.target.extensionId ?? '~'));
    const schedules = scheduleCauses(change.fields, owner?.doc.scheduleUses);
    if (schedules.length > 0) change.schedules = schedules;
  }
  return live;
}

/**
 * What a document makes worth reading beside its owner's rules: one entry per owner type (a new
 * type without one does not compile).
 */
const readsFor: OwnerTable<(doc: ManifestDocument) => Pick<OwnerRef, 'phoneNumbers' | 'devices' | 'prompts' | 'languages' | 'queueParts'>> =
  {
    user: (doc) => ({ devices: needsForwardingTargets(doc.data) }),
    site: () => ({}),
    company: (doc) => ({ phoneNumbers: namesCalledNumbers(doc) }),
    ivr: (doc) => {
      const prompt = (doc.data as IvrMenuManifest).prompt;
      return { prompts: prompt?.audio !== undefined, languages: prompt?.language !== undefined };
    },
    queue: (doc) => ({ queueParts: queuePartsNamed(doc.data as CallQueueManifest) }),
  };

/**
 * Live IVR menus no document names, when the plan manages IVR menus at all: the API cannot
 * delete a menu, so they are only reported (one list GET).
 */
async function unmanagedIvrMenus(
  client: ApiClient,
  documents: ManifestDocument[],
  named?: string[],
): Promise<{ unmanaged: UnmanagedObject[]; warnings: PlanWarning[] }> {
  const ivrDocs = documents.filter((d) => d.data.kind === 'IvrMenu');
  if (ivrDocs.length === 0) return { unmanaged: [], warnings: [] };
  const managed = new Set(named ?? ivrDocs.map((d) => String((d.data as IvrMenuManifest).extension).trim()));
  const { file, line, col } = ivrDocs[0].locate(['kind']);
  const out = { unmanaged: [] as UnmanagedObject[], warnings: [] as PlanWarning[] };
  for (const menu of await readIvrMenuList(client)) {
    const number = String(menu.extensionNumber ?? '');
    if (managed.has(number)) continue;
    const id = String(menu.id ?? '');
    out.unmanaged.push({
      kind: 'ivr-menu',
      target: { extension: number, extensionId: id, name: IVR_MENU, owner: 'ivr', ownerName: menu.name ?? '' },
      id,
    });
    const message = `IVR menu ${number}${menu.name ? ` (${menu.name})` : ''} is unmanaged: no document names it, and it is left as it is (the API has no delete for IVR menus)`;
    out.warnings.push({ file, line, column: col, message });
  }
  return out;
}

/**
 * What a CallQueue document needs read besides hours and rules: members when it writes them or
 * orders members (the order is checked against them), details and overflow when it writes them.
 */
function queuePartsNamed(m: CallQueueManifest) {
  const ringing = [m.rules?.['business-hours'], ...(m.customRules ?? []).map((r) => r.queue)];
  return {
    members: m.members !== undefined || ringing.some((r) => r?.order !== undefined),
    details: m.settings !== undefined,
    overflow: m.overflow !== undefined,
  };
}

/** Whether a Company document names a called number (only then are the account's numbers read). */
function namesCalledNumbers(doc: ManifestDocument): boolean {
  const m = doc.data as CompanyManifest;
  return (m.customRules ?? []).some((r) => (r.when?.calledNumbers ?? []).length > 0);
}

/** A server without the phone-number list cannot confirm called numbers: said, not failed. */
function unreadPhoneNumbers(owners: OwnerDocument[], snapshots: unknown[]): PlanWarning[] {
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
