import type { Plan, PlanAccount } from '../core/plan.js';
import { affectedWords } from '../core/affected-owners.js';
import { cleanText } from './format-value.js';

/** Printed instead of change blocks when the plan is empty (cli.md). */
export const NO_CHANGES = 'No changes. Live configuration matches the manifests.';

/**
 * What an empty plan says: "matches" only when documents were compared; a selection that left
 * none (`--changed-since` with no changed manifest) compared nothing and says so.
 */
export function noChangesLine(plan: Plan): string {
  const selection = plan.selection;
  if (selection && selection.documents === 0) {
    return `0 documents selected: no manifest changed since ${cleanText(selection.changedSince)}, so nothing was compared with the live configuration.`;
  }
  return NO_CHANGES;
}

/** `Plan: N to create, N to update, N to delete.`: the exact line of the CLI contract. */
export function planSummaryLine(plan: Plan): string {
  const { create, update, delete: del } = plan.summary;
  return `Plan: ${create} to create, ${update} to update, ${del} to delete.`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * `Affects 2 users, 1 site.`: the blast radius, or undefined when the planner did not compute
 * it or it is empty (an empty plan touches nobody, saying so adds nothing).
 */
export function affectedLine(plan: Plan): string | undefined {
  if (!plan.affected) return undefined;
  const parts = affectedWords(plan.affected, plural);
  return parts.length > 0 ? `Affects ${parts.join(', ')}.` : undefined;
}

/** `platform.ringcentral.com`, `127.0.0.1:4010`: the server as people name it. */
function serverHost(server: string): string {
  try {
    return new URL(server).host || server;
  } catch {
    return server;
  }
}

/** `Account: Acme Inc (37439510) at platform.ringcentral.com`: which account a plan is for (cli.md "Which account"). */
export function accountLine(account: PlanAccount | undefined): string | undefined {
  if (!account) return undefined;
  return `Account: ${cleanText(account.name)} (${cleanText(account.id)}) at ${cleanText(serverHost(account.server))}`;
}
