import type { ManifestDocument } from '../../core/document.js';
import { ownerWords } from '../../core/owner-words.js';
import { UserError, type Problem } from '../../core/problem.js';
import { checkReferences } from '../../resolve/check-references.js';
import { resolveOwners, type OwnerDocument } from '../../resolve/resolve-owners.js';
import type { Resolver } from '../../resolve/resolver.js';

/**
 * The owners a plan covers and the reference problems found so far. The read step asks it which
 * owners to read and the planning function asks it again from the same inputs, so both agree
 * without passing owners (and their documents) through the serialisable inputs.
 */
export function plannedOwners(
  documents: ManifestDocument[],
  resolver: Resolver,
  accountName: string,
  only: string[] | undefined,
): { owners: OwnerDocument[]; problems: Problem[] } {
  const resolved = resolveOwners(documents, resolver, accountName);
  // Every reference problem is reported in one pass: those of documents whose owner cannot be
  // resolved (never compiled) join the owners' problems and what compile finds.
  const problems: Problem[] = [...resolved.problems, ...uncompiledReferences(documents, resolved.owners, resolver)];
  return { owners: selectOwners(resolved.owners, only, problems.length === 0), problems };
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
