import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { loadValidDocuments } from '../../src/cli/pipeline/load-valid-documents.js';
import { planFrom } from '../../src/cli/pipeline/plan-from.js';
import type { PlanInputs } from '../../src/cli/pipeline/plan-inputs.js';
import { renderPlanJson } from '../../src/render/index.js';
import { readPlanInputs } from '../../src/cli/pipeline/read-plan-inputs.js';
import { connect } from '../../src/live/connect.js';
import { readConnectionConfig } from '../../src/live/connection-config.js';
import { calls, runCli, useEmulator } from '../helpers/e2e.js';

/**
 * The planning function over recorded inputs is the plan `ringform plan` prints against the
 * live emulator in the same state: the CLI reads, then calls the same function. When this
 * fails after a change to the demo account or the read step, record again:
 * `npm run record:plan-inputs` (test/fixtures/plan-inputs/README.md).
 */
const t = useEmulator({ windowMs: 1000 });
const FIXTURES = 'test/fixtures/plan-inputs';
const NOW = '2026-11-22T09:00:00Z';
const quiet: CliIO = {
  stdout: () => {},
  stderr: () => {},
  env: {},
  cwd: process.cwd(),
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stdinIsTTY: false,
};

describe('planFrom over recorded inputs = plan --format json against the emulator', () => {
  for (const set of ['examples', 'matching']) {
    it(`${set}: the same plan, byte for byte`, async () => {
      const path = join(FIXTURES, set);
      const run = await runCli(['plan', '--format', 'json', path], { ...t.env, RINGFORM_NOW: NOW });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const recorded: PlanInputs = JSON.parse(await readFile(join(FIXTURES, `${set}.inputs.json`), 'utf8'));
      // The recording names the server `http://emulator.test`; this emulator listens elsewhere.
      recorded.account.server = new URL(t.emu.url).origin;
      const { documents, warnings } = await loadValidDocuments([path], quiet);
      const planned = planFrom(documents, recorded, { now: new Date(NOW), validationWarnings: warnings });
      if (!('live' in planned)) throw new Error(`planning asked for ${planned.needs}: the recording lacks it`);
      expect(renderPlanJson(planned.live.plan), 'stale recording? npm run record:plan-inputs').toBe(run.stdout);
      // Nothing but reads was sent.
      expect(t.emu.log.filter((e) => e.method !== 'GET' && !e.path.startsWith('/restapi/oauth'))).toEqual([]);
    });
  }

  it("every request the plan sends is one of the read step's: nothing is read while planning", async () => {
    const path = join(FIXTURES, 'examples');
    const { documents } = await loadValidDocuments([path], quiet);
    const client = await connect(readConnectionConfig(t.env));
    try {
      await readPlanInputs(client, documents);
    } finally {
      await client.close();
    }
    const read = calls(t.emu).sort();
    expect(read).toContain('GET /restapi/v1.0/account/~/ivr-menus');
    t.emu.clearLog();
    const run = await runCli(['plan', '--format', 'json', path], { ...t.env, RINGFORM_NOW: NOW });
    expect(run.code).toBe(0);
    expect(calls(t.emu).sort()).toEqual(read);
  });
});
