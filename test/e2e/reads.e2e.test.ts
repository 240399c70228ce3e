import { afterEach, describe, expect, it } from 'vitest';
import { emulatorEnv, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { rewritingProxy, type Rewrite } from '../helpers/rewriting-proxy.js';

/**
 * issue 13 finding 3 (issue 15 item 4): a read that lacks what the planner needs is an error
 * naming the request, never read as defaults, and nothing is written.
 */
const t = useEmulator({ windowMs: 1000 });
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function through(rewrite: Rewrite, args: string[]) {
  const proxy = await rewritingProxy(t.emu.url, rewrite);
  stop = proxy.stop;
  return runCli(args, { ...emulatorEnv(t.emu), RINGCENTRAL_SERVER_URL: proxy.url });
}

const refused = (run: { code: number; stderr: string }, request: RegExp, what: string) => {
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(request);
  expect(run.stderr).toContain(what);
  expect(run.stderr).toContain('nothing was written');
  expect(run.stderr).not.toContain('bug in ringform');
};

describe('reads the planner relies on are checked', () => {
  it('a state-rule record without dispatching is an error, not defaults that wipe greetings and forwards', async () => {
    const run = await through(
      (m, path, body) => {
        if (m === 'GET' && path.endsWith('/voice/state-rules'))
          for (const r of body.records ?? []) if (r.id === 'work-hours') delete r.dispatching;
        return body;
      },
      ['apply', '--yes', 'examples/users/alex.yaml'],
    );
    refused(
      run,
      /GET \/restapi\/v2\/accounts\/~\/extensions\/63701631004\/comm-handling\/voice\/state-rules/,
      '"dispatching" in state rule work-hours',
    );
    expect(writes(t.emu)).toEqual([]);
  });

  it('an interaction-rule list without records is an error, not "no rules" (which would create every rule again)', async () => {
    const run = await through(
      (m, path, body) => {
        if (m === 'GET' && path.endsWith('/voice/interaction-rules')) delete body.records;
        return body;
      },
      ['apply', '--yes', 'examples'],
    );
    refused(run, /GET \/restapi\/v2\/accounts\/~\/extensions\/\d+\/comm-handling\/voice\/interaction-rules/, 'its "records" list');
    expect(writes(t.emu)).toEqual([]);
  });

  it('a rule without displayName, and an answering-rule list without records, are errors', async () => {
    expect((await runCli(['apply', '--yes', 'examples'], t.env)).code).toBe(0);
    t.emu.clearLog();
    const noName = await through(
      (m, path, body) => {
        if (m === 'GET' && path.endsWith('/voice/interaction-rules')) for (const r of body.records ?? []) delete r.displayName;
        return body;
      },
      ['plan', 'examples/users/alex.yaml'],
    );
    refused(
      noName,
      /GET \/restapi\/v2\/accounts\/~\/extensions\/63701631004\/comm-handling\/voice\/interaction-rules/,
      '"displayName" in rule',
    );
    const noRecords = await through(
      (m, path, body) => {
        if (m === 'GET' && path.endsWith('/answering-rule')) delete body.records;
        return body;
      },
      ['plan', 'examples/sites/offices.yaml', 'examples/schedules'],
    );
    refused(noRecords, /GET \/restapi\/v1\.0\/account\/~\/extension\/\d+\/answering-rule/, 'its "records" list');
    expect(writes(t.emu)).toEqual([]);
  });
});
