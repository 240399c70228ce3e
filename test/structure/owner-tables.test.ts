import { describe, expect, it } from 'vitest';
import { ownerWords } from '../../src/core/owner-words.js';
import { CHANGE_KINDS, OWNER_KINDS, OWNER_TYPES, type OwnerTable } from '../../src/core/plan.js';
import { exporters } from '../../src/export/exporters.js';
import { kindNamed, ownerKinds } from '../../src/kinds/index.js';
import { readers } from '../../src/live/read-owners.js';
import { projectors } from '../../src/simulate/project-snapshot.js';
import { EXPORT_FLAGS } from '../../src/cli/pipeline/export-live.js';
import { SIMULATE_TARGETS } from '../../src/cli/commands/simulate.js';
import { AFTER_HOURS } from '../../src/validate/check-after-hours.js';
import { CUSTOM_RULES } from '../../src/validate/check-custom-rules.js';
import { MANAGES } from '../../src/validate/check-ownership.js';
import { SCHEDULE_PLACES } from '../../src/validate/check-schedules.js';
import { DESTINATION_PHONES, RULE_BODIES } from '../../src/validate/phone-places.js';
import { OWN_CHECKS } from '../../src/validate/validate-documents.js';
import { TEST_OWNER_KEYS } from '../../src/simulate/run-routing-tests.js';

/** The tables of validation, export and simulate (issue 19): what each owner type checks, exports and is asked by. */
const COMMAND_TABLES = {
  EXPORT_FLAGS,
  SIMULATE_TARGETS,
  AFTER_HOURS,
  CUSTOM_RULES,
  MANAGES,
  SCHEDULE_PLACES,
  DESTINATION_PHONES,
  RULE_BODIES,
  OWN_CHECKS,
  TEST_OWNER_KEYS,
};

/**
 * Everything that differs by owner type is an entry of one table per stage, typed so that an
 * owner type without its entry does not compile (architecture.md "Owner types"). The
 * `@ts-expect-error` lines are checked by `tsc --noEmit` (part of `npm test`): were a table
 * missing an entry accepted, the directive would be unused and tsc would fail.
 */

describe('owner tables', () => {
  it('refuse, at compile time, a table without an entry for every owner type', () => {
    // @ts-expect-error the company's entry is missing
    const words: OwnerTable<string> = { user: 'u', site: 's' };
    // @ts-expect-error the readers table without the company's reader
    const reading: typeof readers = { user: readers.user, site: readers.site };
    // @ts-expect-error the kinds table without the site's kinds
    const kinds: typeof ownerKinds = { user: ownerKinds.user, company: ownerKinds.company };
    // @ts-expect-error the projection table without the user's projector
    const projecting: typeof projectors = { site: projectors.site, company: projectors.company };
    // @ts-expect-error the export table without the site's exporter
    const exporting: typeof exporters = { user: exporters.user, company: exporters.company };
    // @ts-expect-error the words without the user's
    const naming: typeof ownerWords = { site: ownerWords.site, company: ownerWords.company };
    expect([words, reading, kinds, projecting, exporting, naming].every((t) => Object.keys(t).length === 2)).toBe(true);
  });

  it('refuse, at compile time, a command or validation table without an entry for every owner type', () => {
    // @ts-expect-error export's flags without the call queue's
    const flags: typeof EXPORT_FLAGS = {
      user: EXPORT_FLAGS.user,
      site: EXPORT_FLAGS.site,
      company: EXPORT_FLAGS.company,
      ivr: EXPORT_FLAGS.ivr,
    };
    // @ts-expect-error simulate's options without the IVR menu's
    const asked: typeof SIMULATE_TARGETS = {
      user: SIMULATE_TARGETS.user,
      site: SIMULATE_TARGETS.site,
      company: SIMULATE_TARGETS.company,
      queue: SIMULATE_TARGETS.queue,
    };
    // @ts-expect-error validation's own checks without the call queue's
    const checks: typeof OWN_CHECKS = { user: OWN_CHECKS.user, site: OWN_CHECKS.site, company: OWN_CHECKS.company, ivr: OWN_CHECKS.ivr };
    expect([flags, asked, checks].every((t) => Object.keys(t).length === 4)).toBe(true);
    for (const [name, table] of Object.entries(COMMAND_TABLES))
      expect([name, Object.keys(table).sort()]).toEqual([name, [...OWNER_TYPES].sort()]);
  });

  it('refuse, at compile time, an entry of one owner type in the place of another', () => {
    // @ts-expect-error the user's exporter writes a User manifest, not the company's
    const exporting: typeof exporters = { ...exporters, company: exporters.user };
    expect(exporting.company).toBe(exporters.user);
  });

  it('have exactly one entry per owner type at run time', () => {
    for (const table of [readers, ownerKinds, projectors, exporters, ownerWords, OWNER_KINDS]) {
      expect(Object.keys(table).sort()).toEqual([...OWNER_TYPES].sort());
    }
  });

  it('give every change kind its resource kind, under its own owner type', () => {
    for (const type of OWNER_TYPES) {
      expect(ownerKinds[type].map((k) => k.kind)).toEqual(OWNER_KINDS[type]);
      for (const k of ownerKinds[type]) expect(k.owner).toBe(type);
    }
    for (const kind of CHANGE_KINDS) expect(kindNamed(kind).kind).toBe(kind);
  });
});
