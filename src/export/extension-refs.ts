import type { ExtRef } from '../core/manifest.js';
import { normalizePhone } from '../core/phone.js';

/** An extension of the account as the export needs it (the live extension list's shape). */
export interface ExportExtension {
  id: string;
  extensionNumber: string;
  name: string;
  type: string;
}

/**
 * Turns live extension ids back into the references a person writes: the extension number
 * (`"102"`) when it names exactly one extension, else `{id}`, which is still resolvable.
 */
export class ExtensionRefs {
  private readonly byId = new Map<string, ExportExtension>();
  private readonly numberCount = new Map<string, number>();

  constructor(extensions: readonly ExportExtension[]) {
    for (const e of extensions) {
      this.byId.set(String(e.id), e);
      this.numberCount.set(e.extensionNumber, (this.numberCount.get(e.extensionNumber) ?? 0) + 1);
    }
  }

  /** The reference for an extension id; undefined when the id is not in the account's list. */
  ref(id: unknown): ExtRef | undefined {
    const ext = id === undefined || id === null ? undefined : this.byId.get(String(id));
    if (!ext) return undefined;
    const number = ext.extensionNumber;
    return number !== '' && this.numberCount.get(number) === 1 ? number : { id: ext.id };
  }
}

/** A live phone number as a manifest writes it: E.164, or undefined when it is not a possible number. */
export function exactE164(phone: unknown): string | undefined {
  if (typeof phone !== 'string' && typeof phone !== 'number') return undefined;
  // The planner compares live numbers in E.164 (RingCentral's own samples write caller ids as
  // `14132223333`), so any possible number can be written in its E.164 form.
  const parsed = normalizePhone(String(phone));
  return parsed.ok ? parsed.value : undefined;
}

/** Result of converting one live value: the manifest value, or why it cannot be written. */
export type Converted<T> = { ok: true; value: T } | { ok: false; why: string };

export const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
export const fail = <T = never>(why: string): Converted<T> => ({ ok: false, why });
