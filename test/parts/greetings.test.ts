import { describe, expect, it } from 'vitest';
import { greetingActionParts } from '../../src/parts/registry.js';
import { compileEnv, exportEnv } from './helpers.js';

const part = (key: string) => greetingActionParts().find((p) => p.key === key)!;

describe('greeting action parts', () => {
  it('are registered in the order RingCentral plays them', () => {
    expect(greetingActionParts().map((p) => p.key)).toEqual(['welcome', 'connectingMessage', 'connectingAudio', 'screening']);
  });

  it('compile a named preset, export it by id and say what plays', () => {
    const audio = part('connectingAudio');
    const env = compileEnv();
    const action = audio.compile({ preset: 'Acoustic' }, undefined, env, ['greeting', 'connectingAudio']);
    expect(action).toEqual({
      type: 'PlayConnectingPromptAction',
      enabled: true,
      greeting: { effectiveGreetingType: 'Preset', preset: { id: '197120' } },
    });
    expect(audio.toManifest(audio.comparable(action), exportEnv())).toEqual({ preset: '197120' });
    expect(audio.routing(action)).toEqual({ kind: 'connecting audio', detail: 'preset 197120' });
    expect(audio.routingOfWritten({ preset: 'Acoustic' })).toEqual({ kind: 'connecting audio', detail: 'preset Acoustic' });
  });

  it('turn off keeping the live greeting, and export a custom greeting kept behind off as {off: <greeting>}', () => {
    const welcome = part('welcome');
    const live = {
      type: 'PlayWelcomePromptAction',
      enabled: true,
      greeting: { effectiveGreetingType: 'Custom', preset: { id: '66048' }, custom: { id: '5072424004' } },
    };
    const off = welcome.compile('off', live, compileEnv(), ['greeting', 'welcome']);
    expect(off).toEqual({ ...live, enabled: false });
    const env = exportEnv();
    expect(welcome.toManifest(welcome.comparable(off), env)).toEqual({ off: { custom: '5072424004' } });
    expect(env.notes).toEqual([]);
    expect(welcome.compile({ off: { custom: '5072424004' } }, undefined, compileEnv(), ['greeting', 'welcome'])).toMatchObject({
      enabled: false,
      greeting: { effectiveGreetingType: 'Custom', custom: { id: '5072424004' } },
    });
    expect(welcome.routing(off)).toBeUndefined();
  });

  it('screening keeps its live mode when turned off and round-trips when on', () => {
    const screening = part('screening');
    const live = { type: 'ScreeningAction', enabled: true, screening: 'Always', screeningResult: 'PlayCallerNameOnly' };
    expect(screening.compile('off', live, compileEnv(), [])).toEqual({ ...live, enabled: false });
    const on = screening.compile({ when: 'UnknownCallerId' }, live, compileEnv(), []);
    expect(on).toEqual({ type: 'ScreeningAction', enabled: true, screening: 'UnknownCallerId', screeningResult: 'PlayCallerNameOnly' });
    expect(screening.toManifest(on, exportEnv())).toEqual({ when: 'UnknownCallerId', result: 'PlayCallerNameOnly' });
  });
});
