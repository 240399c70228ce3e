import type { SiteSnapshot, UserSnapshot } from '../kinds/context.js';
import { paths } from '../kinds/shared/paths.js';
import type { ExtensionInfo, StandardGreeting } from '../resolve/resolver.js';
import type { ApiClient } from './api-client.js';
import { explainV2Failure } from './call-handling-support.js';
import { getAllPages } from './paged.js';

/**
 * The reads of a plan, at the minimum RingCentral allows: one paged extension list for the
 * account, two GETs per managed user (the state-rules list embeds the states; the
 * interaction-rules list returns full rules) and two per managed site.
 */
export async function readExtensions(client: ApiClient): Promise<ExtensionInfo[]> {
  const records = await getAllPages(client, paths.extensions(), {}, 1000);
  return records.map((r: any) => ({
    id: String(r.id),
    extensionNumber: String(r.extensionNumber ?? ''),
    name: String(r.name ?? [r.contact?.firstName, r.contact?.lastName].filter(Boolean).join(' ')),
    type: String(r.type ?? ''),
    status: r.status,
    email: r.contact?.email,
  }));
}

export async function readStandardGreetings(client: ApiClient): Promise<StandardGreeting[]> {
  const records = await getAllPages(client, paths.greetings(), {}, 1000);
  return records.map((r: any) => ({ id: String(r.id), name: String(r.name ?? ''), type: String(r.type ?? ''), usageType: r.usageType }));
}

/** `extensionNumber` names the user in the message when the account is not on new call handling. */
export async function readUser(client: ApiClient, extensionId: string, extensionNumber = extensionId): Promise<UserSnapshot> {
  try {
    const [stateRules, interactionRules] = await Promise.all([
      getAllPages(client, paths.stateRules(extensionId), {}, 100),
      getAllPages(client, paths.interactionRules(extensionId), {}, 1000),
    ]);
    return { stateRules, interactionRules };
  } catch (err) {
    throw await explainV2Failure(client, err, extensionNumber, extensionId);
  }
}

export async function readSite(client: ApiClient, extensionId: string): Promise<SiteSnapshot> {
  const [businessHours, answeringRules] = await Promise.all([
    client.get(paths.businessHours(extensionId)),
    // The default (Simple) view returns summaries only; the planner needs whole rules.
    getAllPages(client, paths.answeringRules(extensionId), { view: 'Detailed' }, 1000),
  ]);
  return { businessHours, answeringRules };
}
