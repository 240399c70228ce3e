import type { LoadedDocument, ManifestDocument } from '../core/document.js';
import type { Problem } from '../core/problem.js';
import { isRoutingTest, type RoutingTestDocument } from '../core/routing-test.js';
import { validateRoutingTests } from './routing-test/validate-routing-tests.js';
import { checkAfterHours } from './check-after-hours.js';
import { checkAgent } from './check-agent.js';
import { checkCustomRules } from './check-custom-rules.js';
import { checkIdentity } from './check-identity.js';
import { checkOwnership } from './check-ownership.js';
import { checkPhones } from './check-phones.js';
import { checkRawParts } from './check-raw-parts.js';
import { checkRing } from './check-ring.js';
import { checkRulePriority } from './check-rule-priority.js';
import { checkSchedules } from './check-schedules.js';
import { checkSchema } from './check-schema.js';
import { checkVoicemail } from './check-voicemail.js';
import { reporterFor, restatesSchemaError, type Finding, type KeyLocatable } from './findings.js';
import { kindOf, root } from './walk.js';

export interface ValidateOptions {
  /** The clock for "this range has already ended" warnings (tests pass a fixed date). */
  now?: Date;
}

/**
 * Schema and semantic checks of loaded documents, all in one pass. Returns the manifests (User,
 * Site) and routing tests without errors (warnings allowed) and every problem found. Routing
 * tests have their own schema and checks; plan and apply only ever see manifests. No IO besides
 * reading the schemas once per process; nothing is thrown for bad input.
 */
export function validateDocuments(
  all: LoadedDocument[],
  options: ValidateOptions = {},
): { documents: ManifestDocument[]; routingTests: RoutingTestDocument[]; problems: Problem[] } {
  const now = options.now ?? new Date();
  const routingTests: RoutingTestDocument[] = [];
  const testProblems: Problem[] = [];
  for (const test of all.filter((d) => isRoutingTest(d.data)) as RoutingTestDocument[]) {
    const found = validateRoutingTests([test]);
    testProblems.push(...found);
    if (!found.some((p) => p.severity === 'error')) routingTests.push(test);
  }
  const documents = all.filter((d) => !isRoutingTest(d.data));
  const ownership = checkOwnership(documents);
  const valid: ManifestDocument[] = [];
  const problems: Problem[] = [];
  for (const doc of documents) {
    const schema = checkSchema(doc);
    const semantic = [...semanticFindings(doc, now), ...(ownership.get(doc) ?? [])];
    // A node the schema rejected is reported once, by the schema: checks below it, or checks
    // that read it, would only restate the same mistake.
    const kept = semantic.filter((f) => !restatesSchemaError(f, schema.subjects));
    const found = onePerPlace([...schema.findings, ...kept].map((f) => f.problem));
    problems.push(...found);
    if (!found.some((p) => p.severity === 'error')) valid.push(doc as ManifestDocument);
  }
  return { documents: valid, routingTests, problems: [...problems, ...testProblems] };
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

/** The semantic check families, each pure over one document. */
function semanticFindings(doc: KeyLocatable, now: Date): Finding[] {
  const data = root(doc.data);
  const kind = kindOf(doc.data);
  if (!data || !kind) return [];
  const findings: Finding[] = [];
  const report = reporterFor(doc, findings);
  if (kind === 'User') {
    checkIdentity(data, report);
    checkRing(data, report);
    checkRawParts(data, report);
    checkVoicemail(data, report);
    checkRulePriority(data, report);
    checkAgent(data, report);
  }
  checkSchedules(data, kind, report, now);
  checkPhones(data, kind, report);
  checkCustomRules(data, kind, report);
  checkAfterHours(data, kind, report);
  return findings;
}
