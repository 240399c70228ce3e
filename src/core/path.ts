/** One step of a path into a parsed document: an object key or an array index. */
export type PathSeg = string | number;

/** `['rules','work-hours','ring','groups',0]` → `rules.work-hours.ring.groups[0]`. */
export function formatPath(path: readonly PathSeg[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
