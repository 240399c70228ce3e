import { describe, expect, it } from 'vitest';
import { defaultTerminatingAction } from '../../src/core/defaults.js';
import { terminatingForm } from '../../src/parts/action-form.js';
import { destinationToManifest } from '../../src/parts/destination-to-manifest.js';
import { destinationByApiType, destinationOf } from '../../src/parts/registry.js';
import { setOf } from '../../src/parts/dispatching-request.js';
import type { TerminatingForm } from '../../src/parts/part.js';
import { compileEnv, exportEnv, label } from './helpers.js';

const base = (): TerminatingForm => terminatingForm(defaultTerminatingAction(['Ringing', 'Terminating']));

/** Each named destination, written in `ifNoAnswer`: compiled into the action, exported back, routed. */
const CASES = [
  {
    written: { voicemail: { greeting: { preset: '66560' } } },
    type: 'VoiceMailTerminatingTarget',
    end: { type: 'voicemail', greeting: 'preset 66560' },
  },
  {
    written: { voicemail: { mailbox: '102' } },
    type: 'VoiceMailTerminatingTarget',
    end: { type: 'voicemail', target: '102', targetType: 'extension' },
  },
  {
    written: { forwardTo: { phone: '+14155550100' } },
    type: 'PhoneNumberTerminatingTarget',
    end: { type: 'forward', target: '+14155550100', targetType: 'phone' },
  },
  {
    written: { forwardTo: { extension: '1500' } },
    type: 'ExtensionTerminatingTarget',
    end: { type: 'forward', target: '1500', targetType: 'extension' },
  },
  {
    written: { announcement: { greeting: { preset: '66560' } } },
    type: 'PlayAnnouncementTerminatingTarget',
    end: { type: 'announcement', greeting: 'preset 66560' },
  },
];

describe('destination parts', () => {
  for (const c of CASES) {
    it(`${JSON.stringify(c.written)} compiles into the no-answer set and exports back`, () => {
      const part = destinationOf(c.written)!;
      expect(part.apiType).toBe(c.type);
      const env = compileEnv();
      const term = { ...part.compile(base(), 'Ringing', c.written, env, ['ifNoAnswer']), ringingTargetType: c.type };
      expect(env.reported).toEqual([]);
      const comparable = terminatingForm(term);
      const out = destinationToManifest(comparable, 'Ringing', exportEnv());
      const expected = 'voicemail' in c.written ? { voicemail: { greeting: { preset: '590080' }, ...c.written.voicemail } } : c.written;
      expect(out).toEqual({ ok: true, value: expected });
      const target = comparable.targets.find((t) => t.type === c.type && (setOf(t) ?? 'Ringing') === 'Ringing');
      expect(part.routing(target, { label })).toEqual(c.end);
      expect(destinationByApiType(c.type)).toBe(part);
    });
  }

  it('refuses to write a set whose forward targets are more than the one in use', () => {
    const term = base();
    term.targets.push(
      { type: 'PhoneNumberTerminatingTarget', destination: { phoneNumber: '+14155550100' }, dispatchingType: 'Ringing' },
      { type: 'ExtensionTerminatingTarget', extension: { id: '62952431016' }, dispatchingType: 'Ringing' },
    );
    term.ringingTargetType = 'PhoneNumberTerminatingTarget';
    expect(destinationToManifest(term, 'Ringing', exportEnv())).toEqual({
      ok: false,
      why: 'the forwarding target forward to extension id 62952431016 kept configured beside the one in use',
    });
  });

  it('names targets in plan diffs by their part', () => {
    expect(destinationByApiType('PhoneNumberTerminatingTarget').reviewName({})).toBe('forward to phone');
    expect(destinationByApiType('CloudConnectorTerminatingTarget').reviewName({ type: 'CloudConnectorTerminatingTarget' })).toBe(
      'CloudConnectorTerminatingTarget',
    );
  });
});
