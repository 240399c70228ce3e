import { checkExportRoundTrip } from '../../src/cli/pipeline/check-export-round-trip.js';
import type { Manifest } from '../../src/core/manifest.js';
import { formatFinding, type ExportFinding } from '../../src/export/export-findings.js';
import type { SiteSnapshot, UserSnapshot } from '../../src/kinds/context.js';
import { Resolver } from '../../src/resolve/resolver.js';
import type { ExtensionInfo } from '../../src/core/references.js';
import { EXTENSIONS } from './samples-user.js';

/** What plan would change if the exported manifest were planned against the same snapshot (in memory). */
export function roundTrip(owner: ExtensionInfo, manifest: Manifest, snapshot: UserSnapshot | SiteSnapshot): string[] {
  const type = owner.type === 'User' ? 'user' : 'site';
  const o = { type, extensionId: owner.id, extensionNumber: owner.extensionNumber, name: owner.name } as const;
  return checkExportRoundTrip(o, manifest, snapshot, new Resolver(EXTENSIONS)).map(formatFinding);
}

/** Findings as the CLI prints them, without the `warning: user 101 ` prefix noise for short asserts. */
export const lines = (findings: ExportFinding[]) => findings.map((f) => `${f.where}: ${f.message}`);
