import { describe, expect, it } from 'vitest';
import { problemsOf } from './helpers.js';

/** kind: IvrMenu, offline: the schema and the checks that need no account (manifest-v1.md). */

const CONTRACT_EXAMPLE = `version: 1
kind: IvrMenu
extension: "2000"
name: Main IVR
site: {name: "London Office"}
prompt:
  say: "Thank you for calling Acme. For sales press 1, for support press 2."
  language: en-US
repeat: 3
keys:
  "1": {transferTo: {name: "Sales Queue"}}
  "2": {transferTo: {name: "Support Queue"}}
  "3": {voicemail: "101"}
  "4": {forwardTo: {phone: "+14155550100"}}
  "7": dial-by-name
  "9": repeat
  "*": previous-menu
  "#": top-menu
  "0": operator
  noInput: disconnect
`;

describe('kind: IvrMenu validation', () => {
  it("accepts the contract's example, an audio prompt and raw actions", () => {
    expect(problemsOf(CONTRACT_EXAMPLE)).toEqual([]);
    const audio = `version: 1
kind: IvrMenu
extension: 2001
prompt: {audio: "Main menu 2026"}
keys:
  5: {raw: {action: DoNothing}}
  6: {raw: {action: Connect, extension: {id: "62952430016"}}}
  8: {raw: {action: Transfer, phoneNumber: "+14155550100"}}
`;
    expect(problemsOf(audio)).toEqual([]);
  });

  it('reports a key other than 0-9, *, # and noInput, a repeat outside 1-3 and a bad action, each at its line, all at once', () => {
    const text = `version: 1
kind: IvrMenu
extension: "2000"
repeat: 4
keys:
  "10": operator
  "A": repeat
  noinput: disconnect
  "2": {transferTo: "Support Queue"}
  "3": jump
  "4": {forwardTo: {phone: "12"}}
`;
    const problems = problemsOf(text);
    expect(problems).toHaveLength(7);
    expect(problems[0]).toMatch(/^4:9 repeat repeat must be 1, 2 or 3 \(got 4\)/);
    expect(problems.some((p) => p.startsWith('6:3 keys.10 unknown field "10"'))).toBe(true);
    expect(problems).toContain('7:3 keys.A unknown field "A" (allowed: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, *, #, noInput)');
    expect(problems.some((p) => p.startsWith('8:3 keys.noinput') && p.includes('did you mean "noInput"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('9:21 keys.2.transferTo') && p.includes('{name: "Support Queue"}'))).toBe(true);
    expect(problems.some((p) => p.startsWith('10:8 keys.3') && p.includes('"jump" is not an IVR key action'))).toBe(true);
    expect(problems.some((p) => p.startsWith('11:28 keys.4.forwardTo.phone'))).toBe(true);
  });

  it('reports a prompt that is both spoken and audio, a language that is no locale code, and a language without say', () => {
    const header = 'version: 1\nkind: IvrMenu\nextension: "2000"\n';
    expect(problemsOf(`${header}prompt: {say: "Hi", audio: "Main menu 2026"}\n`)).toEqual([
      '4:1 prompt a prompt is either `say` (text to speech) or `audio`, not both',
    ]);
    expect(problemsOf(`${header}prompt: {say: "Hi", language: "English"}\n`)).toEqual([
      '4:31 prompt.language "English" is not a locale code such as en-US',
    ]);
    expect(problemsOf(`${header}prompt: {audio: "x", language: en-GB}\n`)).toEqual([
      '4:32 prompt.language `language` is for a spoken prompt (`say`) only',
    ]);
    expect(problemsOf(`${header}prompt: {}\n`)).toEqual(['4:1 prompt a prompt needs `say` (text to speech) or `audio` (a prompt by name)']);
  });

  it('needs the extension number, and reports a raw action without what it needs', () => {
    expect(problemsOf('version: 1\nkind: IvrMenu\nname: X\n')).toEqual(['1:1  missing required field "extension"']);
    const text = `version: 1
kind: IvrMenu
extension: "2000"
keys:
  "1": {raw: {action: Connect}}
  "2": {raw: {action: Repeat, phoneNumber: "+14155550100"}}
`;
    expect(problemsOf(text)).toEqual([
      '5:9 keys.1.raw a raw Connect action needs extension: {id: …}',
      '6:44 keys.2.raw.phoneNumber phoneNumber is for Transfer only, not Repeat',
    ]);
  });

  it('reports the same menu managed by two documents, naming the first', () => {
    const text = 'version: 1\nkind: IvrMenu\nextension: "2000"\n---\nversion: 1\nkind: IvrMenu\nextension: 2000\n';
    expect(problemsOf(text)).toEqual(['7:12 extension IVR menu "2000" is also managed by m.yaml:3:12']);
  });
});
