import type { FaultSpec } from './start-emulator.js';

/**
 * Faults that tests arm ahead of the requests they should hit: an error status, a rate-limit
 * 429, a delay, a connection reset, or a write that is applied but whose response is lost.
 * Faults match by method and path and fire `count` times (default once), first armed first.
 */

const TYPES: FaultSpec['type'][] = ['status', 'reset', 'delay', 'lost-response', 'rate-limit'];

interface ArmedFault {
  spec: FaultSpec;
  remaining: number;
}

export class FaultInjector {
  private armed: ArmedFault[] = [];

  add(spec: FaultSpec): void {
    if (!TYPES.includes(spec.type)) throw new Error(`fault type must be one of ${TYPES.join(', ')}`);
    if (spec.type === 'status' && spec.status !== undefined && !(spec.status >= 400 && spec.status <= 599)) {
      throw new Error('fault status must be an HTTP error status (400-599)');
    }
    if (spec.type === 'delay' && !(typeof spec.delayMs === 'number' && spec.delayMs >= 0)) {
      throw new Error('a delay fault needs delayMs >= 0');
    }
    const count = spec.count ?? 1;
    // A negative or infinite count keeps the fault until it is cleared (JSON has no Infinity).
    const remaining = count < 0 || !Number.isFinite(count) ? Infinity : count;
    if (remaining === 0) return;
    this.armed.push({ spec, remaining });
  }

  clear(): void {
    this.armed = [];
  }

  list(): (FaultSpec & { remaining: number | null })[] {
    return this.armed.map((a) => ({
      ...a.spec,
      path: a.spec.path instanceof RegExp ? String(a.spec.path) : a.spec.path,
      remaining: Number.isFinite(a.remaining) ? a.remaining : null,
    }));
  }

  /** The first armed fault matching this request, counting it as fired. `target` is path + query. */
  take(method: string, target: string): FaultSpec | undefined {
    const found = this.armed.find((a) => matches(a.spec, method, target));
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining <= 0) this.armed = this.armed.filter((a) => a !== found);
    return found.spec;
  }
}

function matches(spec: FaultSpec, method: string, target: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  if (spec.path === undefined) return true;
  if (spec.path instanceof RegExp) {
    spec.path.lastIndex = 0; // a /g regex would otherwise carry its position between requests
    return spec.path.test(target);
  }
  return target.includes(spec.path) || regexMatches(spec.path, target);
}

/** A string path also works as a regular expression; one that does not compile is only a substring. */
function regexMatches(source: string, target: string): boolean {
  try {
    return new RegExp(source).test(target);
  } catch {
    return false;
  }
}
