import { describe, expect, it } from 'vitest';
import { runCli, useEmulator, writes } from '../helpers/e2e.js';
import { rewritingProxy } from '../helpers/rewriting-proxy.js';
import { tempManifests } from '../helpers/temp-manifests.js';
import { json, login, v2 } from '../emulator/helpers.js';
import { standardGreeting } from '../../src/emulator/standard-greetings.js';

/**
 * Issue 22 item 23: the greeting actions of a rule that does not exist live yet (a new custom
 * rule, after-hours appearing when work-hours stops being 24/7) take the account's own presets
 * from its standard-greeting dictionary. The proxy gives the account another dictionary: the ids
 * of the welcome and connecting-message presets are swapped (and two connecting-audio ones), in
 * every answer and every request, so a client that guesses the demo ids writes another type's
 * greeting (which the emulator refuses) and one that reads the dictionary writes the right one.
 */

const SWAP: Record<string, string> = { '66048': '66304', '66304': '66048', '197120': '197376', '197376': '197120' };

function swapIds(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(swapIds);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'id' && typeof x === 'string' && SWAP[x] ? SWAP[x] : swapIds(x)]));
}

const ACTION_TYPE: Record<string, string> = {
  PlayWelcomePromptAction: 'Introductory',
  PlayConnectingMessageAction: 'ConnectingMessage',
  PlayConnectingPromptAction: 'ConnectingAudio',
};

interface Action {
  type: string;
  greeting?: { preset?: { id: string } };
}
interface Rule {
  displayName?: string;
  dispatching: { actions: Action[] };
}

const t = useEmulator({ windowMs: 1000 });

describe('greeting presets of new rules come from the account dictionary', () => {
  it('a new custom rule and after-hours appearing hold greetings of the right type; the next plan is empty', async () => {
    const files = await tempManifests();
    await files.write(
      'jordan.yaml',
      `
version: 1
kind: User
extension: "103"
states:
  work-hours:
    schedule: {weekly: {monday: ["09:00-17:00"]}}
rules:
  after-hours:
    immediately: {forwardTo: {phone: "+14082324343"}}
customRules:
  - name: VIP
    when: {callers: ["+16501111111"]}
    greeting: {connectingMessage: off, connectingAudio: off}
    ring: {groups: [{targets: [mobile-apps]}]}
`,
    );
    const proxy = await rewritingProxy(
      t.emu.url,
      (_m, _p, body) => swapIds(body) as never,
      (_m, _p, body) => swapIds(body),
    );
    const env = { ...t.env, RINGCENTRAL_SERVER_URL: proxy.url };
    try {
      const applied = await runCli(['apply', '--yes', files.dir], env);
      expect(applied.stderr).toBe('');
      expect(applied.code).toBe(0);
      t.emu.clearLog();
      const again = await runCli(['plan', '--detailed-exitcode', files.dir], env);
      expect(again.stdout).toContain('No changes');
      expect(again.code).toBe(0);
      expect(writes(t.emu)).toEqual([]);
    } finally {
      await proxy.stop();
    }
    // What the account holds (read without the proxy, in the emulator's own ids).
    const platform = await login(t.emu);
    const afterHours = await json<Rule>(platform.get(`${v2('63701632004')}/voice/state-rules/after-hours`));
    const custom = await json<{ records: Rule[] }>(platform.get(`${v2('63701632004')}/voice/interaction-rules`));
    const vip = custom.records.find((r) => r.displayName === 'VIP');
    const checked = [...afterHours.dispatching.actions, ...(vip?.dispatching.actions ?? [])].filter((a) => ACTION_TYPE[a.type]);
    expect(checked.length).toBeGreaterThanOrEqual(5);
    for (const a of checked) expect([a.type, standardGreeting(a.greeting?.preset?.id ?? '')?.type]).toEqual([a.type, ACTION_TYPE[a.type]]);
    await files.cleanup();
  });
});
