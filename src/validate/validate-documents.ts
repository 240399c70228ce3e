import type { LoadedDocument, ManifestDocument } from '../core/document.js';
import type { Problem } from '../core/problem.js';
import { isRoutingTest, type RoutingTestDocument } from '../core/routing-test.js';
import { validateRoutingTests } from './routing-test/validate-routing-tests.js';
import { checkAfterHours } from './check-after-hours.js';
import { checkAgent } from './check-agent.js';
import { checkCallQueue } from './check-call-queue.js';
import { checkCompanyRules } from './check-company-rules.js';
import { checkCustomRules } from './check-custom-rules.js';
import { checkIdentity } from './check-identity.js';
import { checkIvrMenu } from './check-ivr-menu.js';
import { checkOwnership } from './check-ownership.js';
import { checkPhones } from './check-phones.js';
import { checkRawParts } from './check-raw-parts.js';
import { checkRing } from './check-ring.js';
import { checkRulePriority } from './check-rule-priority.js';
import { checkSchedules } from './check-schedules.js';
import { checkSchema } from './check-schema.js';
import { checkVoicemail } from './check-voicemail.js';
import { isWithin, reporterFor, restatesSchemaError, where, type Finding, type KeyLocatable } from './findings.js';
import { resolveScheduleUses, type ResolvedUses } from './resolve-schedule-uses.js';
import { isScheduleDocument, scheduleLibrary, unusedSchedules, type NamedSchedule } from './schedule-library.js';
import type { OwnerTable } from '../core/plan.js';
import type { Reporter } from './findings.js';
import { kindOf, ownerTypeOf, root, type At, type Obj } from './walk.js';

export interface ValidateOptions {
  /** The clock for "this range has already ended" warnings (tests pass a fixed date). */
  now?: Date;
}

/**
 * Schema and semantic checks of loaded documents, all in one pass. Returns the manifests (User,
 * Site) and routing tests without errors (warnings allowed) and every problem found. Routing
 * tests have their own schema and checks; plan and apply only ever see manifests. `kind:
 * Schedule` documents are checked here and go no further: every `schedule: {use: …}` of a
 * manifest is replaced by the schedule it names, checked at its place as if written there, and
 * the returned document keeps where it came from (`scheduleUses`). No IO besides reading the
 * schemas once per process; nothing is thrown for bad input.
 */
export function validateDocuments(
  all: LoadedDocument[],
  options: ValidateOptions = {},
): { documents: ManifestDocument[]; routingTests: RoutingTestDocument[]; schedules: NamedSchedule[]; problems: Problem[] } {
  const now = options.now ?? new Date();
  const routingTests: RoutingTestDocument[] = [];
  const testProblems: Problem[] = [];
  for (const test of all.filter((d) => isRoutingTest(d.data)) as RoutingTestDocument[]) {
    const found = validateRoutingTests([test]);
    testProblems.push(...found);
    if (!found.some((p) => p.severity === 'error')) routingTests.push(test);
  }
  const { library, problems } = scheduleLibrary(
    all.filter((d) => isScheduleDocument(d.data)),
    now,
  );
  const documents = all.filter((d) => !isRoutingTest(d.data) && !isScheduleDocument(d.data));
  const ownership = checkOwnership(documents);
  const valid: ManifestDocument[] = [];
  const used = new Set<string>();
  for (const doc of documents) {
    const schema = checkSchema(doc);
    const uses = resolveScheduleUses(doc, library);
    for (const name of uses.named) used.add(name);
    const resolved: KeyLocatable = { ...doc, data: uses.data };
    const placed = usesAtTheirPlace(resolved, uses);
    const semantic = [...semanticFindings(resolved, now), ...(ownership.get(doc) ?? [])].filter(
      // Inside a used schedule, the Schedule document's own checks have spoken, once.
      (f) => !uses.uses.some((u) => isWithin(f.segs, u.path) && f.segs.length > u.path.length),
    );
    // A node the schema rejected is reported once, by the schema: checks below it, or checks
    // that read it, would only restate the same mistake.
    const subjects = [...schema.subjects, ...placed.subjects, ...uses.failed];
    const kept = semantic.filter((f) => !restatesSchemaError(f, subjects));
    const usesKept = [...uses.findings, ...placed.findings].filter((f) => !restatesSchemaError(f, schema.subjects));
    const found = onePerPlace([...schema.findings, ...usesKept, ...kept].map((f) => f.problem));
    problems.push(...found);
    if (found.some((p) => p.severity === 'error') || uses.unresolved) continue;
    valid.push(uses.uses.length > 0 ? { ...(resolved as ManifestDocument), scheduleUses: uses.uses } : (doc as ManifestDocument));
  }
  problems.push(...unusedSchedules(library, used));
  return { documents: valid, routingTests, schedules: [...library.schedules.values()], problems: [...problems, ...testProblems] };
}

/**
 * A used schedule is checked against its place as if it were written there: the schema runs again
 * on the resolved document, and what it finds inside a used schedule is an error at the `use`,
 * naming the Schedule (`a ranges schedule is not allowed for work-hours`).
 */
function usesAtTheirPlace(resolved: KeyLocatable, uses: ResolvedUses): { findings: Finding[]; subjects: Finding['segs'][] } {
  if (uses.uses.length === 0) return { findings: [], subjects: [] };
  const findings: Finding[] = [];
  const report = reporterFor(resolved, findings);
  const subjects: Finding['segs'][] = [];
  for (const f of checkSchema(resolved).findings) {
    const use = uses.uses.find((u) => isWithin(f.segs, u.path));
    if (!use) continue;
    const names = use.schedules.map((s) => `"${s.name}" (${where(s.pos)})`).join(' and ');
    const what = use.schedules.length === 1 ? `Schedule ${names}` : `the union of Schedules ${names}`;
    report.error([...use.path, 'use'], `${what} cannot be used here: ${f.problem.message}`);
    subjects.push(use.path);
  }
  return { findings, subjects };
}

/**
 * A value shared through a YAML alias is checked once per place that uses it, but it is written
 * once: the same message at the same position is reported only for its first use.
 */
function onePerPlace(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pos.line}:${p.pos.col}|${p.severity}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The checks of one owner type's documents, and whether the shared checks of call handling
 * (schedules, phones, custom rules, after hours) apply: an IVR menu has none of those.
 */
export const OWN_CHECKS: OwnerTable<{ own(data: At<Obj>, report: Reporter): void; callHandling: boolean }> = {
  user: {
    own(data, report) {
      checkIdentity(data, report);
      checkRing(data, report);
      checkRawParts(data, report);
      checkVoicemail(data, report);
      checkRulePriority(data, report);
      checkAgent(data, report);
    },
    callHandling: true,
  },
  site: { own: () => {}, callHandling: true },
  company: { own: () => {}, callHandling: true },
  queue: { own: checkCallQueue, callHandling: true },
  ivr: { own: checkIvrMenu, callHandling: false },
};

/** The semantic check families, each pure over one document. */
function semanticFindings(doc: KeyLocatable, now: Date): Finding[] {
  const data = root(doc.data);
  const kind = kindOf(doc.data);
  if (!data || !kind) return [];
  const findings: Finding[] = [];
  const report = reporterFor(doc, findings);
  const checks = OWN_CHECKS[ownerTypeOf(kind)];
  checks.own(data, report);
  if (!checks.callHandling) return findings;
  checkSchedules(data, kind, report, now);
  checkPhones(data, kind, report);
  checkCustomRules(data, kind, report);
  if (kind === 'Company') checkCompanyRules(data, report);
  checkAfterHours(data, kind, report);
  return findings;
}
