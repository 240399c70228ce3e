import type { ExtRef } from '../core/manifest.js';
import type { PathSeg } from '../core/path.js';
import { normalizePhone } from '../core/phone.js';
import type { DeviceInfo, ReferenceResolver } from '../core/references.js';

/** What compiling a rule needs besides the rule itself: reference resolution and error reporting. */
export interface CompileEnv {
  resolver: ReferenceResolver;
  report(path: readonly PathSeg[], message: string): void;
  /** The owner's devices, when they were read (only for documents that name a device by name). */
  devices?: readonly DeviceInfo[];
}

/**
 * Resolves an extension reference to its id, reporting (and returning a placeholder) when it fails.
 * `planned`: an IVR menu this plan creates resolves too (its plannedId; apply fills in the id).
 */
export function extensionId(env: CompileEnv, ref: ExtRef, path: readonly PathSeg[], opts: { planned?: boolean } = {}): string {
  const r = env.resolver.extension(ref, opts);
  if (!r.ok) {
    env.report(path, r.error);
    return '?';
  }
  return r.value.id;
}

/** Phone numbers are validated before planning; this only normalizes them to E.164. */
export function e164(env: CompileEnv, phone: string, path: readonly PathSeg[]): string {
  const r = normalizePhone(phone);
  if (!r.ok) {
    env.report(path, r.error);
    return String(phone);
  }
  return r.value;
}
