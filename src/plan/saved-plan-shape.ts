import type { Plan } from '../core/plan.js';
import { valueAt } from '../core/json-pointer.js';
import { plannedNumberOf } from '../core/references.js';
import { KINDS } from '../kinds/index.js';

const ACTIONS: readonly unknown[] = ['create', 'update', 'delete'];
const METHODS: readonly unknown[] = ['POST', 'PUT', 'PATCH', 'DELETE'];
const PATCH_OPS: readonly unknown[] = ['add', 'remove', 'replace', 'move', 'copy', 'test'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

/**
 * Checks that a saved plan is plain data of the contract's shape before anything reads it: one
 * line per problem, naming the change (`changes[2] (c3)`) and the field. A saved plan may have
 * been edited by hand or by someone else, so nothing here trusts it.
 */
export function savedPlanShapeProblems(plan: unknown): string[] {
  if (!isObject(plan)) return ['the file is not a JSON object'];
  const out: string[] = [];
  if (plan.formatVersion !== 1) out.push('formatVersion must be 1');
  accountProblems(plan.account, out);
  if (!Array.isArray(plan.changes)) out.push('changes must be an array');
  displayProblems(plan, out);
  if (!Array.isArray(plan.fingerprints)) out.push('fingerprints must be an array (save plans with `ringform plan --out FILE`)');
  else plan.fingerprints.forEach((f, i) => fingerprintProblems(f, i, out));
  if (!Array.isArray(plan.changes)) return out;
  const ids = new Map<string, number>();
  plan.changes.forEach((c, i) => {
    const where = `changes[${i}]${isObject(c) && isString(c.id) ? ` (${c.id})` : ''}`;
    if (!isObject(c)) return void out.push(`${where}: must be a change object, found ${c === null ? 'null' : typeof c}`);
    for (const p of changeProblems(c)) out.push(`${where}: ${p}`);
    if (isString(c.id)) {
      if (ids.has(c.id)) out.push(`${where}: id ${c.id} is used twice`);
      ids.set(c.id, i);
    }
  });
  if (out.length === 0) out.push(...dependencyProblems(plan as unknown as Plan, ids));
  return out;
}

function accountProblems(account: unknown, out: string[]): void {
  if (account === undefined)
    return void out.push(
      'account is missing: the plan does not say which account it was made for (save plans with `ringform plan --out FILE`)',
    );
  if (!isObject(account) || !isString(account.id) || typeof account.name !== 'string' || !isString(account.server)) {
    out.push('account must be {"id", "name", "server"}');
  }
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * The fields only shown to people (`summary`, `affected`, `warnings`, `unmanaged`): `apply
 * --plan` re-derives what it shows from live state, but a file that has them malformed was not
 * written by `plan --out`, so it is refused naming the field.
 */
function displayProblems(plan: Record<string, unknown>, out: string[]): void {
  const s = plan.summary;
  if (s === undefined) out.push('summary is missing (save plans with `ringform plan --out FILE`)');
  else if (!isObject(s) || !isCount(s.create) || !isCount(s.update) || !isCount(s.delete))
    out.push('summary must be {"create", "update", "delete"} with whole numbers');
  const a = plan.affected;
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (
    a !== undefined &&
    !(
      isObject(a) &&
      strings(a.users) &&
      strings(a.sites) &&
      (a.queues === undefined || strings(a.queues)) &&
      (a.ivrMenus === undefined || strings(a.ivrMenus)) &&
      (a.company === undefined || typeof a.company === 'boolean')
    )
  )
    out.push('affected must be {"users": [...], "sites": [...]}');
  const w = plan.warnings;
  const warning = (x: unknown) =>
    isObject(x) && typeof x.file === 'string' && isCount(x.line) && isCount(x.column) && typeof x.message === 'string';
  if (w !== undefined && !(Array.isArray(w) && w.every(warning)))
    out.push('warnings must be an array of {"file", "line", "column", "message"}');
  const u = plan.unmanaged;
  const unmanaged = (x: unknown) => isObject(x) && typeof x.id === 'string' && typeof x.kind === 'string' && isObject(x.target);
  if (!(Array.isArray(u) && u.every(unmanaged))) out.push('unmanaged must be an array of {"id", "kind", "target"}');
}

function fingerprintProblems(f: unknown, i: number, out: string[]): void {
  if (!isObject(f) || !isString(f.path) || typeof f.select !== 'string' || !/^[0-9a-f]{64}$/.test(String(f.sha256))) {
    out.push(`fingerprints[${i}]: must be {"path", "select", "sha256"}`);
  }
}

function changeProblems(c: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (!isString(c.id)) out.push('id must be a non-empty string');
  if (!ACTIONS.includes(c.action)) out.push(`action must be one of ${ACTIONS.join(', ')}`);
  const kind = KINDS.find((k) => k.kind === c.kind);
  if (!kind) out.push(`kind ${JSON.stringify(c.kind)} is not one of ${KINDS.map((k) => k.kind).join(', ')}`);
  if (!METHODS.includes(c.method)) out.push(`method must be one of ${METHODS.join(', ')}`);
  if (typeof c.path !== 'string') out.push('path must be a string');
  if (!isObject(c.target)) out.push('target must be an object');
  else {
    const t = c.target;
    if (!isString(t.name)) out.push('target.name must be a non-empty string');
    if (kind && t.owner !== kind.owner) out.push(`target.owner must be "${kind.owner}" for kind ${kind.kind}`);
    // An IVR menu that does not exist yet has no id: only its create may say so.
    const unborn = t.extensionId === '' && c.action === 'create' && t.owner === 'ivr';
    if (t.extensionId !== undefined && !unborn && !/^\d+$/.test(String(t.extensionId))) out.push('target.extensionId must be digits');
    if (t.extension !== undefined && typeof t.extension !== 'string') out.push('target.extension must be a string');
    if (typeof t.ownerName !== 'string') out.push('target.ownerName must be a string');
    if (t.renamedFrom !== undefined && !isString(t.renamedFrom)) out.push('target.renamedFrom must be a non-empty string');
  }
  if (
    c.origin !== undefined &&
    !(isObject(c.origin) && typeof c.origin.file === 'string' && isCount(c.origin.line) && isCount(c.origin.col))
  )
    out.push('origin must be {"file", "line", "col"}');
  if (c.fields !== undefined && !Array.isArray(c.fields)) out.push('fields must be an array');
  if (c.action === 'delete' && c.body !== undefined) out.push('a delete has no body');
  if (c.action !== 'delete' && c.action !== undefined && !isObject(c.body)) out.push('body must be an object');
  if (
    !Array.isArray(c.patch) ||
    !c.patch.every((op: unknown) => isObject(op) && PATCH_OPS.includes(op.op) && typeof op.path === 'string')
  ) {
    out.push('patch must be an array of RFC 6902 operations');
  }
  if (!Array.isArray(c.diff) || !c.diff.every((d: unknown) => isObject(d) && typeof d.path === 'string'))
    out.push('diff must be an array of {path, old, new}');
  if (!Array.isArray(c.dependsOn) || !c.dependsOn.every(isString)) out.push('dependsOn must be an array of change ids');
  out.push(...fillProblems(c));
  return out;
}

/**
 * `fill` may only set a planned id (`(id of new IVR menu N)`) of the body to the id of a create
 * the change depends on, or of the create itself: a saved plan cannot use it to write anything else.
 */
function fillProblems(c: Record<string, unknown>): string[] {
  if (c.fill === undefined) return [];
  const ok = (f: unknown) =>
    isObject(f) &&
    typeof f.pointer === 'string' &&
    isString(f.from) &&
    Array.isArray(c.dependsOn) &&
    (c.dependsOn.includes(f.from) || (f.from === c.id && c.action === 'create')) &&
    plannedNumberOf(valueAt(c.body, f.pointer)) !== undefined;
  if (Array.isArray(c.fill) && c.fill.every(ok)) return [];
  return ['fill must be an array of {"pointer", "from"}, each pointing at a planned id of the body and naming a change of dependsOn'];
}

/**
 * `dependsOn` may only name changes of the plan, listed before the change (apply runs them in
 * order, so a later one, or a cycle, could never be waited for).
 */
function dependencyProblems(plan: Plan, ids: Map<string, number>): string[] {
  const out: string[] = [];
  const cycle = findCycle(plan);
  if (cycle) return [`dependsOn forms a cycle: ${cycle.join(' → ')}`];
  plan.changes.forEach((c, i) => {
    for (const f of c.fill ?? []) {
      const from = plan.changes[ids.get(f.from) ?? -1];
      if (from && from.action !== 'create') out.push(`changes[${i}] (${c.id}): fill names ${f.from}, which creates nothing`);
      // The id filled in is the one of the menu the reviewed placeholder names, never another create's.
      const number = plannedNumberOf(valueAt(c.body, f.pointer));
      const made = from?.kind === 'ivr-menu' && isObject(from.body) ? from.body.extensionNumber : undefined;
      if (from && from.action === 'create' && made !== number)
        out.push(`changes[${i}] (${c.id}): fill ${f.pointer} names ${f.from}, which does not create IVR menu ${number}`);
    }
    for (const dep of c.dependsOn) {
      const at = ids.get(dep);
      if (at === undefined) out.push(`changes[${i}] (${c.id}): dependsOn names ${dep}, which is not a change of this plan`);
      else if (at >= i) out.push(`changes[${i}] (${c.id}): dependsOn names ${dep}, which comes later in the plan`);
    }
  });
  return out;
}

function findCycle(plan: Plan): string[] | undefined {
  const deps = new Map(plan.changes.map((c) => [c.id, c.dependsOn]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done' || !deps.has(id)) return undefined;
    if (state.get(id) === 'open') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'open');
    stack.push(id);
    for (const d of deps.get(id)!) {
      const found = visit(d);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const c of plan.changes) {
    const found = visit(c.id);
    if (found) return found;
  }
  return undefined;
}
