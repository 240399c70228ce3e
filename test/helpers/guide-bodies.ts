import { readFileSync, readdirSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

/**
 * The request bodies RingCentral's guides (spec/ringcentral-docs/*.md) show, found where the
 * guides write them: `let bodyParams = {…}` (JavaScript samples, in code blocks or inline) and
 * `body {…}` after a `PATCH /restapi/…` line. Each is evaluated as JavaScript (the guides use
 * unquoted keys, comments and variables such as `vipCustomerContacts`, declared earlier in the
 * same guide); a sample that is not a complete value (`{...}` elisions, a missing comma) comes
 * back with the syntax error instead of a body.
 */

export const GUIDES_DIR = new URL('../../spec/ringcentral-docs/', import.meta.url);

/** Guides whose bodies the emulator test does not replay yet; the call-queue work (issue 19) empties this. */
export const GUIDES_NOT_YET: ReadonlySet<string> = new Set<string>([]);

export interface GuideBody {
  /** `file#n`: the n-th body (1-based) of the guide, in reading order. */
  key: string;
  file: string;
  /** The text as the guide shows it. */
  source: string;
  /** The evaluated body, or why it cannot be evaluated. */
  body?: unknown;
  error?: string;
}

const MARKER = /\blet\s+(\w+)\s*=\s*([[{])|^body\s*(\{)/gm;

export function guideBodies(): GuideBody[] {
  const files = readdirSync(GUIDES_DIR)
    .filter((f) => f.endsWith('.md') && !GUIDES_NOT_YET.has(f))
    .sort();
  return files.flatMap((file) => bodiesOf(file, readFileSync(new URL(file, GUIDES_DIR), 'utf8')));
}

function bodiesOf(file: string, text: string): GuideBody[] {
  const vars: Record<string, unknown> = {};
  const out: GuideBody[] = [];
  for (const m of text.matchAll(MARKER)) {
    const start = m.index + m[0].length - 1;
    const source = balanced(text, start);
    const name = m[1];
    if (name !== undefined && !/^bodyParams?$/.test(name)) {
      const value = evaluate(source, vars);
      if (!('error' in value)) vars[name] = value.body;
      continue;
    }
    out.push({ key: `${file}#${out.length + 1}`, file, source, ...evaluate(source, vars) });
  }
  return out;
}

function evaluate(source: string, vars: Record<string, unknown>): { body: unknown } | { error: string } {
  try {
    // Round-trip through JSON: plain data, no prototypes from the sandbox.
    return { body: JSON.parse(JSON.stringify(runInNewContext(`(${source})`, { ...vars }))) };
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

/** The bracketed text starting at `start`, skipping brackets inside strings and comments. */
function balanced(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      i = endOfString(text, i);
    } else if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return text.slice(start);
}

function endOfString(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[open]) return i;
    else if (text[i] === '\n' && text[open] !== '`') return i;
  }
  return text.length;
}
