import { needsForwardingTargets } from '../../src/parts/needs-lookup.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import { buildLivePlan } from '../../src/cli/pipeline/build-live-plan.js';
import { loadValidDocuments } from '../../src/cli/pipeline/load-valid-documents.js';
import type { RunningEmulator } from '../../src/emulator/start-emulator.js';
import type { ApiClient } from '../../src/live/api-client.js';
import { connect } from '../../src/live/connect.js';
import { readConnectionConfig } from '../../src/live/connection-config.js';
import { readExtensions, readSite, readUser } from '../../src/live/read-live.js';
import { siteModelFromLive, userModelFromLive } from '../../src/simulate/live-to-model.js';
import { ownerRoutingImpact } from '../../src/simulate/owner-routing-impact.js';
import { projectSiteSnapshot, projectUserSnapshot } from '../../src/simulate/project-snapshot.js';
import { representativeCalls } from '../../src/simulate/representative-calls.js';
import { routeCall } from '../../src/simulate/route-call.js';
import { withEmulator } from '../helpers/e2e.js';

let emu: RunningEmulator;
let client: ApiClient;

beforeAll(async () => {
  const started = await withEmulator({ windowMs: 1000 });
  emu = started.emu;
  client = await connect(readConnectionConfig(started.env));
});
afterAll(async () => {
  await client.close();
  await emu.stop();
});

const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: process.cwd(), stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false };

describe("a plan's routing impact", () => {
  it('predicts exactly what apply leaves behind, for every representative call', async () => {
    const { documents: manifests } = await loadValidDocuments(['examples/users', 'examples/sites', 'examples/schedules'], io);
    const extensions = await readExtensions(client);
    const { plan, owners } = await buildLivePlan(client, manifests, { now: new Date('2026-12-07T00:00:00Z') });
    // Read as plan reads them: with the devices of users whose documents name one by name.
    const read = (o: (typeof owners)[number]) =>
      o.owner.type === 'user'
        ? readUser(client, o.owner.extensionId, undefined, needsForwardingTargets(o.doc.data))
        : readSite(client, o.owner.extensionId);
    const before = await Promise.all(owners.map(read));
    const result = await applyPlan(client, plan);
    expect(result.summary.failed).toBe(0);
    const after = await Promise.all(owners.map(read));

    owners.forEach((o, i) => {
      const changes = plan.changes.filter((c) => c.target.extensionId === o.owner.extensionId);
      const opts = { label: o.owner.extensionNumber, extensions };
      const [predicted, actual] =
        o.owner.type === 'user'
          ? [userModelFromLive(projectUserSnapshot(before[i] as any, changes), opts), userModelFromLive(after[i] as any, opts)]
          : [siteModelFromLive(projectSiteSnapshot(before[i] as any, changes), opts), siteModelFromLive(after[i] as any, opts)];
      for (const { call } of representativeCalls(predicted, actual, { week: '2026-12-14' })) {
        expect(routeCall(predicted, call), `${o.owner.extensionNumber} ${JSON.stringify(call)}`).toEqual(routeCall(actual, call));
      }
    });

    const alex = owners.findIndex((o) => o.owner.extensionNumber === '101');
    const impact = ownerRoutingImpact({
      type: 'user',
      label: '101 (Alex Smith)',
      snapshot: before[alex],
      changes: plan.changes,
      extensionId: owners[alex].owner.extensionId,
      extensions,
      week: '2026-12-14',
    });
    expect(impact.hours.changed).toBe(true);
    const vip = impact.rows.find((r) => r.label === 'Mon–Sun 22:00 from +16501111111 ("VIP Calls After-Hours")');
    expect([vip?.before.handledBy.name, vip?.after.handledBy.name]).toEqual(['work-hours', 'VIP Calls After-Hours']);
  });
});
