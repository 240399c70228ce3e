import { isDeepStrictEqual } from 'node:util';
import { reviewView } from './review-view.js';

type Path = (string | number)[];

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => typeof v === 'object' && v !== null;
const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/** Where `after` differs from `before`, leaf by leaf (a field only `after` has is listed to its leaves). */
function changedLeaves(before: unknown, after: unknown, path: Path, out: Path[]): void {
  if (isDeepStrictEqual(before, after) || after === undefined) return;
  if (!isContainer(after) || Object.keys(after).length === 0) return void out.push(path);
  const from = isContainer(before) && Array.isArray(before) === Array.isArray(after) ? (before as Record<string, unknown>) : undefined;
  for (const [k, v] of Object.entries(after)) changedLeaves(from?.[k], v, [...path, Array.isArray(after) ? Number(k) : k], out);
}

const MARK = '\u0000ringform-hidden-field-check\u0000';

/** `value` with the leaf at `path` replaced by a marker no request holds. */
function marked(value: unknown, path: Path): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const seg of path.slice(0, -1)) at = at[seg] as Record<string | number, unknown>;
  at[path[path.length - 1]] = MARK;
  return copy;
}

function viewOf(value: unknown): unknown {
  try {
    return plain(reviewView(value));
  } catch {
    return undefined;
  }
}

const pointer = (path: Path) => '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * The first field a write changes that the field difference a reviewer reads cannot show: the
 * review view names what it knows (a ring group's seconds, a caller's number) and leaves other
 * fields out, so a field only a hand-edited plan would add there (an unknown key inside an
 * action or a target) must not reach RingCentral unseen. A field is shown when changing its value
 * changes the view. Returns its JSON pointer in the request body, or undefined.
 */
export function hiddenField(before: unknown, after: unknown): string | undefined {
  if (!isContainer(after)) return undefined;
  const leaves: Path[] = [];
  changedLeaves(plain(before), plain(after), [], leaves);
  const view = viewOf(plain(after));
  if (view === undefined) return undefined;
  for (const leaf of leaves) {
    if (leaf.length === 0) continue;
    const other = viewOf(marked(plain(after), leaf));
    if (other !== undefined && isDeepStrictEqual(other, view)) return pointer(leaf);
  }
  return undefined;
}
