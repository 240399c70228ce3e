import { isDeepStrictEqual } from 'node:util';
import { formatPath, type PathSeg } from '../core/path.js';
import type { ManifestField } from '../core/plan.js';
import { isRingGroups, ringGroupsDiff } from './ring-groups-diff.js';

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Two objects are compared key by key only when they share a key: a destination that changes
 * from `{voicemail: {}}` to `{forwardTo: {phone: …}}` is one replacement a reviewer reads at a
 * glance, not a removed `voicemail` and an added `forwardTo.phone`.
 */
function comparable(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  return Object.keys(a).some((k) => k in b);
}

/**
 * The difference between two manifest forms of one object, as a reviewer reads it: one entry
 * per changed place, with the path a manifest author writes (`ring.groups[1].seconds`). Lists
 * are aligned on their longest common subsequence, so a group inserted at the top reads as one
 * added group, not as every group below it changed. Pure and deterministic.
 */
export function manifestDiff(before: unknown, after: unknown, path: readonly PathSeg[] = []): ManifestField[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (before !== undefined && after !== undefined && comparable(before, after)) {
    if (Array.isArray(before)) {
      return isRingGroups(path)
        ? ringGroupsDiff(before, after as unknown[], path, manifestDiff)
        : listDiff(before, after as unknown[], path);
    }
    return objectDiff(before as Record<string, unknown>, after as Record<string, unknown>, path);
  }
  return [field(path, before, after)];
}

function field(path: readonly PathSeg[], before: unknown, after: unknown): ManifestField {
  const out: ManifestField = { path: formatPath(path) };
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

function objectDiff(before: Record<string, unknown>, after: Record<string, unknown>, path: readonly PathSeg[]): ManifestField[] {
  const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
  return keys.flatMap((k) => manifestDiff(before[k], after[k], [...path, k]));
}

type Step = { op: 'same'; a: number; b: number } | { op: 'del'; a: number } | { op: 'add'; b: number };

/** Edit script from `a` to `b` by longest common subsequence (lists in manifests are short). */
function editScript(a: unknown[], b: unknown[]): Step[] {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = isDeepStrictEqual(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && isDeepStrictEqual(a[i], b[j])) steps.push({ op: 'same', a: i++, b: j++ });
    else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) steps.push({ op: 'add', b: j++ });
    else steps.push({ op: 'del', a: i++ });
  }
  return steps;
}

/**
 * An element removed in one place and added unchanged in another moved: one entry at its new
 * index that says where it was (`groups[0]`, moved from `groups[1]`), not a removal and an
 * addition of the same thing. Pairs each added element with the first equal removed one.
 */
function findMoves(steps: Step[], before: unknown[], after: unknown[]): Map<number, number> {
  const removed = steps.flatMap((s) => (s.op === 'del' ? [s.a] : []));
  const moves = new Map<number, number>();
  for (const step of steps) {
    if (step.op !== 'add') continue;
    const k = removed.findIndex((i) => isDeepStrictEqual(before[i], after[step.b]));
    if (k >= 0) moves.set(step.b, removed.splice(k, 1)[0]);
  }
  return moves;
}

/**
 * Removed and added elements between two common ones are paired in order: a group whose
 * seconds changed is one element that changed (`groups[0].seconds: 20 → 30`). Paired and added
 * elements take their index in the new list, removed ones their index in the old list; moved
 * ones their new index and where they came from.
 */
function listDiff(before: unknown[], after: unknown[], path: readonly PathSeg[]): ManifestField[] {
  const out: ManifestField[] = [];
  const steps = editScript(before, after);
  const moves = findMoves(steps, before, after);
  const movedFrom = new Set(moves.values());
  let dels: number[] = [];
  let adds: number[] = [];
  const flush = () => {
    const pairs = Math.min(dels.length, adds.length);
    for (let k = 0; k < pairs; k++) {
      const [a, b] = [before[dels[k]], after[adds[k]]];
      out.push(...(comparable(a, b) ? manifestDiff(a, b, [...path, adds[k]]) : [field([...path, adds[k]], a, b)]));
    }
    for (const i of dels.slice(pairs)) out.push(field([...path, i], before[i], undefined));
    for (const j of adds.slice(pairs)) out.push(field([...path, j], undefined, after[j]));
    dels = [];
    adds = [];
  };
  for (const step of steps) {
    if (step.op === 'del') {
      if (!movedFrom.has(step.a)) dels.push(step.a);
    } else if (step.op === 'add') {
      const from = moves.get(step.b);
      if (from === undefined) adds.push(step.b);
      else out.push({ ...field([...path, step.b], after[step.b], after[step.b]), movedFrom: formatPath([...path, from]) });
    } else flush();
  }
  flush();
  return out;
}
