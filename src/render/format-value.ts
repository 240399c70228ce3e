/**
 * Compact, single-line renderings of plan values. Every renderer (text, Markdown, apply)
 * goes through here so a value reads the same wherever a reviewer meets it.
 */

/** Shown for `undefined`: the field does not exist on that side of the diff. */
export const ABSENT = '(absent)';

/** Default width of a rendered value; longer values are cut with an ellipsis. */
export const VALUE_WIDTH = 72;

/**
 * A value as compact JSON, cut to `max` characters. JSON (not `String()`) keeps strings
 * quoted, so `"1"` and `1` stay distinguishable, and escapes control characters, so a rule
 * name from the live account can never smuggle terminal escape sequences into the output.
 */
export function formatValue(value: unknown, max: number = VALUE_WIDTH): string {
  if (value === undefined) return ABSENT;
  return truncate(toJson(value), max);
}

/**
 * The old and new side of an update, each cut to `max`. When both are long and share a long
 * beginning (a caller list that gained one number), both are cut from just before where they
 * first differ: cutting the tails would show two identical heads and hide the change.
 */
export function formatValuePair(oldValue: unknown, newValue: unknown, max: number = VALUE_WIDTH): [string, string] {
  if (oldValue === undefined || newValue === undefined) return [formatValue(oldValue, max), formatValue(newValue, max)];
  const a = toJson(oldValue);
  const b = toJson(newValue);
  if (a.length <= max && b.length <= max) return [a, b];
  const start = differenceWindowStart(a, b, max);
  const view = (text: string) => truncate(start > 0 ? `…${text.slice(start)}` : text, max);
  return [view(a), view(b)];
}

/** Where to start showing two long JSON texts so their first difference is in view. */
function differenceWindowStart(a: string, b: string, max: number): number {
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same += 1;
  // Difference already visible with room to spare after it: keep the natural start.
  if (same < max * 0.6) return 0;
  // Back up to the start of the enclosing JSON element, so the view opens on a whole value.
  const floor = Math.max(0, same - Math.floor(max / 2));
  for (let i = same - 1; i >= floor; i -= 1) {
    if (a[i] === ',') return i + 1;
    if (a[i] === '{' || a[i] === '[') return i;
  }
  const start = same - 12;
  const code = a.charCodeAt(start);
  return code >= 0xdc00 && code <= 0xdfff ? start - 1 : start;
}

function toJson(value: unknown): string {
  try {
    // undefined comes back for functions and symbols, which a plan never holds; be safe anyway.
    return JSON.stringify(value) ?? String(value);
  } catch {
    // BigInt and cycles: not JSON data, but a renderer must not throw on a reviewer.
    return String(value);
  }
}

/** Cuts `text` to at most `max` characters (ellipsis included), never inside a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The JSON pointer of a field as shown to people; the empty pointer is the whole object. */
export function formatPointer(pointer: string): string {
  return pointer === '' ? '(whole object)' : pointer;
}

/**
 * Free text from the account or the planner (names, warnings, API messages) made safe for one
 * output line: line breaks and tabs become spaces, other control characters are shown escaped.
 */
export function cleanText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) =>
    /[\t\n\r\f\v]/.test(ch) ? ' ' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
