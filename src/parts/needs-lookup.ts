import type { RuleBody, UserManifest } from '../core/manifest.js';
import { ringTargetByKey } from './registry.js';

/**
 * True when compiling a user document needs the user's forwarding targets read first: one of its
 * ring targets names something by what only that list knows (a device by name). Other documents
 * cost no extra GET.
 */
export function needsForwardingTargets(manifest: unknown): boolean {
  const m = manifest as UserManifest | undefined;
  if (m?.kind !== 'User') return false;
  const bodies: (RuleBody | undefined)[] = [...Object.values(m.rules ?? {}), ...(m.customRules ?? [])];
  return bodies.some((b) =>
    (b?.ring?.groups ?? []).some((g) => (g?.targets ?? []).some((t) => ringTargetByKey(t)?.needsLookup?.(t) ?? false)),
  );
}
