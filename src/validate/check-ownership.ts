import type { PathSeg } from '../core/path.js';
import type { SourcePos } from '../core/problem.js';
import { reporterFor, where, type Finding, type KeyLocatable } from './findings.js';
import { extRefKey } from './ext-ref-key.js';
import type { OwnerTable } from '../core/plan.js';
import { asList, asObj, kindOf, ownerTypeOf, type Obj } from './walk.js';

/** A written reference to the user or site a document manages. */
interface Managed {
  doc: KeyLocatable;
  path: PathSeg[];
  key: string;
  label: string;
  pos: SourcePos;
}

/**
 * The same extension (user), site or IVR menu managed by two documents is an error at the second one,
 * naming the first. References are compared as written (number as text, email lowercased):
 * `101` and `{email: …}` for the same user are only found to collide at plan time.
 */
export function checkOwnership(documents: KeyLocatable[]): Map<KeyLocatable, Finding[]> {
  const out = new Map<KeyLocatable, Finding[]>();
  const first = new Map<string, Managed>();
  for (const doc of documents) {
    for (const managed of managedBy(doc)) {
      const earlier = first.get(managed.key);
      if (!earlier) {
        first.set(managed.key, managed);
        continue;
      }
      const findings = out.get(doc) ?? [];
      reporterFor(doc, findings).error(managed.path, `${managed.label} is also managed by ${where(earlier.pos)}`);
      out.set(doc, findings);
    }
  }
  return out;
}

/** Where each owner type's documents name what they manage, and the noun of messages; the account is managed by its kind. */
export const MANAGES: OwnerTable<'account' | { noun: string; refs(data: Obj): { path: PathSeg[]; value: unknown }[] }> = {
  user: {
    noun: 'extension',
    refs: (data) =>
      data.extension !== undefined
        ? // With both `extension` and `extensions`, the identity check reports the document.
          [{ path: ['extension'], value: data.extension }]
        : asList(data.extensions).map((value, i) => ({ path: ['extensions', i] as PathSeg[], value })),
  },
  site: { noun: 'site', refs: (data) => [{ path: ['site'], value: data.site }] },
  company: 'account',
  queue: { noun: 'call queue', refs: (data) => [{ path: ['queue'], value: data.queue }] },
  ivr: { noun: 'IVR menu', refs: (data) => [{ path: ['extension'], value: data.extension }] },
};

function managedBy(doc: KeyLocatable): Managed[] {
  const data = asObj(doc.data);
  const kind = kindOf(data);
  if (!data || !kind) return [];
  const manages = MANAGES[ownerTypeOf(kind)];
  // The company is the account: one Company document per account, whatever it says.
  if (manages === 'account') return [{ doc, path: ['kind'], key: kind, label: 'the company', pos: doc.locate(['kind']) }];
  const { noun } = manages;
  const refs = manages.refs(data);
  const out: Managed[] = [];
  for (const { path, value } of refs) {
    const ref = extRefKey(value);
    if (ref) out.push({ doc, path, key: `${kind}:${ref.key}`, label: `${noun} ${ref.label}`, pos: doc.locate(path) });
  }
  return out;
}
