import { afterEach, describe, expect, it } from 'vitest';
import { emulatorEnv, runCli, useEmulator, writes } from '../helpers/e2e.js';
import { rewritingProxy, type Rewrite } from '../helpers/rewriting-proxy.js';
import { tempManifests } from '../helpers/temp-manifests.js';

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

  it('an action whose "enabled" is the string "false" is refused, never read as true (issue 22 item 5)', async () => {
    const run = await through(
      (m, path, body) => {
        if (m === 'GET' && path.endsWith('/voice/state-rules'))
          for (const r of body.records ?? []) {
            const actions = (r.dispatching as { actions?: Record<string, unknown>[] } | undefined)?.actions ?? [];
            for (const a of actions) if (a.enabled === false) a.enabled = 'false';
          }
        return body;
      },
      ['apply', '--yes', 'examples/users/alex.yaml'],
    );
    refused(run, /GET \/restapi\/v2\/accounts\/~\/extensions\/63701631004\/comm-handling\/voice\/state-rules/, 'a true/false "enabled"');
    expect(run.stderr).toContain('(it is "false")');
    expect(writes(t.emu)).toEqual([]);
  });

  it('a work-hours rule read without its greeting actions is refused, not written back without them (issue 22 item 6)', async () => {
    const run = await through(
      (m, path, body) => {
        if (m === 'GET' && path.endsWith('/voice/state-rules'))
          for (const r of body.records ?? []) {
            const d = r.dispatching as { actions?: { type?: string }[] } | undefined;
            if (r.id === 'work-hours' && d?.actions) d.actions = d.actions.filter((a) => !/Play|Screening/.test(a.type ?? ''));
          }
        return body;
      },
      ['apply', '--yes', 'examples/users/alex.yaml'],
    );
    refused(run, /voice\/state-rules/, 'its greeting actions (PlayWelcomePromptAction');
    expect(run.stderr).toContain('in state rule work-hours');
    expect(writes(t.emu)).toEqual([]);
  });

  it('one rule id listed twice under two names is refused, never a DELETE of the managed rule (issue 22 item 7)', async () => {
    const files = await tempManifests();
    const doc = (prune: boolean) =>
      `version: 1\nkind: User\nextension: "103"\n${prune ? 'prune: true\n' : ''}customRules:\n  - name: VIP\n    when: {callers: ["+16501111111"]}\n    immediately: {voicemail: {}}\n`;
    await files.write('u.yaml', doc(false));
    expect((await runCli(['apply', '--yes', files.dir], t.env)).code).toBe(0);
    await files.write('u.yaml', doc(true));
    t.emu.clearLog();
    const run = await through(
      (m, path, body) => {
        if (m === 'GET' && path.endsWith('/voice/interaction-rules') && body.records?.length)
          body.records = [...body.records, { ...body.records[0], displayName: 'Ghost' }];
        return body;
      },
      ['apply', '--yes', files.dir],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/with rule id \d+ twice \(as "VIP" and "Ghost"\)/);
    expect(run.stderr).toContain('nothing was written');
    expect(writes(t.emu)).toEqual([]);
  });

  it('a company custom rule read without its name is an error, not a rule to create again (issue 22 item 8)', async () => {
    expect((await runCli(['apply', '--yes', 'examples/company.yaml', 'examples/schedules'], t.env)).code).toBe(0);
    t.emu.clearLog();
    const run = await through(
      (m, path, body) => {
        if (m !== 'GET' || !/^\/restapi\/v1\.0\/account\/~\/answering-rule(\/\d+)?$/.test(path)) return body;
        for (const r of body.records ?? [body]) if (r.type === 'Custom') delete r.name;
        return body;
      },
      ['apply', '--yes', 'examples/company.yaml', 'examples/schedules'],
    );
    refused(run, /GET \/restapi\/v1\.0\/account\/~\/answering-rule/, '"name" in custom rule');
    expect(writes(t.emu)).toEqual([]);
  });
});
