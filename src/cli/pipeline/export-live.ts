import type { Manifest } from '../../core/manifest.js';
import { UserError } from '../../core/problem.js';
import type { ExportFinding } from '../../export/export-findings.js';
import { exportFileName, type ExportOwner } from '../../export/export-file.js';
import { exportOwner } from '../../export/exporters.js';
import { ExtensionRefs } from '../../export/extension-refs.js';
import type { Owner, Snapshot } from '../../kinds/context.js';
import { ownerTypeOfExtension, ownerWords } from '../../core/owner-words.js';
import { ALL_QUEUE_PARTS } from '../../live/read-queue.js';
import { OWNER_TYPES, type OwnerTable, type OwnerType } from '../../core/plan.js';
import type { ApiClient } from '../../live/api-client.js';
import { readExtensions } from '../../live/read-live.js';
import { readOwner, readOwners, type OwnerRef } from '../../live/read-owners.js';
import { Resolver } from '../../resolve/resolver.js';
import type { ExtensionInfo } from '../../core/references.js';
import { checkExportRoundTrip } from './check-export-round-trip.js';

/**
 * What export selects, per owner type: every owner of the type (`--all-users`…, `--all`) and
 * the ones named by extension number; the account (the company) has no number, `all` exports it.
 */
export type ExportSelection = OwnerTable<{ all: boolean; named: string[] }>;

/** A command-line flag of export and its help text. */
export interface ExportFlag {
  flag: string;
  help: string;
}

/** How export is asked for each owner type, and how its messages name it. */
export interface ExportFlags {
  /** Owners by extension number (`--extension <ext...>`); none for the account. */
  named?: ExportFlag;
  /** Every owner of the type (`--all-users`); the account's one (`--company`). */
  all: ExportFlag;
  /** `a User`: "is a Site extension, not a User". */
  noun: string;
  /** `users`: "name users with --extension", "(export users with --extension)". */
  plural: string;
}

/** One entry per owner type: a new type without its flags does not compile. */
export const EXPORT_FLAGS: OwnerTable<ExportFlags> = {
  user: {
    named: { flag: '--extension <ext...>', help: 'users to export (extension numbers)' },
    all: { flag: '--all-users', help: 'export every user extension' },
    noun: 'a User',
    plural: 'users',
  },
  site: {
    named: { flag: '--site <ext...>', help: 'sites to export (extension numbers)' },
    all: { flag: '--all-sites', help: 'export every site' },
    noun: 'a Site',
    plural: 'sites',
  },
  company: {
    all: { flag: '--company', help: "export the company's main number: company business hours and answering rules" },
    noun: 'the company',
    plural: 'the company',
  },
  queue: {
    named: { flag: '--queue <ext...>', help: 'call queues to export (extension numbers)' },
    all: { flag: '--all-queues', help: 'export every call queue' },
    noun: 'a call queue (Department)',
    plural: 'call queues',
  },
  ivr: {
    named: { flag: '--ivr <ext...>', help: 'IVR menus to export (extension numbers)' },
    all: { flag: '--all-ivrs', help: 'export every IVR menu' },
    noun: 'an IVR menu',
    plural: 'IVR menus',
  },
};

/** `--extension`: a flag without its argument. */
export const flagName = (f: ExportFlag): string => f.flag.split(' ')[0];

export interface ExportedDocument {
  owner: ExportOwner;
  /** Path relative to --out, e.g. `users/101-alex-smith.yaml`. */
  file: string;
  manifest: Manifest;
  findings: ExportFinding[];
}

export interface ExportResult {
  documents: ExportedDocument[];
  /** Owners that could not be read (e.g. not on new call handling), with the reason. */
  skipped: string[];
}

const byNumber = (a: ExtensionInfo, b: ExtensionInfo) =>
  a.extensionNumber.localeCompare(b.extensionNumber, 'en', { numeric: true }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function pick(extensions: ExtensionInfo[], wanted: string, type: OwnerType, problems: string[]): ExtensionInfo | undefined {
  const text = wanted.trim();
  let matches = extensions.filter((e) => e.extensionNumber === text);
  if (matches.length === 0) matches = extensions.filter((e) => e.id === text);
  if (matches.length === 0) return void problems.push(`extension ${text} was not found in the account`);
  if (matches.length > 1)
    return void problems.push(`extension ${text} is ambiguous: it matches ${matches.map((m) => `${m.name} (id ${m.id})`).join(', ')}`);
  const ext = matches[0];
  if (ext.type !== ownerWords[type].extensionType) {
    const other = ownerTypeOfExtension(ext.type);
    const named = other && EXPORT_FLAGS[other].named;
    const hint = other && named ? ` (export ${EXPORT_FLAGS[other].plural} with ${flagName(named)})` : '';
    return void problems.push(`extension ${text} (${ext.name}) is a ${ext.type} extension, not ${EXPORT_FLAGS[type].noun}${hint}`);
  }
  return ext;
}

/** The extensions to export, owner type by owner type, each by extension number; every bad selection reported at once. */
export function selectOwners(extensions: ExtensionInfo[], sel: ExportSelection): ExtensionInfo[] {
  const problems: string[] = [];
  const chosen = new Map<string, ExtensionInfo>();
  const types = OWNER_TYPES.filter((t) => !ownerWords[t].account);
  for (const type of types) {
    const { all, named } = sel[type];
    const list = all
      ? extensions.filter((e) => e.type === ownerWords[type].extensionType)
      : named.map((n) => pick(extensions, n, type, problems));
    for (const e of list) if (e) chosen.set(e.id, e);
  }
  if (problems.length > 0) throw new UserError(`nothing was exported:\n  ${problems.join('\n  ')}`);
  const owners = [...chosen.values()];
  return types.flatMap((type) => owners.filter((e) => e.type === ownerWords[type].extensionType).sort(byNumber));
}

async function readOrSkip(client: ApiClient, e: OwnerRef): Promise<Snapshot | string> {
  try {
    return await readOwner(client, e);
  } catch (err) {
    // Only "this extension cannot be managed" (a UserError) skips one owner; API failures stop the export.
    if (err instanceof UserError) return err.message;
    throw err;
  }
}

/** What export reads beside an owner's rules: one entry per owner type. Users' devices name the rules that ring them. */
const exportReads: OwnerTable<Pick<OwnerRef, 'devices' | 'phoneNumbers' | 'prompts' | 'languages' | 'queueParts'>> = {
  user: { devices: true },
  site: {},
  // No phone numbers: nothing is checked against them.
  company: {},
  // Audio prompts are written by name, languages by locale code.
  ivr: { prompts: true, languages: true },
  queue: { queueParts: ALL_QUEUE_PARTS },
};

function convert(owner: Owner, snapshot: Snapshot, extensions: ExtensionInfo[], resolver: Resolver): ExportedDocument {
  const refs = new ExtensionRefs(extensions);
  const ext = {
    id: owner.extensionId,
    extensionNumber: owner.extensionNumber,
    name: owner.name,
    type: ownerWords[owner.type].manifestKind,
  };
  const { manifest, findings } = exportOwner(owner.type, ext, snapshot, refs);
  const check = checkExportRoundTrip(owner, manifest, snapshot, resolver);
  const exported: ExportOwner = { type: owner.type, id: owner.extensionId, extensionNumber: owner.extensionNumber, name: owner.name };
  return { owner: exported, file: exportFileName(exported), manifest, findings: [...findings, ...check] };
}

/** The owner an extension of the account is, by its extension type (`User`, `Site`, `Department`). */
function extensionOwner(e: ExtensionInfo): Owner {
  return {
    type: ownerTypeOfExtension(e.type)!,
    extensionId: e.id,
    extensionNumber: e.extensionNumber,
    name: e.name,
  };
}

/** Two owners whose number and name give the same file name are told apart by their id. */
function uniqueFiles(docs: ExportedDocument[]): void {
  const count = new Map<string, number>();
  for (const d of docs) count.set(d.file, (count.get(d.file) ?? 0) + 1);
  for (const d of docs) if ((count.get(d.file) ?? 0) > 1) d.file = d.file.replace(/\.yaml$/, `-${d.owner.id}.yaml`);
}

/**
 * The export chain: one extension list, then three GETs per user (the reads of `plan` and the
 * user's forwarding targets) and two per site (no greetings dictionary, since greetings are
 * written by id), then the pure conversion.
 */
export async function exportLive(
  client: ApiClient,
  sel: ExportSelection,
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<ExportResult> {
  const extensions = await readExtensions(client);
  const owners = selectOwners(extensions, sel);
  // Users' devices are read too, so rules that ring a device are written by the device's name.
  const refs: OwnerRef[] = owners.map(extensionOwner).map((o) => ({ ...o, ...exportReads[o.type] }));
  const snapshots = await readOwners(
    client,
    refs,
    (done, total, o) => onProgress?.(done, total, `read ${o.type} ${o.extensionNumber}`),
    (o) => readOrSkip(client, o),
  );
  const resolver = new Resolver(extensions);
  const documents: ExportedDocument[] = [];
  const skipped: string[] = [];
  owners.forEach((e, i) => {
    const snapshot = snapshots[i];
    if (typeof snapshot === 'string') skipped.push(`${e.type.toLowerCase()} ${e.extensionNumber} was not exported: ${snapshot}`);
    else documents.push(convert(extensionOwner(e), snapshot, extensions, resolver));
  });
  uniqueFiles(documents);
  for (const type of OWNER_TYPES)
    if (ownerWords[type].account && sel[type].all) documents.push(await exportTheAccount(client, type, extensions, resolver));
  return { documents, skipped };
}

/** The account's own call handling (the company's): read and exported on its own. */
async function exportTheAccount(
  client: ApiClient,
  type: OwnerType,
  extensions: ExtensionInfo[],
  resolver: Resolver,
): Promise<ExportedDocument> {
  const owner: Owner = { type, extensionId: '~', extensionNumber: '', name: '' };
  const snapshot = await readOwner(client, { ...owner, ...exportReads[type] });
  return convert(owner, snapshot, extensions, resolver);
}
