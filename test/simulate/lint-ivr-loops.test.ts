import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/load/parse-manifest-file.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';
import { lintRoutingDocuments } from '../../src/simulate/lint-routing-documents.js';

/** A menu that loops back to itself is a warning at its key (cli.md "Call paths across hops"). */

function lint(text: string): string[] {
  const parsed = parseManifestFile('m.yaml', text);
  const validated = validateDocuments(parsed.documents, { now: new Date(2026, 5, 1) });
  expect([...parsed.problems, ...validated.problems]).toEqual([]);
  return lintRoutingDocuments(validated.documents, { now: new Date(2026, 5, 1) }).map(
    (p) => `${p.pos.line}:${p.pos.col} ${p.path} ${p.message}`,
  );
}

const MENUS = `version: 1
kind: IvrMenu
extension: "1500"
name: Main IVR
keys:
  "1": {transferTo: "2100"}
  "4": {transferTo: {name: "Loop menu"}}
  "5": {transferTo: "1500"}
  noInput: disconnect
---
version: 1
kind: IvrMenu
extension: "2100"
name: Billing menu
keys:
  "*": previous-menu
  "#": top-menu
  noInput: previous-menu
---
version: 1
kind: IvrMenu
extension: "2200"
name: Loop menu
keys:
  "1": {transferTo: "2300"}
  noInput: {transferTo: "2200"}
---
version: 1
kind: IvrMenu
extension: "2300"
keys:
  noInput: repeat
`;

describe('IVR menus that loop', () => {
  it('warns at each key whose call comes back to its menu with no key left, and at nothing else', () => {
    expect(lint(MENUS)).toEqual([
      '26:3 keys.noInput no key pressed: the call loops: 2200 is reached again with no key left',
      '32:12 keys.noInput no key pressed: the call loops: 2300 is reached again with no key left',
    ]);
  });

  it('follows the loop across menus', () => {
    const two = `version: 1
kind: IvrMenu
extension: "2400"
keys:
  noInput: {transferTo: "2500"}
---
version: 1
kind: IvrMenu
extension: "2500"
keys:
  "1": operator
  noInput: {transferTo: "2400"}
`;
    expect(lint(two)).toEqual([
      '5:3 keys.noInput no key pressed: the call loops: 2400 is reached again with no key left',
      '12:3 keys.noInput no key pressed: the call loops: 2500 is reached again with no key left',
    ]);
  });
});
