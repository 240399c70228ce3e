import type { Change } from '../core/plan.js';
import type { ApiClient } from '../live/api-client.js';
import { getAllPages } from '../live/paged.js';

/**
 * After a create whose response never arrived, looks for the rule by name, so that a retry never
 * creates a duplicate. Returns true when the rule exists (the create was performed).
 */
export async function wasCreated(client: ApiClient, change: Change): Promise<boolean> {
  const body = change.body as any;
  if (change.kind === 'user-custom-rule') {
    const rules = await getAllPages(client, change.path, {}, 1000);
    return rules.some((r: any) => r.displayName === body.displayName);
  }
  if (change.kind === 'company-custom-rule') {
    // The company list returns summaries, which carry the name and type.
    const rules = await getAllPages(client, change.path, {}, 1000);
    return rules.some((r: any) => r.type === 'Custom' && r.name === body.name);
  }
  if (change.kind === 'site-custom-rule') {
    const rules = await getAllPages(client, change.path, { view: 'Detailed' }, 1000);
    return rules.some((r: any) => r.type === 'Custom' && r.name === body.name);
  }
  return false;
}
