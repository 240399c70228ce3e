import type { GreetingSection } from '../../core/manifest.js';
import type { PathSeg } from '../../core/path.js';
import type { GreetingActionRequest } from '../../parts/dispatching-request.js';
import { greetingActionParts } from '../../parts/registry.js';
import type { CompileEnv } from './compile-env.js';

/**
 * Applies a manifest `greeting` section to the live greeting actions. Each key is a section of
 * its own: absent keeps the live action; otherwise its part compiles the action from the live one.
 */
export function applyGreetingSection(
  env: CompileEnv,
  section: GreetingSection,
  greetings: Map<string, GreetingActionRequest>,
  path: readonly PathSeg[],
): void {
  for (const part of greetingActionParts()) {
    const value = section[part.key];
    if (value === undefined) continue;
    greetings.set(part.apiType, part.compile(value, greetings.get(part.apiType), env, [...path, part.key]));
  }
}
