import type { LoadedDocument } from '../../src/core/document.js';
import type { Problem } from '../../src/core/problem.js';
import { formatPath } from '../../src/core/path.js';
import type { CompileContext, Owner } from '../../src/kinds/context.js';
import { Resolver } from '../../src/resolve/resolver.js';
import type { ExtensionInfo, StandardGreeting } from '../../src/core/references.js';

export const EXTENSIONS: ExtensionInfo[] = [
  { id: '63701631004', extensionNumber: '101', name: 'Alex Smith', type: 'User', email: 'alex@acme.com' },
  { id: '63707590004', extensionNumber: '102', name: 'Kim Lee', type: 'User', email: 'kim@acme.com' },
  { id: '63701632004', extensionNumber: '103', name: 'Jordan Park', type: 'User', email: 'jordan@acme.com' },
  { id: '62952431016', extensionNumber: '1500', name: 'Main IVR', type: 'IvrMenu' },
  { id: '62952432016', extensionNumber: '1600', name: 'After-hours Messages', type: 'Voicemail' },
  { id: '84854000016', extensionNumber: '2001', name: 'London Office', type: 'Site' },
];

export const GREETINGS: StandardGreeting[] = [
  { id: '197120', name: 'Acoustic', type: 'ConnectingAudio', usageType: 'UserExtensionAnsweringRule' },
  { id: '66560', name: 'Closed', type: 'Announcement', usageType: 'UserExtensionAnsweringRule' },
];

/** A document whose every path locates to line 1 + depth: enough to assert where errors point. */
export function fakeDoc<T>(data: T, file = 'test.yaml'): LoadedDocument<T> {
  return { file, index: 0, data, locate: (path) => ({ file, line: 1 + path.length, col: 1 }) };
}

export function fakeContext<M, S>(manifest: M, live: S, owner?: Partial<Owner>): CompileContext<M, S> & { problems: Problem[] } {
  const problems: Problem[] = [];
  const doc = fakeDoc(manifest as any);
  return {
    owner: { type: 'user', extensionId: '63701631004', extensionNumber: '101', name: 'Alex Smith', ...owner },
    doc: doc as any,
    manifest,
    live,
    resolver: new Resolver(EXTENSIONS, GREETINGS),
    report: (path, message) => problems.push({ pos: doc.locate(path), path: formatPath(path), message, severity: 'error' }),
    problems,
  };
}

/**
 * A fixture context as the planner takes it (`diffOwner`): its manifest and snapshot are literal
 * samples of the documented shapes, which TypeScript reads as wider types (`string` ids).
 */
export function asPlanContext<M, S>(ctx: CompileContext<M, S>): CompileContext {
  return ctx as unknown as CompileContext;
}
