import type { ManifestDocument } from '../../core/document.js';
import type { ApiClient } from '../../live/api-client.js';
import type { LivePlan } from './live-plan.js';
import { planFrom, type PlanFromOptions } from './plan-from.js';
import { readMissing, readPlanInputs, type ReadOptions } from './read-plan-inputs.js';

/**
 * Reads everything the plan needs (GET only), then plans with the pure `planFrom`. The only
 * read after it is the greetings dictionary, when planning says it needs it; then it plans
 * again from the same inputs plus the dictionary. Nothing is written.
 */
export async function buildLivePlan(
  client: ApiClient,
  documents: ManifestDocument[],
  opts: ReadOptions & PlanFromOptions,
): Promise<LivePlan> {
  let inputs = await readPlanInputs(client, documents, opts);
  for (;;) {
    const planned = planFrom(documents, inputs, opts);
    if ('live' in planned) return planned.live;
    if (inputs[planned.needs] !== undefined) throw new Error(`planning asked for ${planned.needs} it was given`);
    inputs = await readMissing(client, inputs, planned.needs);
  }
}
