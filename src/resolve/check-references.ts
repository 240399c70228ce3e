import type { ManifestDocument } from '../core/document.js';
import type { ExtRef, Greeting } from '../core/manifest.js';
import { formatPath, type PathSeg } from '../core/path.js';
import type { Problem } from '../core/problem.js';
import type { ReferenceResolver } from '../core/references.js';
import type { RuleReference } from '../parts/registry.js';
import { ruleReferences } from '../kinds/shared/transfer-reference.js';

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
    const ref = referenceAt(at);
    // Phone numbers are checked before planning (validate); the account holds nothing to look up.
    if (ref?.reference === 'phone') continue;
    if (ref?.reference === 'extension') {
      const r = resolver.extension(child as ExtRef);
      if (!r.ok) found.push({ path: at, message: r.error });
      continue;
    }
    const role = ref?.reference;
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

/** The reference a part (or kind) declares at this place of a rule, if any: the longest suffix that matches. */
function referenceAt(at: readonly PathSeg[]): RuleReference | undefined {
  const matches = ruleReferences().filter(
    (r) => r.suffix.length <= at.length && r.suffix.every((seg, i) => at[at.length - r.suffix.length + i] === seg),
  );
  return matches.sort((a, b) => b.suffix.length - a.suffix.length)[0];
}
