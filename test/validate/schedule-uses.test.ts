import { describe, expect, it } from 'vitest';
import type { ManifestDocument } from '../../src/core/document.js';
import { parseManifestFile } from '../../src/load/parse-manifest-file.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

const NOW = new Date(2026, 5, 1);

/** Validates several files at once; returns the valid documents and `file:line:col path message` per problem. */
function validate(files: Record<string, string>) {
  const docs = Object.entries(files).flatMap(([file, text]) => {
    const parsed = parseManifestFile(file, text);
    expect(parsed.problems).toEqual([]);
    return parsed.documents;
  });
  const validated = validateDocuments(docs, { now: NOW });
  const problems = validated.problems.map(
    (p) => `${p.pos.file}:${p.pos.line}:${p.pos.col} ${p.path}${p.severity === 'warning' ? ' warning:' : ''} ${p.message}`,
  );
  return { documents: validated.documents, problems: problems.sort() };
}

const HOLIDAYS = `version: 1
kind: Schedule
name: us-holidays-2026
schedule:
  ranges:
    - {from: "2026-12-24T00:00", to: "2026-12-26T23:59"}
    - {from: "2026-12-31T00:00", to: "2027-01-01T23:59"}
`;
const CLOSURES = `version: 1
kind: Schedule
name: office-closures-2026
schedule:
  ranges:
    - {from: "2026-12-26T12:00", to: "2026-12-28T23:59"}
    - {from: "2026-12-24T00:00", to: "2026-12-26T23:59"}
`;
const WEEKDAYS = `version: 1
kind: Schedule
name: weekdays
schedule: {weekly: {monday: ["08:00-17:00"], friday: ["08:00-12:00"]}}
`;

const COMPANY = `version: 1
kind: Company
customRules:
  - name: Holiday closure
    when: {schedule: {use: us-holidays-2026}}
    disconnect: {}
`;
const SITE = `version: 1
kind: Site
site: {name: "London Office"}
customRules:
  - name: Holidays
    when: {schedule: {use: [us-holidays-2026, office-closures-2026]}}
    transferTo: "1500"
`;
const USER = `version: 1
kind: User
extension: "101"
states:
  forward-all-calls:
    enabled: true
    schedule: {use: us-holidays-2026}
  work-hours:
    schedule: {use: weekdays}
`;

const byKind = (docs: ManifestDocument[], kind: string) => docs.find((d) => (d.data as { kind: string }).kind === kind)!;

describe('kind: Schedule and schedule: {use: …}', () => {
  it('puts the schedule in place of every use, keeping where it came from', () => {
    const { documents, problems } = validate({
      's/holidays.yaml': `${HOLIDAYS}---\n${CLOSURES}---\n${WEEKDAYS}`,
      'company.yaml': COMPANY,
      'site.yaml': SITE,
      'user.yaml': USER,
    });
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(3);
    const company = byKind(documents, 'Company');
    expect(company.data).toMatchObject({
      customRules: [
        {
          when: {
            schedule: {
              ranges: [
                { from: '2026-12-24T00:00', to: '2026-12-26T23:59' },
                { from: '2026-12-31T00:00', to: '2027-01-01T23:59' },
              ],
            },
          },
        },
      ],
    });
    expect(company.scheduleUses).toEqual([
      {
        path: ['customRules', 0, 'when', 'schedule'],
        at: { file: 'company.yaml', line: 5, col: 28 },
        schedules: [{ name: 'us-holidays-2026', pos: { file: 's/holidays.yaml', line: 3, col: 7 } }],
      },
    ]);
    // A list is the union: overlapping ranges become one, the others stay as written, in order.
    expect(byKind(documents, 'Site').data).toMatchObject({
      customRules: [
        {
          when: {
            schedule: {
              ranges: [
                { from: '2026-12-24T00:00', to: '2026-12-28T23:59' },
                { from: '2026-12-31T00:00', to: '2027-01-01T23:59' },
              ],
            },
          },
        },
      ],
    });
    const user = byKind(documents, 'User');
    expect(user.data).toMatchObject({
      states: { 'work-hours': { schedule: { weekly: { monday: ['08:00-17:00'], friday: ['08:00-12:00'] } } } },
    });
    expect(user.scheduleUses?.map((u) => u.path.join('.'))).toEqual(['states.forward-all-calls.schedule', 'states.work-hours.schedule']);
  });

  it('unions weekly schedules day by day', () => {
    const other = WEEKDAYS.replace('name: weekdays', 'name: late').replace(
      '{monday: ["08:00-17:00"], friday: ["08:00-12:00"]}',
      '{monday: ["16:00-20:00"], tuesday: ["09:00-10:00"]}',
    );
    const { documents, problems } = validate({
      's.yaml': `${WEEKDAYS}---\n${other}`,
      'c.yaml': COMPANY.replace('use: us-holidays-2026', 'use: [weekdays, late]'),
    });
    expect(problems).toEqual([]);
    expect(documents[0].data).toMatchObject({
      customRules: [
        { when: { schedule: { weekly: { monday: ['08:00:00-20:00:00'], tuesday: ['09:00-10:00'], friday: ['08:00-12:00'] } } } },
      ],
    });
  });

  it('stands for business hours too, checked as business hours', () => {
    const site = `version: 1
kind: Site
site: {name: "London Office"}
businessHours: {schedule: {use: weekdays}}
rules: {after-hours: {transferTo: "1600"}}
`;
    const ok = validate({ 's.yaml': WEEKDAYS, 'site.yaml': site });
    expect(ok.problems).toEqual([]);
    expect(ok.documents[0].data).toMatchObject({ businessHours: { schedule: { weekly: { monday: ['08:00-17:00'] } } } });
    const company = `version: 1\nkind: Company\nbusinessHours: {schedule: {use: us-holidays-2026}}\n`;
    expect(validate({ 'h.yaml': HOLIDAYS, 'c.yaml': company }).problems).toEqual([
      'c.yaml:3:33 businessHours.schedule.use Schedule "us-holidays-2026" (h.yaml:3:7) cannot be used here: a ranges schedule is not allowed for business hours (RingCentral accepts always or weekly)',
    ]);
    // An always Schedule where business hours are 24/7: the after-hours rule needs hours that are not.
    const always = 'version: 1\nkind: Schedule\nname: open\nschedule: always\n';
    expect(validate({ 'o.yaml': always, 'site.yaml': site.replace('use: weekdays', 'use: open') }).problems).toEqual([
      expect.stringMatching(/^site\.yaml:5:\d+ rules\.after-hours .*24\/7/),
    ]);
  });

  it('reports every problem of uses at its use, all at once', () => {
    const user = `version: 1
kind: User
extension: "101"
states:
  work-hours:
    schedule: {use: us-holidays-2026}
customRules:
  - name: Closed
    when: {schedule: {use: [us-holidays-2026, weekdays]}}
    immediately: {voicemail: {}}
  - name: Typo
    when: {schedule: {use: [us-holidays-2026, us-holiday-2026]}}
    immediately: {voicemail: {}}
`;
    const { documents, problems } = validate({
      'h.yaml': HOLIDAYS,
      'w.yaml': WEEKDAYS,
      'dup.yaml': HOLIDAYS,
      'unused.yaml': CLOSURES,
      'user.yaml': user,
    });
    expect(problems).toEqual([
      'dup.yaml:3:7 name a Schedule named "us-holidays-2026" is also defined at h.yaml:3:7; Schedule names are unique',
      'unused.yaml:3:7 name warning: Schedule "office-closures-2026" is not used: no document writes schedule: {use: office-closures-2026}, so it changes nothing',
      'user.yaml:12:47 customRules[1].when.schedule.use[1] no Schedule named "us-holiday-2026"; the Schedules read are "office-closures-2026", "us-holidays-2026", "weekdays" (name the files or folder that hold it too)',
      'user.yaml:6:21 states.work-hours.schedule.use Schedule "us-holidays-2026" (h.yaml:3:7) cannot be used here: a ranges schedule is not allowed for work-hours (RingCentral accepts always, daily or weekly)',
      'user.yaml:9:23 customRules[0].when.schedule.use a list of Schedules is the union of schedules of one form (all ranges, or all weekly): "us-holidays-2026" is ranges (h.yaml:3:7), "weekdays" is weekly (w.yaml:3:7)',
    ]);
    expect(documents).toEqual([]);
  });

  it('checks a Schedule document itself once, not again at each use', () => {
    const bad = HOLIDAYS.replace('2026-12-26T23:59', '2026-12-20T23:59');
    const { problems } = validate({ 'h.yaml': bad, 'c.yaml': COMPANY });
    expect(problems).toEqual([
      'h.yaml:6:38 schedule.ranges[0].to the range must end after it starts (from 2026-12-24T00:00 to 2026-12-20T23:59)',
    ]);
    const ended = validate({ 'h.yaml': HOLIDAYS, 'c.yaml': COMPANY, 's.yaml': SITE.replace(', office-closures-2026', '') });
    expect(validateAt(ended.problems)).toEqual([]);
  });

  it('refuses unknown fields and a use inside a Schedule', () => {
    const { problems } = validate({
      'h.yaml': `${HOLIDAYS}owner: me\n---\nversion: 1\nkind: Schedule\nname: x\nschedule: {use: us-holidays-2026}\n`,
    });
    expect(problems).toEqual([
      'h.yaml:13:12 schedule.use a use schedule is not allowed in a Schedule document (always, daily, weekly or ranges; a Schedule cannot use another)',
      'h.yaml:8:1 owner unknown field "owner" (allowed: version, kind, name, schedule)',
    ]);
  });
});

const validateAt = (problems: string[]) => problems.filter((p) => !p.includes('warning'));
