import type { ManifestDocument } from '../core/document.js';
import type { Problem } from '../core/problem.js';
import type { RoutingCall } from '../core/routing.js';
import type { RoutingTestCall, RoutingTestDocument, RoutingTestResult } from '../core/routing-test.js';
import { expectationDiffs } from './check-expectation.js';
import { e164OrAsWritten, refLabel } from './ext-ref-label.js';
import { findOwnerDocument } from './find-owner-document.js';
import { routeCall } from './route-call.js';

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
  };
}

function callName(c: RoutingTestCall): string {
  return c.name ?? `${c.queue ? 'queue call' : 'call'} from ${c.from}${c.to ? ` to ${c.to}` : ''} at ${c.at}`;
}

/**
 * Routes every call of every RoutingTest document through the desired manifest of its user or
 * site and compares the outcome with the expectation. Pure; documents must be validated.
 */
export function runRoutingTests(manifests: ManifestDocument[], tests: RoutingTestDocument[]): RoutingTestRun {
  const results: RoutingTestResult[] = [];
  const problems: Problem[] = [];
  for (const doc of tests) {
    const kind = doc.data.company ? 'Company' : doc.data.site !== undefined ? 'Site' : 'User';
    const ref = (doc.data.site ?? doc.data.extension ?? '')!;
    const key = kind === 'Company' ? 'company' : kind === 'Site' ? 'site' : 'extension';
    const owner = kind === 'Company' ? 'the company' : `${key} ${refLabel(ref)}`;
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
      const outcome = routeCall(found.model, callOf(c));
      const diffs = expectationDiffs(c.expect, outcome);
      results.push({ ...base, outcome, diffs, passed: diffs.length === 0 });
    });
  }
  return { results, problems };
}
