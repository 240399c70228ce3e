import { describe, expect, it } from 'vitest';
import { renderOutcomeText } from '../../src/render/routing-outcome-text.js';
import { route, user } from './helpers.js';

describe('the readable flow', () => {
  it('lists greetings, ring steps and the end, numbered', () => {
    const m = user(`
states: {work-hours: {schedule: {weekly: {monday: ["08:00-16:00"]}}}}
customRules:
  - name: VIP Calls After-Hours
    when: {callers: ["+16501111111"], state: after-hours}
    greeting: {welcome: {custom: "5072424004"}}
    ring: {groups: [{targets: [mobile-apps], seconds: 20}, {targets: [desktop-apps], enabled: false}]}
    ifNoAnswer: {forwardTo: {phone: "+14082324343"}}
`);
    const call = { from: '+16501111111', at: '2026-12-19T22:00' };
    const text = renderOutcomeText(route(m, call.at, call), call, { label: '101 (Alex Smith)', timeZone: 'America/Los_Angeles' });
    expect(text).toBe(
      [
        'Call from +16501111111 to 101 (Alex Smith) on Sat 2026-12-19 22:00 (America/Los_Angeles):',
        '  handled by custom rule "VIP Calls After-Hours" (priority 8)',
        '  1. greeting: welcome (custom 5072424004)',
        '  2. rings mobile apps for 20 s',
        '  3. then forwards to +14082324343',
        '',
      ].join('\n'),
    );
  });

  it('marks defaults and rings in order step by step', () => {
    const m = user(`
rules:
  work-hours:
    ring: {order: in-order, groups: [{targets: [{coworker: "102"}], seconds: 40}, {targets: [{phone: "(408) 555-0100"}, mobile-apps]}]}
`);
    const call = { from: '+12025550123', at: '2026-06-01T10:00' };
    expect(renderOutcomeText(route(m, call.at), call, { label: '101' })).toBe(
      [
        'Call from +12025550123 to 101 on Mon 2026-06-01 10:00 (local time):',
        '  handled by state "work-hours"',
        '  1. rings co-worker 102 for 40 s',
        '  2. then rings +14085550100 and mobile apps together for 20 s',
        '  3. then goes to voicemail (default)',
        '',
      ].join('\n'),
    );
  });

  it("says each group's own seconds when groups ring at once for different times (issue 18 finding 9)", () => {
    const m = user(`
rules:
  work-hours:
    ring: {order: at-once, groups: [{targets: [mobile-apps], seconds: 30}, {targets: [desktop-apps], seconds: 20}]}
`);
    const call = { from: '+12025550123', at: '2026-06-01T10:00' };
    expect(renderOutcomeText(route(m, call.at), call, { label: '101' })).toContain(
      '  1. rings mobile apps for 30 s and desktop apps for 20 s at once\n',
    );
  });

  it('names ring targets without a named form instead of printing their API type', () => {
    const m = user(`
rules:
  work-hours:
    ring:
      order: in-order
      groups:
        - targets: [{raw: {type: IntegrationRingTarget, integration: {type: MsTeamsDirectRouting}}}, {raw: {type: HotdeskRingTarget}}]
          seconds: 15
        - {targets: [{raw: {type: ImsPhoneNumberRingTarget, destination: {phoneNumber: "+14155550100"}}}], seconds: 20}
`);
    const call = { from: '+12025550123', at: '2026-06-01T10:00' };
    const text = renderOutcomeText(route(m, call.at), call, { label: '103' });
    expect(text).toContain('  1. rings Microsoft Teams (direct routing) and hot desk phone together for 15 s\n');
    expect(text).toContain('  2. then rings IMS number +14155550100 for 20 s\n');
    expect(text).not.toContain('RingTarget');
  });
});
