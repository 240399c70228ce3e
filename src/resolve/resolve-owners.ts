import type { ManifestDocument } from '../core/document.js';
import type { IvrMenuManifest, ManifestOf } from '../core/manifest.js';
import { ownerRefsOf } from '../core/owner-refs.js';
import { ownerTypeOfKind, ownerWords } from '../core/owner-words.js';
import type { OwnerType } from '../core/plan.js';
import type { PathSeg } from '../core/path.js';
import { formatPath } from '../core/path.js';
import type { Problem } from '../core/problem.js';
import type { Owner } from '../kinds/context.js';
import type { Resolver } from './resolver.js';

/** The company is the account itself: one owner, one document at most (manifest-v1.md). */
function accountOwner(
  type: OwnerType,
  doc: ManifestDocument,
  name: string,
  seen: Map<string, OwnerDocument>,
  owners: OwnerDocument[],
  problems: Problem[],
): void {
  const entry: OwnerDocument = { owner: { type, extensionId: '~', extensionNumber: '', name }, doc, refPath: ['kind'] };
  const earlier = seen.get(type);
  if (earlier) {
    const where = earlier.doc.locate(earlier.refPath);
    problems.push(
      problem(
        doc,
        ['kind'],
        `the company is also managed by ${where.file}:${where.line}:${where.col} (at most one Company document per account)`,
      ),
    );
    return;
  }
  seen.set(type, entry);
  owners.push(entry);
}

/**
 * An IVR menu is named by its extension number: an IvrMenu extension with that number is the
 * menu to update; no extension with it, a menu to create (it has no id yet); any other
 * extension with it is an error (the number is taken).
 */
function ivrMenuOwner(
  doc: ManifestDocument,
  m: IvrMenuManifest,
  resolver: Resolver,
  seen: Map<string, OwnerDocument>,
  owners: OwnerDocument[],
  problems: Problem[],
): void {
  const number = String(m.extension).trim();
  const path: PathSeg[] = ['extension'];
  const found = resolver.extensions.filter((e) => e.extensionNumber === number);
  const menu = found.find((e) => e.type === 'IvrMenu');
  if (!menu && found.length > 0) {
    const other = found[0];
    problems.push(problem(doc, path, `extension ${number} (${other.name}) is a ${other.type} extension, not an IVR menu`));
    return;
  }
  const key = `ivr:${number}`;
  const earlier = seen.get(key);
  if (earlier) {
    const where = earlier.doc.locate(earlier.refPath);
    problems.push(problem(doc, path, `IVR menu ${number} is also managed by ${where.file}:${where.line}:${where.col}`));
    return;
  }
  const owner = menu
    ? { type: 'ivr' as const, extensionId: menu.id, extensionNumber: number, name: menu.name }
    : { type: 'ivr' as const, extensionId: '', extensionNumber: number, name: m.name ?? '' };
  const entry: OwnerDocument = { owner, doc, refPath: path };
  seen.set(key, entry);
  owners.push(entry);
}

/** One owner (user, site or the company) and the document that manages it. */
export interface OwnerDocument {
  owner: Owner;
  doc: ManifestDocument;
  /** Where the owner's reference is written in the document. */
  refPath: PathSeg[];
}

function problem(doc: ManifestDocument, path: PathSeg[], message: string): Problem {
  return { pos: doc.locate(path), path: formatPath(path), message, severity: 'error' };
}

/**
 * Resolves every document's `extension`/`extensions`/`site` to the account's extensions. A user
 * document must name User extensions, a site document a Site; one owner managed by two documents
 * is an error naming both places (references written differently can meet only here).
 */
export function resolveOwners(
  docs: ManifestDocument[],
  resolver: Resolver,
  companyName = '',
): { owners: OwnerDocument[]; problems: Problem[] } {
  const owners: OwnerDocument[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, OwnerDocument>();
  for (const doc of docs) {
    const type = ownerTypeOfKind(doc.data.kind);
    if (ownerWords[type].account) {
      accountOwner(type, doc, companyName, seen, owners, problems);
      continue;
    }
    if (doc.data.kind === 'IvrMenu') {
      ivrMenuOwner(doc, doc.data, resolver, seen, owners, problems);
      continue;
    }
    // A document must name extensions of its own kind (`kind: Site` names a Site extension).
    const wantType = ownerWords[type].extensionType;
    for (const { ref, path } of ownerRefsOf(type, doc.data as ManifestOf<typeof type>)) {
      const r = resolver.extension(ref);
      if (!r.ok) {
        problems.push(problem(doc, path, r.error));
        continue;
      }
      const ext = r.value;
      if (ext.type !== wantType) {
        const what = ownerWords[type].extensionNoun ?? String(wantType);
        problems.push(problem(doc, path, `extension ${ext.extensionNumber} (${ext.name}) is a ${ext.type} extension, not a ${what}`));
        continue;
      }
      const entry: OwnerDocument = {
        owner: { type, extensionId: ext.id, extensionNumber: ext.extensionNumber, name: ext.name },
        doc,
        refPath: path,
      };
      const earlier = seen.get(ext.id);
      if (earlier) {
        const where = earlier.doc.locate(earlier.refPath);
        problems.push(
          problem(doc, path, `${ownerWords[type].named(ext.extensionNumber)} is also managed by ${where.file}:${where.line}:${where.col}`),
        );
        continue;
      }
      seen.set(ext.id, entry);
      owners.push(entry);
    }
  }
  return { owners, problems };
}
