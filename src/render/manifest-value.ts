/**
 * Manifest values written the way a manifest author writes them: YAML flow style
 * (`{forwardTo: {phone: "+14082324343"}}`) on one line, or a YAML block for a whole new rule.
 * Strings are always double-quoted with JSON escapes, so `"1"` and `1` stay apart and no control
 * character from the live account reaches the terminal. Pure.
 */

const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function key(k: string): string {
  return BARE_KEY.test(k) ? k : JSON.stringify(k);
}

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** One line: `{voicemail: {}}`, `["08:00-16:00", "13:00-17:00"]`, `20`. */
export function flowValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  if (isPlainObject(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${key(k)}: ${flowValue(v)}`)
      .join(', ')}}`;
  return scalar(value);
}

/**
 * A YAML block, each entry on its own line, nested entries expanded only while their flow form
 * would not fit in `width`: a new rule reads like the document that asks for it.
 */
export function yamlBlock(value: unknown, width = 100, indent = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => listItem(v, width, indent));
  if (!isPlainObject(value)) return [`${indent}${flowValue(value)}`];
  return Object.entries(value).flatMap(([k, v]) => {
    const line = `${indent}${key(k)}: ${flowValue(v)}`;
    const nested = (Array.isArray(v) && v.length > 0) || (isPlainObject(v) && Object.keys(v).length > 0);
    if (line.length <= width || !nested) return [line];
    return [`${indent}${key(k)}:`, ...yamlBlock(v, width, `${indent}  `)];
  });
}

function listItem(value: unknown, width: number, indent: string): string[] {
  const line = `${indent}- ${flowValue(value)}`;
  if (line.length <= width || !isPlainObject(value) || Object.keys(value).length === 0) return [line];
  const [first, ...rest] = yamlBlock(value, width, `${indent}  `);
  return [`${indent}- ${first.trimStart()}`, ...rest];
}
