import type { ManifestDocument } from '../core/document.js';
import type { Problem } from '../core/problem.js';
import type { RoutingCall } from '../core/routing.js';
import type { RoutingTestCall, RoutingTestDocument, RoutingTestResult } from '../core/routing-test.js';
import { expectationDiffs } from './check-expectation.js';
import { e164OrAsWritten, refLabel, sameLabel } from './ext-ref-label.js';
import { findOwnerDocument } from './find-owner-document.js';
import { followCall, type Hop } from './follow-call.js';
import type { ExtRef } from '../core/manifest.js';
import { ownerWords } from '../core/owner-words.js';
import { OWNER_TYPES, type OwnerTable, type OwnerType } from '../core/plan.js';

export interface RoutingTestRun {
  results: RoutingTestResult[];
  /** Test documents whose user or site no manifest manages (their calls count as failed). */
  problems: Problem[];
}

export function callOf(c: RoutingTestCall): RoutingCall {
  return {
    from: e164OrAsWritten(c.from),
    at: c.at,
    ...(c.callerName !== undefined ? { callerName: c.callerName } : {}),
    ...(c.to !== undefined ? { to: e164OrAsWritten(c.to) } : {}),
    ...(c.queue ? { queue: true } : {}),
    ...(c.press !== undefined
      ? {
          press: String(c.press)
            .split(/[\s,]+/)
            .filter(Boolean),
        }
      : {}),
  };
}

function callName(c: RoutingTestCall): string {
  return c.name ?? `${c.queue ? 'queue call' : 'call'} from ${c.from}${c.to ? ` to ${c.to}` : ''} at ${c.at}`;
}

/**
 * The key a RoutingTest document names its owner with, per owner type: users, sites and the
 * company are tested directly; call queues and IVR menus are reached through the hops of a
 * call (`expect.hops`). One entry per owner type.
 */
export const TEST_OWNER_KEYS: OwnerTable<'extension' | 'site' | 'company' | undefined> = {
  user: 'extension',
  site: 'site',
  company: 'company',
  queue: undefined,
  ivr: undefined,
};

/** The owner a validated RoutingTest document names (validation allows exactly one). */
function testOwner(doc: RoutingTestDocument): { type: OwnerType; key: 'extension' | 'site' | 'company' } {
  for (const type of OWNER_TYPES) {
    const key = TEST_OWNER_KEYS[type];
    if (key !== undefined && doc.data[key] !== undefined) return { type, key };
  }
  throw new Error(`routing test ${doc.file} names no owner (validation should have refused it)`);
}

/**
 * Routes every call of every RoutingTest document through the desired manifest of its user or
 * site and compares the outcome with the expectation. Pure; documents must be validated.
 */
export function runRoutingTests(manifests: ManifestDocument[], tests: RoutingTestDocument[]): RoutingTestRun {
  const results: RoutingTestResult[] = [];
  const problems: Problem[] = [];
  for (const doc of tests) {
    const { type, key } = testOwner(doc);
    const kind = ownerWords[type].manifestKind;
    const ref = key === 'company' ? 'company' : doc.data[key]!;
    const owner = ownerWords[type].account ? 'the company' : `${key} ${refLabel(ref)}`;
    const found = findOwnerDocument(manifests, kind, ref);
    if (!found) {
      problems.push({ pos: doc.locate([key]), path: key, message: `no ${kind} manifest manages ${owner}`, severity: 'error' });
    }
    doc.data.calls.forEach((c, index) => {
      const pos = doc.locate(['calls', index]);
      const base = { file: doc.file, owner, name: callName(c), where: `${pos.file}:${pos.line}:${pos.col}` };
      if (!found) {
        results.push({ ...base, diffs: [`no ${kind} manifest manages ${owner}`], passed: false });
        return;
      }
      // Every call is followed across every hop the manifests describe (cli.md "Call paths across hops").
      const path = followCall(manifests, { model: found.model, ref: found.ref }, callOf(c));
      const diffs = [...path.findings, ...hopDiffs(c.expect.hops, path.hops, path.unfollowed), ...expectationDiffs(c.expect, path.outcome)];
      results.push({ ...base, outcome: path.outcome, hops: path.hops, diffs, passed: diffs.length === 0 });
    });
  }
  return { results, problems };
}

const hopText = (h: Hop) =>
  h.kind === 'company'
    ? 'company'
    : h.name && h.extensionNumber
      ? `${h.extensionNumber} (${h.name})`
      : h.extensionNumber || h.name || (h.id ?? '');

/**
 * `expect.hops`: each hop `company` or an extension by its number or name, in order. Hops asked
 * for past a transfer the documents cannot follow are explained by why the path ends there.
 */
function hopDiffs(expected: (ExtRef | 'company')[] | undefined, hops: Hop[], unfollowed?: string): string[] {
  if (expected === undefined) return [];
  const matches = (x: ExtRef | 'company', h: Hop) =>
    x === 'company' ? h.kind === 'company' : [h.extensionNumber, h.name, h.id ?? ''].some((v) => v !== '' && sameLabel(refLabel(x), v));
  if (expected.length === hops.length && expected.every((x, i) => matches(x, hops[i]))) return [];
  const want = expected.map((x) => (x === 'company' ? 'company' : refLabel(x))).join(' → ');
  const why = unfollowed !== undefined && expected.length > hops.length ? ` (${unfollowed})` : '';
  return [`expected hops ${want}, got ${hops.map(hopText).join(' → ')}${why}`];
}
