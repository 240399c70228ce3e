import type { ChangeKind, LiveFingerprint, OwnerType, Plan } from '../core/plan.js';
import { ownerWords } from '../core/owner-words.js';
import { UserError } from '../core/problem.js';
import { fingerprintOf } from '../core/fingerprint.js';
import type { Snapshot } from '../kinds/context.js';
import { KINDS } from '../kinds/index.js';
import { primaryLive } from '../kinds/resource-kind.js';
import { savedPlanShapeProblems } from './saved-plan-shape.js';

export interface FingerprintOwner {
  type: OwnerType;
  extensionId: string;
  /** Company: the plan relied on the account's phone numbers, so they are read again. */
  phoneNumbers?: boolean;
}

/** `user:63701631004/user-state-rule` → owner and kind. */
export function parseFingerprintPath(path: string): { owner: FingerprintOwner; kind: ChangeKind } {
  const [ownerPart, kind] = path.split('/');
  const [type, extensionId] = ownerPart.split(':');
  return { owner: { type: type as OwnerType, extensionId }, kind: kind as ChangeKind };
}

/** The owners whose live state a saved plan was computed from (to re-read before applying). */
export function fingerprintOwners(fingerprints: LiveFingerprint[]): FingerprintOwner[] {
  const seen = new Map<string, FingerprintOwner>();
  for (const f of fingerprints) {
    const { owner } = parseFingerprintPath(f.path);
    const key = `${owner.type}:${owner.extensionId}`;
    const phoneNumbers = Boolean(seen.get(key)?.phoneNumbers) || f.select === '@phone-numbers';
    // A plan that checked called numbers against the account's numbers reads them again.
    seen.set(key, phoneNumbers ? { ...owner, phoneNumbers } : owner);
  }
  return [...seen.values()];
}

/**
 * Compares a saved plan's fingerprints with freshly read live state; returns one line per object
 * that changed since the plan was made (empty: the plan is still valid).
 */
export function staleObjects(fingerprints: LiveFingerprint[], snapshots: Map<string, Snapshot>): string[] {
  const stale: string[] = [];
  for (const f of fingerprints) {
    const { owner, kind } = parseFingerprintPath(f.path);
    const snapshot = snapshots.get(`${owner.type}:${owner.extensionId}`);
    const k = KINDS.find((x) => x.kind === kind);
    if (!snapshot || !k) continue;
    const reads = f.select.startsWith('@') ? k.reads?.(snapshot) : undefined;
    if (reads?.has(f.select)) {
      const value = reads.get(f.select);
      if (fingerprintOf(value ?? 'absent') !== f.sha256)
        stale.push(`${ownerName(owner)}: ${f.select.slice(1)} changed since the plan was made`);
      continue;
    }
    const all = k.live(snapshot);
    // A rule a manifest names like the `name (id)` key of a copy: the plan recorded it absent
    // among the rules a manifest can name (copies never match), while deletes of the copy
    // record the copy. Either recording is current; the found object may itself be absent.
    const candidates = [primaryLive(all).get(f.select), all.get(f.select)];
    if (!candidates.some((o) => fingerprintOf(o?.comparable ?? 'absent') === f.sha256)) {
      const now = all.get(f.select);
      stale.push(`${ownerName(owner)}: ${k.label(f.select)} ${now ? 'changed' : 'no longer exists'} since the plan was made`);
    }
  }
  return stale;
}

const ownerName = (o: FingerprintOwner) => ownerWords[o.type].named(o.extensionId);

/** Reads a saved plan file's JSON, checking it is plain data of the contract's shape. */
export function parseSavedPlan(text: string, file: string): Plan {
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file} is not a saved plan (invalid JSON: ${(err as Error).message})`);
  }
  if ((plan as Plan)?.formatVersion !== 1 || !Array.isArray((plan as Plan).changes))
    throw new UserError(`${file} is not a ringform plan (formatVersion 1)`);
  const problems = savedPlanShapeProblems(plan);
  if (problems.length) {
    throw new UserError(`${file} is not a valid saved plan; nothing was applied.\n  ${problems.join('\n  ')}`);
  }
  return plan as Plan;
}
