import { describe, expect, it } from 'vitest';
import { by, route, site } from './helpers.js';

const OFFICE = `
businessHours:
  schedule: {weekly: {monday: ["09:00-17:30"], friday: ["09:00-16:00"]}}
rules:
  business-hours: {transferTo: {name: "Main IVR"}}
  after-hours: {transferTo: "1600"}
`;

describe('site routing', () => {
  it('uses the business-hours rule inside business hours and the after-hours rule outside', () => {
    const m = site(OFFICE);
    const inside = route(m, '2026-06-01T09:00');
    expect(by(inside)).toBe('site-rule business-hours');
    expect(inside.endsAt).toEqual({ type: 'transfer', target: 'Main IVR', targetType: 'extension' });
    expect(route(m, '2026-06-01T17:30').endsAt.target).toBe('1600');
    expect(by(route(m, '2026-06-06T12:00'))).toBe('site-rule after-hours');
  });

  it('treats a site without business hours as always open', () => {
    expect(by(route(site('rules: {business-hours: {transferTo: "1500"}}'), '2026-06-07T03:00'))).toBe('site-rule business-hours');
  });

  it('says when a site rule is not stated', () => {
    const o = route(site(''), '2026-06-01T10:00');
    expect(o.handledBy).toEqual({ kind: 'site-rule', name: 'business-hours', default: true });
    expect(o.endsAt).toEqual({ type: 'transfer', default: true });
    expect(o.notes[0]).toMatch(/does not state the business-hours rule/);
  });

  it('evaluates custom rules in the order listed: the first match wins, whatever its conditions', () => {
    const m = site(`${OFFICE}
customRules:
  - {name: Holidays, when: {schedule: {ranges: [{from: "2026-12-24T00:00", to: "2026-12-26T23:59"}]}}, transferTo: "1700"}
  - {name: Partner, when: {callers: ["+14132223333"], calledNumbers: ["+12125550142"]}, transferTo: "1200"}
`);
    expect(by(route(m, '2026-12-25T10:00', { from: '+14132223333', to: '+12125550142' }))).toBe('custom-rule Holidays');
    expect(by(route(m, '2026-12-28T10:00', { from: '+14132223333', to: '+12125550142' }))).toBe('custom-rule Partner');
    expect(by(route(m, '2026-12-28T10:00', { from: '+14132223333' }))).toBe('site-rule business-hours');
  });

  it('matches callers by name when the rule lists a name and the call carries one', () => {
    const m = site(`${OFFICE}
customRules:
  - {name: Partner, when: {callers: ["+14132223333", {name: "John Smith"}]}, transferTo: "1200"}
`);
    expect(by(route(m, '2026-06-01T10:00', { callerName: 'john smith' }))).toBe('custom-rule Partner');
    expect(by(route(m, '2026-06-01T10:00'))).toBe('site-rule business-hours');
    expect(by(route(m, '2026-06-01T10:00', { from: '+14132223333' }))).toBe('custom-rule Partner');
  });

  it('matches {ref: business-hours|after-hours} schedules against the business hours', () => {
    const m = site(`${OFFICE}
customRules:
  - {name: Open, when: {callers: ["+14132223333"], schedule: {ref: business-hours}}, transferTo: "1200"}
  - {name: Closed, when: {callers: ["+14132223333"], schedule: {ref: after-hours}}, transferTo: "1300"}
  - {name: Off, enabled: false, when: {callers: ["+12025550123"]}, transferTo: "1400"}
`);
    expect(by(route(m, '2026-06-01T10:00', { from: '+14132223333' }))).toBe('custom-rule Open');
    expect(by(route(m, '2026-06-01T20:00', { from: '+14132223333' }))).toBe('custom-rule Closed');
    expect(by(route(m, '2026-06-01T10:00'))).toBe('site-rule business-hours');
  });
});
