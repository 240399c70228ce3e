import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.js';
import { parseManifestFile } from '../../src/load/parse-manifest-file.js';
import { validateRoutingTests } from '../../src/validate/routing-test/validate-routing-tests.js';

function problems(text: string): string[] {
  const parsed = parseManifestFile('tests.yaml', text);
  expect(parsed.problems).toEqual([]);
  return validateRoutingTests(parsed.documents).map(formatProblem);
}

describe('validateRoutingTests', () => {
  it('accepts a complete routing test', () => {
    expect(
      problems(`
version: 1
kind: RoutingTest
extension: "101"
calls:
  - name: VIP after hours
    from: "+16501111111"
    at: "2026-12-19T22:00"
    expect: {handledBy: VIP Calls After-Hours, endsAt: {forward: "+14082324343"}, rings: []}
  - from: "(650) 222-2222"
    to: "+16505550100"
    at: "2026-12-18 10:00:30"
    queue: true
    expect: {rings: [mobile-apps, {coworker: {email: kim@acme.com}}, {phone: "+14085550100"}], endsAt: {answeredOnly: true}}
  - {from: "+16501111111", at: "2026-12-19T10:00", expect: {endsAt: {voicemail: {mailbox: "1600"}}}}
`),
    ).toEqual([]);
  });

  it('reports unknown fields at their key, and missing ones', () => {
    expect(
      problems(`version: 1
kind: RoutingTest
site: {name: London Office}
calls:
  - from: "+16501111111"
    expect: {handledBy: x, endsAt: {transfer: "1500"}}
    colour: red
`),
    ).toEqual(['tests.yaml:5:5  calls[0]  missing required field "at"', 'tests.yaml:7:5  calls[0].colour  unknown field "colour"']);
  });

  it('needs exactly one of extension or site, and an expectation', () => {
    expect(
      problems(
        'version: 1\nkind: RoutingTest\nextension: "101"\nsite: "2001"\ncalls: [{from: "+16501111111", at: "2026-01-01T10:00", expect: {}}]\n',
      ),
    ).toEqual([
      'tests.yaml:1:1  (document)  a routing test names the user (`extension: <ext>`) or the site (`site: <ext>`) its calls go to, not both',
      'tests.yaml:5:56  calls[0].expect  expect needs at least one of handledBy, endsAt, rings',
    ]);
  });

  it('checks phone numbers, times, ring targets and ends', () => {
    expect(
      problems(`version: 1
kind: RoutingTest
extension: "101"
calls:
  - from: +16501111111
    at: "2026-02-30T10:00"
    expect: {rings: [tablet, {coworker: "102", phone: "+1"}], endsAt: {voicemail: {}, forward: "101"}}
  - from: "+1 650"
    to: "(408) 555-01"
    at: "yesterday"
    expect: {endsAt: {forward: "+44 20"}}
`),
    ).toEqual([
      'tests.yaml:5:11  calls[0].from  a phone number must be a quoted string such as "+14081234567" (YAML reads an unquoted +1408… as a plain number)',
      'tests.yaml:6:9  calls[0].at  "2026-02-30T10:00" is not a calendar date',
      'tests.yaml:7:22  calls[0].expect.rings[0]  a ring target is mobile-apps, desktop-apps, {coworker: <extension>}, {phone: <number>}, {device: <name>} or {raw: {type: …}}',
      'tests.yaml:7:30  calls[0].expect.rings[1]  a ring target is mobile-apps, desktop-apps, {coworker: <extension>}, {phone: <number>}, {device: <name>} or {raw: {type: …}}',
      'tests.yaml:7:63  calls[0].expect.endsAt  endsAt takes exactly one key',
      'tests.yaml:8:11  calls[1].from  "+1 650" is not a possible phone number (too short)',
      'tests.yaml:9:9  calls[1].to  "(408) 555-01" is not a possible phone number (too short)',
      'tests.yaml:10:9  calls[1].at  "yesterday" is not a local date-time; write YYYY-MM-DDTHH:MM without a zone',
      'tests.yaml:11:32  calls[1].expect.endsAt.forward  "+44 20" is not a possible phone number (too short)',
    ]);
  });
});
