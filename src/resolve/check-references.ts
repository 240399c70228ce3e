import type { ManifestDocument } from '../core/document.js';
import type { ExtRef, Greeting } from '../core/manifest.js';
import { formatPath, type PathSeg } from '../core/path.js';
import type { Problem } from '../core/problem.js';
import type { GreetingRole, ReferenceResolver } from '../core/references.js';

/** Keys whose value is an extension reference, wherever they appear in a rule. */
const EXTENSION_KEYS = new Set(['coworker', 'mailbox', 'transferTo']);

/** The greeting role of a `{preset}`/`{custom}` value, from the key that holds it. */
const GREETING_ROLES: Record<string, GreetingRole> = {
  welcome: 'welcome',
  connectingMessage: 'connectingMessage',
  connectingAudio: 'connectingAudio',
};

interface Found {
  path: PathSeg[];
  message: string;
}

/**
 * Every extension and greeting reference a document writes inside its rules, checked against
 * the account in one pass, so that the author sees every unknown name at once rather than one
 * per plan. Used for documents that are not compiled (their owner itself could not be
 * resolved); compile reports the same problems, at the same paths, for the others. `raw`
 * values are the API's own objects and hold no manifest references.
 */
export function checkReferences(doc: ManifestDocument, resolver: ReferenceResolver): Problem[] {
  const found: Found[] = [];
  const data = doc.data as unknown as Record<string, unknown>;
  for (const key of ['rules', 'customRules']) {
    if (data[key] !== undefined) walk(data[key], [key], resolver, found);
  }
  return found.map((f) => ({ pos: doc.locate(f.path), path: formatPath(f.path), message: f.message, severity: 'error' }));
}

function walk(value: unknown, path: PathSeg[], resolver: ReferenceResolver, found: Found[]): void {
  if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i], resolver, found));
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, key];
    if (key === 'raw') continue;
    if (EXTENSION_KEYS.has(key) || (key === 'extension' && path[path.length - 1] === 'forwardTo')) {
      const r = resolver.extension(child as ExtRef);
      if (!r.ok) found.push({ path: at, message: r.error });
      continue;
    }
    const role = greetingRole(path, key);
    if (role && child && typeof child === 'object') {
      // `{off: <greeting>}`: an action off, keeping that greeting configured.
      const greeting = 'off' in child ? (child as { off: unknown }).off : child;
      if (!greeting || typeof greeting !== 'object') continue;
      const r = resolver.greeting(greeting as Greeting, role);
      if (!r.ok) found.push({ path: at, message: r.error });
      continue;
    }
    walk(child, at, resolver, found);
  }
}

/** `greeting.welcome` and friends, `voicemail.greeting`, `announcement.greeting`. */
function greetingRole(path: PathSeg[], key: string): GreetingRole | undefined {
  const parent = path[path.length - 1];
  if (parent === 'greeting' && key in GREETING_ROLES) return GREETING_ROLES[key];
  if (key === 'greeting' && (parent === 'voicemail' || parent === 'announcement')) return parent;
  return undefined;
}
