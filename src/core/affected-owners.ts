import type { ManifestOf } from './manifest.js';
import { naturalCompare } from './order.js';
import { ownerRefsOf } from './owner-refs.js';
import { ownerWords } from './owner-words.js';
import { OWNER_TYPES, type Change, type OwnerTable, type OwnerType, type PlanAffected } from './plan.js';

/**
 * The owners the changes touch, by owner type (ownerWords' `affected`): every owner type is
 * listed there, so a new one is counted without a change here.
 */
export function affectedOwners(changes: readonly Pick<Change, 'target'>[]): PlanAffected {
  const out: PlanAffected = { users: [], sites: [] };
  const touched = (type: OwnerType) => changes.filter((c) => c.target.owner === type);
  for (const type of OWNER_TYPES) {
    const mine = touched(type);
    if (mine.length === 0) continue;
    const words = ownerWords[type].affected;
    if ('account' in words) out.company = true;
    else out[words.list] = [...new Set(mine.map((c) => c.target.extension ?? ''))].sort(naturalCompare);
  }
  return out;
}

/**
 * `2 users, 1 site, 1 call queue, the company's main number`: the touched owners in words,
 * extensions first (in owner-type order), the account last; empty when nothing is touched.
 */
export function affectedWords(affected: PlanAffected, plural: (count: number, noun: string) => string): string[] {
  const counted: string[] = [];
  const accounts: string[] = [];
  for (const type of OWNER_TYPES) {
    const words = ownerWords[type].affected;
    if ('account' in words) {
      if (affected.company) accounts.push(words.account);
    } else {
      const numbers = affected[words.list] ?? [];
      if (numbers.length > 0) counted.push(plural(numbers.length, words.noun));
    }
  }
  return [...counted, ...accounts];
}

/**
 * `3 users, 2 sites, 1 call queue, the company`: owners counted per owner type, in owner-type
 * order with the account last; users and sites are always said (`0 sites`), the others when some.
 */
export function countedWords(counts: OwnerTable<number>, plural: (count: number, noun: string) => string): string[] {
  const counted: string[] = [];
  const accounts: string[] = [];
  for (const type of OWNER_TYPES) {
    const affected = ownerWords[type].affected;
    if ('account' in affected) {
      if (counts[type] > 0) accounts.push(affected.counted);
    } else if (counts[type] > 0 || affected.always) counted.push(plural(counts[type], affected.noun));
  }
  return [...counted, ...accounts];
}

/** What validated documents manage, counted (a `User` document with `extensions:` counts each). */
export function managedWords(documents: readonly { data: unknown }[], plural: (count: number, noun: string) => string): string[] {
  const kindOf = (d: { data: unknown }) => (typeof d.data === 'object' && d.data !== null && 'kind' in d.data ? d.data.kind : undefined);
  const count = (type: OwnerType) =>
    documents
      .filter((d) => kindOf(d) === ownerWords[type].manifestKind)
      .reduce((n, d) => n + (ownerWords[type].account ? 1 : ownerRefsOf(type, d.data as ManifestOf<typeof type>).length), 0);
  return countedWords(ownerTable(count), plural);
}

/** A table with every owner type's entry computed. */
export function ownerTable<V>(entry: (type: OwnerType) => V): OwnerTable<V> {
  return Object.fromEntries(OWNER_TYPES.map((t) => [t, entry(t)])) as OwnerTable<V>;
}
