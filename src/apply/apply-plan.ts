import type { ApplyResult, Change, Plan, StepResult } from '../core/plan.js';
import { ApiError, type ApiClient } from '../live/api-client.js';
import { withValueAt, withoutElementsAt } from '../core/json-pointer.js';
import { findCreated, READ_BACK_WAITS_MS } from './find-created.js';
import { sweepDuplicates } from './sweep-duplicates.js';

export interface ApplyOptions {
  /**
   * Owners applied at the same time (each owner's changes stay strictly in plan order). The
   * default, 1, runs changes exactly in the plan's order as cli.md promises; RingCentral's rate
   * limit, not latency, is what bounds an apply anyway.
   */
  concurrency?: number;
  onStep?: (change: Change, result: StepResult, done: number, total: number) => void;
  /** Asked before each change; true stops the run (the rest is reported as not attempted). */
  shouldStop?: () => boolean;
  /** Waits between read-backs after a create whose outcome is unknown (default READ_BACK_WAITS_MS). */
  readBackWaitsMs?: readonly number[];
}

function failure(err: unknown): StepResult['error'] {
  if (err instanceof ApiError) return { status: err.status, errorCode: err.errorCode, message: err.apiMessage || err.message };
  return { message: (err as Error)?.message ?? String(err) };
}

const idOf = (json: unknown): string | undefined => {
  const id = (json as { id?: unknown } | undefined)?.id;
  return id === undefined || id === null ? undefined : String(id);
};

/**
 * The change with the ids of what earlier changes created set where its `fill` says (a key to an
 * IVR menu this plan creates). Its creates succeeded (it depends on them), so each id is known.
 */
function filled(change: Change, created: Map<string, string>): Change {
  let body = change.body;
  for (const f of change.fill ?? []) {
    const id = created.get(f.from);
    if (id === undefined) throw new Error(`${f.from} returned no id for ${f.pointer}`);
    body = withValueAt(body, f.pointer, id);
  }
  return body === change.body ? change : { ...change, body };
}

/**
 * Sends one change, its `fill` done. A create whose fill names the change itself (a menu with a
 * key to itself) cannot name its own id: it is sent without the elements that do, then they are
 * set by a partial update (PUT) of what it created, `path/<id>`. Returns the created id.
 */
async function send(client: ApiClient, change: Change, created: Map<string, string>, waits: readonly number[]) {
  const own = (change.fill ?? []).filter((f) => f.from === change.id);
  const ready = filled({ ...change, fill: (change.fill ?? []).filter((f) => f.from !== change.id) }, created);
  if (own.length === 0) return perform(client, ready, waits);
  const id = await perform(
    client,
    {
      ...ready,
      body: withoutElementsAt(
        ready.body,
        own.map((f) => f.pointer),
      ),
    },
    waits,
  );
  if (id === undefined) throw new Error(`the create returned no id for ${own.map((f) => f.pointer).join(', ')}`);
  const body = own.reduce((b, f) => withValueAt(b, f.pointer, id), ready.body);
  await client.send('PUT', `${change.path}/${id}`, body);
  return id;
}

/**
 * Sends one change and returns the id of what it created. A create whose outcome is unknown is
 * looked for (with waits, see READ_BACK_WAITS_MS) before it is sent again.
 */
async function perform(client: ApiClient, change: Change, waits: readonly number[]): Promise<string | undefined> {
  const method = change.method as 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  try {
    return idOf((await client.send(method, change.path, change.body)).json);
  } catch (err) {
    if (!(err instanceof ApiError) || !err.outcomeUnknown || method !== 'POST') throw err;
    const found = await findCreated(client, change, waits);
    if (found !== undefined) return found;
    return idOf((await client.send(method, change.path, change.body)).json);
  }
}

/**
 * Interprets a plan: runs its changes in order (with `concurrency` > 1, different owners side
 * by side, each owner's changes still in order). A failed change skips every change that depends on it
 * (directly or not); independent changes still run. Nothing here decides *what* to change.
 */
export async function applyPlan(client: ApiClient, plan: Plan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const results = new Map<string, StepResult>();
  const queues = new Map<string, Change[]>();
  for (const c of plan.changes) {
    const key = `${c.target.owner}:${c.target.extensionId ?? '~'}`;
    queues.set(key, [...(queues.get(key) ?? []), c]);
  }
  const completion = new Map<string, Promise<StepResult>>();
  const created = new Map<string, string>();
  let done = 0;
  const runOne = async (change: Change): Promise<StepResult> => {
    const deps = await Promise.all(change.dependsOn.map((id) => completion.get(id) ?? Promise.resolve(results.get(id)!)));
    const blockedBy = change.dependsOn.filter((_, i) => deps[i] && deps[i].status !== 'applied');
    let result: StepResult;
    if (blockedBy.length) result = { id: change.id, status: 'skipped', blockedBy };
    else {
      try {
        const id = await send(client, change, created, opts.readBackWaitsMs ?? READ_BACK_WAITS_MS);
        if (change.action === 'create' && id !== undefined) created.set(change.id, id);
        result = { id: change.id, status: 'applied' };
      } catch (err) {
        result = { id: change.id, status: 'failed', error: failure(err) };
      }
    }
    results.set(change.id, result);
    opts.onStep?.(change, result, ++done, plan.changes.length);
    return result;
  };
  // Register every change's completion promise up front, so cross-owner dependencies can wait.
  const gates = new Map<string, () => void>();
  for (const c of plan.changes) {
    completion.set(c.id, new Promise<StepResult>((resolve) => gates.set(c.id, () => resolve(results.get(c.id)!))));
  }
  const runQueue = async (queue: Change[]) => {
    for (const change of queue) {
      if (opts.shouldStop?.()) break;
      await runOne(change);
      gates.get(change.id)!();
    }
  };
  await runLimited([...queues.values()], opts.concurrency ?? 1, runQueue);
  // Changes never reached (a stop was asked for) have no step: they were not attempted.
  const steps = plan.changes.map((c) => results.get(c.id)).filter((r): r is StepResult => r !== undefined);
  const summary = { applied: 0, failed: 0, skipped: 0 };
  for (const s of steps) summary[s.status] += 1;
  // The sweep only tidies up: when its read-back fails, the run's own result still stands and the
  // next plan reads the rules again.
  const duplicates = created.size ? await sweepDuplicates(client, plan.changes, created).catch(() => []) : [];
  return duplicates.length ? { steps, summary, duplicates } : { steps, summary };
}

async function runLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(workers);
}
