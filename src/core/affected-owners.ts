import type { ManifestOf } from './manifest.js';
import { naturalCompare } from './order.js';
import { ownerRefsOf } from './owner-refs.js';
import { ownerWords } from './owner-words.js';
import { OWNER_TYPES, type Change, type OwnerType, type PlanAffected } from './plan.js';

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
 * `3 users, 2 sites, 1 call queue, the company`: what documents manage, counted per owner type
 * (a `User` document with `extensions:` counts each; users and sites are always said).
 */
export function managedWords(documents: readonly { data: unknown }[], plural: (count: number, noun: string) => string): string[] {
  const counted: string[] = [];
  const accounts: string[] = [];
  for (const type of OWNER_TYPES) {
    const words = ownerWords[type];
    const mine = documents.filter(
      (d) => typeof d.data === 'object' && d.data !== null && 'kind' in d.data && d.data.kind === words.manifestKind,
    );
    const affected = words.affected;
    if ('account' in affected) {
      if (mine.length > 0) accounts.push(affected.counted);
      continue;
    }
    const count = mine.reduce((n, d) => n + ownerRefsOf(type, d.data as ManifestOf<typeof type>).length, 0);
    if (count > 0 || affected.always) counted.push(plural(count, affected.noun));
  }
  return [...counted, ...accounts];
}
