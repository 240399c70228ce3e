import type { CallQueueManifest } from '../../core/manifest.js';
import type { CompileContext, QueueSnapshot } from '../context.js';
import type { DesiredObject, LiveObject, ResourceKind } from '../resource-kind.js';
import { paths } from '../shared/paths.js';

export const SETTINGS = 'settings';

/** The queue's details as compared (CallQueueDetailsForUpdate, the fields ringform manages). */
export interface SettingsForm {
  editableMemberStatus?: boolean;
  alertTimer?: number;
  serviceLevelSettings?: {
    slaGoal?: number;
    slaThresholdSeconds?: number;
    includeAbandonedCalls?: boolean;
    abandonedThresholdSeconds?: number;
  };
}

export function settingsForm(details: QueueSnapshot['details']): SettingsForm {
  const out: SettingsForm = {};
  if (details?.editableMemberStatus !== undefined) out.editableMemberStatus = details.editableMemberStatus;
  if (details?.alertTimer !== undefined) out.alertTimer = details.alertTimer;
  const s = details?.serviceLevelSettings;
  if (s) {
    out.serviceLevelSettings = {};
    if (s.slaGoal !== undefined) out.serviceLevelSettings.slaGoal = s.slaGoal;
    if (s.slaThresholdSeconds !== undefined) out.serviceLevelSettings.slaThresholdSeconds = s.slaThresholdSeconds;
    if (s.includeAbandonedCalls !== undefined) out.serviceLevelSettings.includeAbandonedCalls = s.includeAbandonedCalls;
    if (s.abandonedThresholdSeconds !== undefined) out.serviceLevelSettings.abandonedThresholdSeconds = s.abandonedThresholdSeconds;
  }
  return out;
}

/** The queue's settings (`PUT …/call-queues/{id}`, partial): each field the document leaves out keeps its live value. */
export const queueSettingsKind: ResourceKind<QueueSnapshot> = {
  kind: 'queue-settings',
  owner: 'queue',
  collection: false,
  place: 'settings',
  label: () => 'settings',

  live(snapshot) {
    return snapshot.details === undefined
      ? new Map()
      : new Map<string, LiveObject>([[SETTINGS, { comparable: settingsForm(snapshot.details) }]]);
  },

  desired(ctx: CompileContext<CallQueueManifest, QueueSnapshot>) {
    const out = new Map<string, DesiredObject>();
    const s = ctx.manifest.settings;
    if (s === undefined) return out;
    const form = settingsForm(ctx.live.details);
    if (s.membersCanChangeStatus !== undefined) form.editableMemberStatus = s.membersCanChangeStatus;
    if (s.alertAfterSeconds !== undefined) form.alertTimer = s.alertAfterSeconds;
    const level = s.serviceLevel;
    if (level !== undefined) {
      const sl = { ...form.serviceLevelSettings };
      if (level.goalPercent !== undefined) sl.slaGoal = level.goalPercent;
      if (level.withinSeconds !== undefined) sl.slaThresholdSeconds = level.withinSeconds;
      if (level.countAbandoned !== undefined) sl.includeAbandonedCalls = level.countAbandoned;
      if (level.abandonedAfterSeconds !== undefined) sl.abandonedThresholdSeconds = level.abandonedAfterSeconds;
      form.serviceLevelSettings = sl;
    }
    out.set(SETTINGS, { comparable: form, origin: ['settings'] });
    return out;
  },

  request(_action, owner, _name, desired) {
    return { method: 'PUT', path: paths.callQueue(owner.extensionId), body: desired };
  },
};
