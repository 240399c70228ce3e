import type { ManifestDocument } from '../../core/document.js';
import type { CallQueueManifest, CompanyManifest, IvrMenuManifest } from '../../core/manifest.js';
import type { OwnerTable } from '../../core/plan.js';
import type { OwnerRef } from '../../live/read-owners.js';
import { needsForwardingTargets } from '../../parts/needs-lookup.js';

type ExtraReads = Pick<OwnerRef, 'phoneNumbers' | 'devices' | 'prompts' | 'languages' | 'queueParts'>;

/**
 * What a document makes worth reading beside its owner's rules: one entry per owner type (a new
 * type without one does not compile).
 */
export const ownerReads: OwnerTable<(doc: ManifestDocument) => ExtraReads> = {
  user: (doc) => ({ devices: needsForwardingTargets(doc.data) }),
  site: () => ({}),
  company: (doc) => ({ phoneNumbers: namesCalledNumbers(doc) }),
  ivr: (doc) => {
    const prompt = (doc.data as IvrMenuManifest).prompt;
    return { prompts: prompt?.audio !== undefined, languages: prompt?.language !== undefined };
  },
  queue: (doc) => ({ queueParts: queuePartsNamed(doc.data as CallQueueManifest) }),
};

/**
 * What a CallQueue document needs read besides hours and rules: members when it writes them or
 * orders members (the order is checked against them), details and overflow when it writes them.
 */
function queuePartsNamed(m: CallQueueManifest) {
  const ringing = [m.rules?.['business-hours'], ...(m.customRules ?? []).map((r) => r.queue)];
  return {
    members: m.members !== undefined || ringing.some((r) => r?.order !== undefined),
    details: m.settings !== undefined,
    overflow: m.overflow !== undefined,
  };
}

/** Whether a Company document names a called number (only then are the account's numbers read). */
function namesCalledNumbers(doc: ManifestDocument): boolean {
  const m = doc.data as CompanyManifest;
  return (m.customRules ?? []).some((r) => (r.when?.calledNumbers ?? []).length > 0);
}
