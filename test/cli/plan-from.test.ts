import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { loadValidDocuments } from '../../src/cli/pipeline/load-valid-documents.js';
import { planFrom, type PlanFromOptions } from '../../src/cli/pipeline/plan-from.js';
import type { PlanInputs } from '../../src/cli/pipeline/plan-inputs.js';
import { UserError } from '../../src/core/problem.js';
import { tempManifests } from '../helpers/temp-manifests.js';

/**
 * Whole plans with no server: the planning function over inputs recorded from the emulator's
 * demo account (test/fixtures/plan-inputs/README.md says how they were recorded).
 */
const FIXTURES = 'test/fixtures/plan-inputs';
const NOW: PlanFromOptions = { now: new Date('2026-11-22T09:00:00Z') };
const io: CliIO = {
  stdout: () => {},
  stderr: () => {},
  env: {},
  cwd: process.cwd(),
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stdinIsTTY: false,
};

async function inputs(set: 'matching' | 'examples'): Promise<PlanInputs> {
  return JSON.parse(await readFile(join(FIXTURES, `${set}.inputs.json`), 'utf8'));
}

async function documents(path: string) {
  return (await loadValidDocuments([path], io)).documents;
}

function planned(result: ReturnType<typeof planFrom>) {
  if (!('live' in result)) throw new Error(`planning asked for ${result.needs}`);
  return result.live.plan;
}

/** The matching documents in a scratch directory, with one file's text edited. */
async function edited(file: string, edit: (yaml: string) => string) {
  const dir = await tempManifests();
  cleanups.push(dir.cleanup);
  await cp(join(FIXTURES, 'matching'), dir.dir, { recursive: true });
  await writeFile(join(dir.dir, file), edit(await readFile(join(dir.dir, file), 'utf8')));
  return dir.dir;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

describe('planFrom: documents, recorded live state and account facts → the plan, with no server', () => {
  it('plans nothing when the documents match the recorded state (the export of the demo account)', async () => {
    const plan = planned(planFrom(await documents(join(FIXTURES, 'matching')), await inputs('matching'), NOW));
    expect(plan.account).toEqual({ id: '37439510', name: 'Acme Inc.', server: 'http://emulator.test' });
    expect(plan.changes).toEqual([]);
    expect(plan.summary).toEqual({ create: 0, update: 0, delete: 0 });
  });

  it('plans the examples against the demo account: changes with manifest fields, the same every time', async () => {
    const docs = await documents(join(FIXTURES, 'examples'));
    const plan = planned(planFrom(docs, await inputs('examples'), NOW));
    expect(plan.summary.update).toBeGreaterThan(0);
    const workHours = plan.changes.find(
      (c) => c.kind === 'user-state-rule' && c.target.extension === '101' && c.target.name === 'work-hours',
    );
    expect(workHours?.fields).toContainEqual({
      path: 'rules.work-hours.ifNoAnswer',
      before: { voicemail: { greeting: { preset: '590080 (Default)' } } },
      after: { forwardTo: { phone: '+12132223456' } },
    });
    // The new IVR menu of the examples is created; nothing is read for it beyond the inputs.
    expect(plan.changes.some((c) => c.kind === 'ivr-menu' && c.action === 'create')).toBe(true);
    expect(planned(planFrom(docs, await inputs('examples'), NOW))).toEqual(plan);
  });

  it('an edit is one change with its fields, ids named', async () => {
    const dir = await edited('users/102-kim-lee.yaml', (y) =>
      y.replace('- {targets: [mobile-apps], seconds: 20}', '- {targets: [mobile-apps, {coworker: "101"}], seconds: 25}'),
    );
    const plan = planned(planFrom(await documents(dir), await inputs('matching'), NOW));
    expect(plan.changes.map((c) => `${c.action} ${c.kind} ${c.target.extension} ${c.target.name}`)).toEqual([
      'update user-state-rule 102 work-hours',
    ]);
    expect(plan.changes[0].fields).toContainEqual(
      expect.objectContaining({ path: expect.stringContaining('rules.work-hours.ring.groups'), after: expect.anything() }),
    );
    expect(JSON.stringify(plan.changes[0].fields)).toContain('101 (Alex Smith)');
  });

  it('unknown references are plan problems, all at once, with file:line:col', async () => {
    const dir = await edited('users/102-kim-lee.yaml', (y) =>
      y
        .replace('extension: "102"', 'extension: "998"')
        .replace('{targets: [mobile-apps], seconds: 20}', '{targets: [{coworker: "999"}], seconds: 20}'),
    );
    const docs = await documents(dir);
    let error: unknown;
    try {
      planFrom(docs, await inputs('matching'), NOW);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UserError);
    const problems = (error as UserError).problems.map(
      (p) => `${p.pos.file.split('/').pop()}:${p.pos.line}:${p.pos.col}  ${p.path}  ${p.message}`,
    );
    expect(problems).toEqual([
      '102-kim-lee.yaml:6:12  extension  extension "998" was not found in the account',
      expect.stringMatching(
        /^102-kim-lee\.yaml:\d+:\d+ {2}rules\.work-hours\.ring\.groups\[0\]\.targets\[0\]\.coworker {2}extension "999" was not found in the account$/,
      ),
    ]);
  });

  it('asks for the greetings dictionary when a new rule needs its default presets, then plans with it', async () => {
    const rule = [
      'customRules:',
      '  - name: VIP',
      '    when: {callers: ["+16501111111"]}',
      '    greeting: {connectingMessage: off, connectingAudio: off}',
      '    immediately: {forwardTo: {phone: "+14082324343"}}',
      'prune: false',
    ].join('\n');
    const dir = await edited('users/102-kim-lee.yaml', (y) => y.replace('prune: false', rule));
    const docs = await documents(dir);
    const recorded = await inputs('matching');
    expect(recorded.greetings).toBeUndefined();
    expect(planFrom(docs, recorded, NOW)).toEqual({ needs: 'greetings' });
    const { greetings } = await inputs('examples');
    const plan = planned(planFrom(docs, { ...recorded, greetings }, NOW));
    expect(plan.changes.map((c) => `${c.action} ${c.kind} ${c.target.name}`)).toEqual(['create user-custom-rule VIP']);
  });

  it('--only plans the owners named, from the same inputs', async () => {
    const dir = await edited('users/102-kim-lee.yaml', (y) => y.replace('seconds: 20}\n', 'seconds: 30}\n'));
    const docs = await documents(dir);
    expect(planned(planFrom(docs, await inputs('matching'), { ...NOW, only: ['101'] })).changes).toEqual([]);
    expect(planned(planFrom(docs, await inputs('matching'), { ...NOW, only: ['102'] })).changes).toHaveLength(1);
  });
  it('warns at states.agent when the plan takes that user out of a call queue (the next plan would refuse it)', async () => {
    const dir = await edited('queues/1200-support-queue.yaml', (y) => y.replace('members: ["101", "102"]', 'members: ["101"]'));
    const plan = planned(planFrom(await documents(dir), await inputs('matching'), NOW));
    expect(plan.changes.map((c) => c.kind)).toContain('queue-members');
    const agent = (plan.warnings ?? []).filter((w) => w.message.includes('states.agent'));
    expect(agent).toHaveLength(1);
    expect(agent[0].file).toMatch(/users\/102-kim-lee\.yaml$/);
    expect(agent[0].line).toBe(11);
    expect(agent[0].message).toContain('user 102 leaves call queue 1200 (Support Queue)');
  });
});
