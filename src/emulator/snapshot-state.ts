import type { AccountModel } from './account-model.js';
import type { Json } from './json-value.js';
import { presentInteractionRule, presentState } from './present-user.js';
import { STATE_IDS } from './user-call-handling.js';

/** The whole account as plain JSON, for `GET /__emulator/state` (tests and debugging). */
export function snapshotState(model: AccountModel): Json {
  const users: Json = {};
  for (const [id, user] of model.users) {
    const existing = STATE_IDS.filter((s) => user.has(s));
    users[id] = {
      states: Object.fromEntries(existing.map((s) => [s, presentState(user, s)])),
      stateRules: Object.fromEntries(existing.map((s) => [s, user.rules.get(s)])),
      interactionRules: user.interactionRules.map((r) => presentInteractionRule(user, r)),
      devices: model.devicesOf(id),
      forwardingTargets: model.otherTargetsOf(id),
    };
  }
  const sites: Json = {};
  for (const [id, site] of model.sites) sites[id] = { businessHours: { weeklyRanges: site.weeklyRanges }, rules: site.rules };
  const queues: Json = {};
  for (const [id, queue] of model.queues) {
    queues[id] = {
      details: queue.details,
      businessHours: { weeklyRanges: queue.weeklyRanges },
      rules: queue.rules,
      overflow: queue.overflow,
    };
  }
  return {
    account: { id: model.accountId, mainNumber: model.mainNumber, name: model.companyName },
    extensions: model.extensions,
    customGreetings: [...model.customGreetings.values()],
    users,
    sites,
    queues,
    company: { businessHours: { weeklyRanges: model.company.weeklyRanges }, rules: model.company.rules },
    phoneNumbers: model.phoneNumbers,
    ivrMenus: Object.fromEntries(model.ivrMenus),
    ivrPrompts: model.ivrPrompts,
  };
}
