import type { ManifestDocument } from '../../core/document.js';
import type { Manifest } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import { isChangeOf, type Change, type ManifestField } from '../../core/plan.js';
import { manifestDiff } from '../../diff/manifest-diff.js';
import { exportOwner } from '../../export/exporters.js';
import { ExtensionRefs } from '../../export/extension-refs.js';
import { labelReferences, type ReferenceNames } from '../../export/label-references.js';
import type { Owner, Snapshot } from '../../kinds/context.js';
import { kindNamed } from '../../kinds/index.js';
import { projectSnapshot } from '../../simulate/project-snapshot.js';
import { ownerWords } from '../../core/owner-words.js';
import type { ExtensionInfo } from '../../core/references.js';
import type { LivePlan } from './live-plan.js';

type Section = Record<string, unknown> | undefined;

/** The `customRules` a manifest or a document's data lists (any manifest kind; none when it has none). */
const customRules = (data: unknown): (Section | null)[] => (data as { customRules?: (Section | null)[] } | undefined)?.customRules ?? [];

/**
 * The plan's changes in the words of the manifest (cli.md "Plan output"). For each user or
 * site, the live snapshot is exported to a manifest with the code `ringform export` uses; then,
 * change by change in execution order, the snapshot with that change laid over it (what apply
 * leaves, with what RingCentral adds by itself) is exported the same way. A change's fields are
 * the difference of its own object between the two exports: both sides are completed alike, so
 * the parts the tool fills in (mandatory voicemail and announcement targets, disabled app
 * groups, target types) are equal on both sides and never shown. A created custom rule is shown
 * as the document writes it. Names are put beside ids on both sides before comparing.
 */
export function manifestFields(input: FieldsInput, names: ReferenceNames): Map<string, ManifestField[]> {
  const out = new Map<string, ManifestField[]>();
  const refs = new ExtensionRefs(input.extensions);
  for (const { owner, doc, snapshot: live } of input.owners) {
    const changes = input.changes.filter((c) => isChangeOf(c, owner));
    if (changes.length === 0) continue;
    const exportOf = exporter(owner, refs);
    let snapshot = live;
    let before = exportOf(snapshot);
    for (const change of changes) {
      snapshot = project(owner, snapshot, change);
      const after = exportOf(snapshot);
      out.set(change.id, changeFields(change, before, after, doc, names));
      before = after;
    }
  }
  return out;
}

/**
 * What the fields are computed from: the changes, each owner's live snapshot and, when the plan
 * was made from manifests, its document (for a created rule's written YAML and the rule's place
 * in the file). A saved plan has no documents: its rules are named `customRules["name"]` and a
 * created rule is shown as export would write it.
 */
export interface FieldsInput {
  changes: Change[];
  owners: { owner: Owner; doc?: ManifestDocument; snapshot: Snapshot }[];
  extensions: ExtensionInfo[];
}

/** The LivePlan's owners, documents and snapshots, side by side. */
export function livePlanFields(live: LivePlan): FieldsInput {
  return {
    changes: live.plan.changes,
    owners: live.owners.map((o, i) => ({ ...o, snapshot: live.snapshots[i] })),
    extensions: live.extensions,
  };
}

/** The owner's export: the manifest form both sides of its changes are compared in. */
function exporter(owner: Owner, refs: ExtensionRefs): (s: Snapshot) => Manifest {
  const ext = {
    id: owner.extensionId,
    extensionNumber: owner.extensionNumber,
    name: owner.name,
    type: ownerWords[owner.type].manifestKind,
  };
  return (s) => exportOwner(owner.type, ext, s, refs).manifest;
}

/** The snapshot once one change is applied (what RingCentral then holds). */
function project(owner: Owner, s: Snapshot, change: Change): Snapshot {
  return projectSnapshot(owner.type, s, [change]);
}

/** Where a change's object sits in a manifest (its kind's place), and its value there. */
function locate(
  change: Change,
  manifest: Manifest,
  doc: ManifestDocument | undefined,
  name = change.target.name,
): { path: PathSeg[]; value: Section } {
  // Every manifest kind, read by the place its kinds name: sections are objects of the manifest.
  const m = manifest as unknown as Record<string, Section>;
  const place = kindNamed(change.kind).place;
  switch (place) {
    case 'states':
    case 'rules':
      return { path: [place, name], value: m[place]?.[name] as Section };
    case 'businessHours':
    case 'settings':
    case 'overflow':
      return { path: [place], value: m[place] };
    case 'members':
      // A list, not a section: shown as `members[…]` from the document's top.
      return { path: [], value: { members: m.members } };
    case 'customRules':
      return { path: customRulePath(doc, change.target.name), value: customRules(m).find((r) => r?.name === name) ?? undefined };
    case 'document': {
      // The document is the object (an IVR menu): its fields below the identity.
      const { version: _v, kind: _k, ...fields } = m;
      return { path: [], value: fields };
    }
  }
}

/** `customRules[2]`, the rule's place in its document; `customRules["Old name"]` for a rule no document lists. */
function customRulePath(doc: ManifestDocument | undefined, name: string): PathSeg[] {
  const index = customRules(doc?.data).findIndex((r) => r?.name === name);
  return ['customRules', index >= 0 ? index : name];
}

function changeFields(
  change: Change,
  before: Manifest,
  after: Manifest,
  doc: ManifestDocument | undefined,
  names: ReferenceNames,
): ManifestField[] {
  // A rule renamed in place is found under its former name before the change.
  const old = locate(change, before, doc, change.target.renamedFrom);
  const label = (v: Section) => labelReferences(v, undefined, names);
  if (change.action === 'create' && kindNamed(change.kind).place === 'document') {
    // A created document (an IVR menu) field by field, as its document writes it.
    const written = doc ? locate(change, doc.data, doc).value : locate(change, after, doc).value;
    return Object.entries(written ?? {}).flatMap(([key, value]) => manifestDiff(undefined, labelReferences(value, key, names), [key]));
  }
  if (change.action === 'create') {
    const written = customRules(doc?.data).find((r) => r?.name === change.target.name);
    return manifestDiff(undefined, label(written ?? locate(change, after, doc).value), old.path);
  }
  const now = change.action === 'delete' ? undefined : locate(change, after, doc).value;
  // An update whose wanted object the export cannot write: the manifest cannot state this
  // change, and no fields send the reader to the API-level difference instead of a misleading
  // one. (A missing before is fine: RingCentral created the object, or it had nothing to write.)
  if (change.action === 'update' && now === undefined) return [];
  return manifestDiff(label(old.value), label(now), old.path);
}
