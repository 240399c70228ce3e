import type { LoadedDocument } from './document.js';
import type { HandledBy, RoutingOutcome } from './routing.js';
import type { ExtRef, RingTarget } from './manifest.js';

/**
 * `kind: RoutingTest` documents (schemas/routing-test-v1.schema.json): calls and who should
 * handle them, checked by `ringform test` against the desired manifests.
 */

/**
 * How the call should end: `{<key>: <value>}`, one key, that of an end part's routing-test form
 * (src/parts/: `voicemail`, `forward`, `transfer`, …; the schema takes exactly those). Phones
 * and extensions are written as in manifests.
 */
export type ExpectedEnd = Readonly<Record<string, unknown>>;

export interface RoutingExpectation {
  /** Custom rule name, state id (`after-hours`) or site rule name (`business-hours`). */
  handledBy?: string;
  endsAt?: ExpectedEnd;
  /** Every target that rings, in ring order; `[]` means nothing rings. */
  rings?: RingTarget[];
  /** Every hop of the call in order: `company` or an extension; the rest then speaks of the last hop. */
  hops?: (ExtRef | 'company')[];
}

export interface RoutingTestCall {
  name?: string;
  from: string;
  /** The caller's contact name, for site rules that match callers by name. */
  callerName?: string;
  to?: string;
  at: string;
  queue?: boolean;
  /** The keys pressed in the IVR menus along the way (`"2"`, `"1,3"`): the call is followed across hops. */
  press?: string | number;
  expect: RoutingExpectation;
}

export interface RoutingTestManifest {
  version: 1;
  kind: 'RoutingTest';
  extension?: ExtRef;
  site?: ExtRef;
  /** `true` (or `{}`): calls to the company's main number, routed through the Company document. */
  company?: true | Record<string, never>;
  calls: RoutingTestCall[];
}

export type RoutingTestDocument = LoadedDocument<RoutingTestManifest>;

export function isRoutingTest(data: unknown): boolean {
  return Boolean(data && typeof data === 'object' && (data as { kind?: unknown }).kind === 'RoutingTest');
}

/** The result of one RoutingTest call, as `ringform test` reports it. */
export interface RoutingTestResult {
  /** The test file and the document's owner (`extension 101`), for grouping. */
  file: string;
  owner: string;
  name: string;
  /** Where the call is written: `file:line:col`. */
  where: string;
  passed: boolean;
  diffs: string[];
  outcome?: RoutingOutcome;
  /** The hops the call took, when it was followed across hops. */
  hops?: { kind: string; id: string | null; extensionNumber: string; name: string; handledBy: HandledBy; key?: string }[];
}
