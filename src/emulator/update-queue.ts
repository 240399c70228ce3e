import { ApiError, Problems, invalidParameter } from './api-error.js';
import type { AccountModel, ExtensionRecord } from './account-model.js';
import { isNonEmptyString, isObject } from './json-value.js';
import type { QueueCallHandling } from './queue-call-handling.js';

/**
 * Writes to a call queue itself (call-queues.md and the spec's call-queue operations): its
 * details (PUT partial: fields absent stay), its members (bulk-assign adds and removes in one
 * call; only users can be members, the spec's one documented 400), and its overflow settings
 * (other call queues, in order). Members' agent state follows their membership.
 */

/** CallQueueAlertTimerEnum. */
export const ALERT_TIMERS = [5, 10, 15, 20, 30, 45, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600];
const GROUP_STATUSES = ['Enabled', 'Disabled', 'NotActivated', 'Unassigned'];

export function updateQueueDetails(model: AccountModel, ext: ExtensionRecord, queue: QueueCallHandling, body: unknown): void {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  const details = structuredClone(queue.details);
  details.editableMemberStatus = p.boolean('editableMemberStatus', body.editableMemberStatus) ?? details.editableMemberStatus;
  if (body.alertTimer !== undefined) {
    if (!ALERT_TIMERS.includes(body.alertTimer as number)) p.add('alertTimer', `must be one of ${ALERT_TIMERS.join(', ')}`);
    else details.alertTimer = body.alertTimer as number;
  }
  if (body.serviceLevelSettings !== undefined) applyServiceLevel(p, body.serviceLevelSettings, details.serviceLevelSettings);
  if (body.name !== undefined && !isNonEmptyString(body.name)) p.add('name', 'must be a non-empty string');
  if (body.status !== undefined && !GROUP_STATUSES.includes(body.status as string))
    p.add('status', `must be one of ${GROUP_STATUSES.join(', ')}`);
  if (body.extensionNumber !== undefined) {
    const n = body.extensionNumber;
    if (typeof n !== 'string' || !/^\d{1,8}$/.test(n)) p.add('extensionNumber', 'must be a string of digits');
    else if (model.resolve(n) && model.resolve(n) !== ext) p.add('extensionNumber', `extension number ${n} is already in use`);
  }
  let siteId: string | undefined;
  if (body.site !== undefined) {
    const id = isObject(body.site) ? body.site.id : undefined;
    const site = typeof id === 'string' ? model.extension(id) : undefined;
    if (id === 'main-site') siteId = '';
    else if (!site || site.type !== 'Site') p.add('site.id', `${String(id)} is not a site of the account`);
    else siteId = site.id;
  }
  p.throwIfAny();
  queue.details = details;
  if (body.name !== undefined) ext.name = body.name as string;
  if (body.status !== undefined) ext.status = body.status as string;
  if (body.extensionNumber !== undefined) model.renumber(ext, body.extensionNumber as string);
  if (siteId !== undefined) ext.siteId = siteId === '' ? undefined : siteId;
}

function applyServiceLevel(p: Problems, v: unknown, out: QueueCallHandling['details']['serviceLevelSettings']): void {
  if (!isObject(v)) return void p.add('serviceLevelSettings', 'must be an object');
  const int = (key: 'slaGoal' | 'slaThresholdSeconds' | 'abandonedThresholdSeconds', max: number) => {
    const x = v[key];
    if (x === undefined) return;
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > max)
      p.add(`serviceLevelSettings.${key}`, `must be an integer from 0 to ${max}`);
    else out[key] = x;
  };
  int('slaGoal', 100);
  int('slaThresholdSeconds', 86_400);
  int('abandonedThresholdSeconds', 86_400);
  out.includeAbandonedCalls = p.boolean('serviceLevelSettings.includeAbandonedCalls', v.includeAbandonedCalls) ?? out.includeAbandonedCalls;
}

/**
 * `{addedExtensionIds, removedExtensionIds}`: adding a member twice or removing a non-member
 * changes nothing; an id in both lists, an unknown id, or an extension that is not a user is
 * refused with nothing changed.
 */
export function bulkAssign(model: AccountModel, ext: ExtensionRecord, body: unknown): void {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  const ids = (key: 'addedExtensionIds' | 'removedExtensionIds'): string[] => {
    const v = body[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      p.add(key, 'must be an array of extension ids (strings)');
      return [];
    }
    return v as string[];
  };
  const added = ids('addedExtensionIds');
  const removed = ids('removedExtensionIds');
  for (const id of added) {
    const member = model.extension(id);
    if (!member) p.add('addedExtensionIds', `extension ${id} does not exist`);
    else if (member.type !== 'User') {
      // The spec's documented 400 for this operation.
      throw new ApiError(400, [
        {
          errorCode: 'CMN-101',
          message: `Extension of type [${member.type}] cannot be included into call queue`,
          parameterName: 'addedExtensionIds',
        },
      ]);
    }
    if (removed.includes(id)) p.add('removedExtensionIds', `extension ${id} is both added and removed`);
  }
  p.throwIfAny();
  const before = new Set(ext.memberIds);
  ext.memberIds = [...ext.memberIds.filter((id) => !removed.includes(id)), ...added.filter((id) => !before.has(id))];
  for (const id of [...added, ...removed]) model.syncAgent(id);
}

/** `{enabled, items: [{id}]}`: the other call queues calls overflow to, in order. */
export function putOverflow(model: AccountModel, ext: ExtensionRecord, queue: QueueCallHandling, body: unknown): void {
  if (!isObject(body)) throw invalidParameter('body', 'must be a JSON object');
  const p = new Problems();
  const next = structuredClone(queue.overflow);
  next.enabled = p.boolean('enabled', body.enabled) ?? next.enabled;
  if (body.items !== undefined) {
    if (!Array.isArray(body.items)) p.add('items', 'must be an array of {id}');
    else {
      next.queueIds = [];
      (body.items as unknown[]).forEach((item, i) => {
        const id = isObject(item) ? item.id : undefined;
        const target = typeof id === 'string' ? model.extension(id) : undefined;
        if (!target || target.type !== 'Department') p.add(`items[${i}].id`, `${String(id)} is not a call queue of the account`);
        else if (target.id === ext.id) p.add(`items[${i}].id`, 'a call queue cannot overflow to itself');
        else if (next.queueIds.includes(target.id)) p.add(`items[${i}].id`, `call queue ${target.id} is listed twice`);
        else next.queueIds.push(target.id);
      });
    }
  }
  p.throwIfAny();
  queue.overflow = next;
}
