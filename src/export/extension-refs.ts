import type { ExtRef } from '../core/manifest.js';

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

export { exactE164, fail, ok, type Converted } from '../parts/converted.js';
