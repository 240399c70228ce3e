import type { ApiSchema } from '../core/api/api-types.js';
import type { QueueSnapshot } from '../kinds/context.js';
import { paths } from '../kinds/shared/paths.js';
import type { ApiClient } from './api-client.js';
import { checkAnsweringRules, checkBusinessHours, MalformedResponseError } from './check-responses.js';
import { getAllPages } from './paged.js';

/** Which of a queue's own objects to read besides its hours and rules (all of them for export). */
export interface QueueParts {
  details: boolean;
  members: boolean;
  overflow: boolean;
}

export const ALL_QUEUE_PARTS: QueueParts = { details: true, members: true, overflow: true };

type RuleInfo = ApiSchema<'CallHandlingRuleInfo'>;

/**
 * A call queue's live state, in the fewest requests RingCentral allows: business hours (Light)
 * and the detailed rule list (Medium) always; the details (Light), members (Light) and overflow
 * settings (Heavy) only when asked. A rule the list returns as a summary is read whole (Light).
 */
export async function readQueue(client: ApiClient, extensionId: string, parts: QueueParts): Promise<QueueSnapshot> {
  const [businessHours, list, details, members, overflow] = await Promise.all([
    client.get<ApiSchema<'GetUserBusinessHoursResponse'>>(paths.businessHours(extensionId)),
    getAllPages<RuleInfo>(client, paths.answeringRules(extensionId), { view: 'Detailed' }, 1000),
    parts.details ? client.get<ApiSchema<'CallQueueDetails'>>(paths.callQueue(extensionId)) : undefined,
    parts.members ? getAllPages<ApiSchema<'CallQueueMemberInfo'>>(client, paths.callQueueMembers(extensionId), {}, 1000) : undefined,
    parts.overflow ? client.get<ApiSchema<'CallQueueOverflowSettings'>>(paths.overflowSettings(extensionId)) : undefined,
  ]);
  checkBusinessHours(`GET ${paths.businessHours(extensionId)}`, businessHours);
  // Every queue rule carries its action; a record without one is a summary.
  const whole = await Promise.all(
    list.map((r) => (r?.id !== undefined && !r.callHandlingAction ? client.get<RuleInfo>(paths.answeringRule(extensionId, r.id)) : r)),
  );
  const answeringRules = checkAnsweringRules(`GET ${paths.answeringRules(extensionId)}?view=Detailed`, whole) as RuleInfo[];
  if (members?.some((m) => m?.id === undefined)) {
    throw new MalformedResponseError(`GET ${paths.callQueueMembers(extensionId)}`, 'the "id" of every member');
  }
  return {
    businessHours,
    answeringRules,
    ...(details !== undefined && { details }),
    ...(members !== undefined && { members }),
    ...(overflow !== undefined && { overflow }),
  };
}
