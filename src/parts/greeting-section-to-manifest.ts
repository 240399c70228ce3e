import type { GreetingSection } from '../core/manifest.js';
import type { ExportEnv, LiveObject } from './part.js';
import { greetingActionParts } from './registry.js';

/**
 * The greeting actions of a rule → its `greeting` section, each by its part. Actions the rule
 * does not have are not written; what a part cannot write it reports through `env`.
 */
export function greetingSectionToManifest(greetings: ReadonlyMap<string, LiveObject>, env: ExportEnv): GreetingSection | undefined {
  const out: Record<string, unknown> = {};
  for (const part of greetingActionParts()) {
    const action = greetings.get(part.apiType);
    if (!action) continue;
    const written = part.toManifest(action, env);
    if (written !== undefined) out[part.key] = written;
  }
  return Object.keys(out).length > 0 ? (out as GreetingSection) : undefined;
}
