import type {
  Change,
  ChangeTarget,
  FieldChange,
  LiveFingerprint,
  ManifestField,
  PatchOp,
  PlanAccount,
  PlanWarning,
  UnmanagedObject,
} from '../core/plan.js';

/**
 * Explicit key orders for the stable JSON outputs. Objects are rebuilt field by field instead
 * of serialized as given, so the bytes depend only on the data, not on how (or from which saved
 * file) the planner happened to assemble them. Free objects (`body`, values inside `patch` and
 * `diff`) keep insertion order: the planner builds those deterministically.
 */

type Json = Record<string, unknown>;

/** Copies the listed keys in that order, leaving out the ones that are undefined. */
export function pick<T extends object>(source: T, keys: readonly (keyof T & string)[]): Json {
  const out: Json = {};
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

export function targetJson(target: ChangeTarget): Json {
  return pick(target, ['extension', 'extensionId', 'name', 'renamedFrom', 'unmatchedRenamedFrom', 'owner', 'ownerName']);
}

function patchOpJson(op: PatchOp): Json {
  return pick(op, ['op', 'path', 'from', 'value']);
}

function fieldJson(field: FieldChange): Json {
  return pick(field, ['path', 'old', 'new']);
}

/** The identifying head every change and apply step starts with. */
export function changeHeadJson(change: Change): Json {
  return {
    id: change.id,
    action: change.action,
    kind: change.kind,
    target: targetJson(change.target),
    method: change.method,
    path: change.path,
  };
}

function manifestFieldJson(field: ManifestField): Json {
  return pick(field, ['path', 'movedFrom', 'before', 'after']);
}

export function changeJson(change: Change): Json {
  return {
    ...changeHeadJson(change),
    // cli.md: body is absent for DELETE, even if a planner attached one.
    ...(change.method !== 'DELETE' && change.body !== undefined ? { body: change.body } : {}),
    patch: change.patch.map(patchOpJson),
    fields: (change.fields ?? []).map(manifestFieldJson),
    ...(change.schedules?.length ? { schedules: change.schedules.map((s) => pick(s, ['name', 'file', 'line', 'column'])) } : {}),
    dependsOn: [...change.dependsOn],
    ...(change.fill?.length ? { fill: change.fill.map((f) => pick(f, ['pointer', 'from'])) } : {}),
    diff: change.diff.map(fieldJson),
    ...(change.origin ? { origin: pick(change.origin, ['file', 'line', 'col']) } : {}),
  };
}

export function unmanagedJson(object: UnmanagedObject): Json {
  return { id: object.id, kind: object.kind, target: targetJson(object.target) };
}

export function accountJson(account: PlanAccount): Json {
  return pick(account, ['id', 'name', 'server']);
}

export function warningJson(warning: PlanWarning): Json {
  return pick(warning, ['file', 'line', 'column', 'message']);
}

export function fingerprintJson(fingerprint: LiveFingerprint): Json {
  return pick(fingerprint, ['path', 'select', 'sha256']);
}

/** Two-space indentation and a trailing newline, like every file a person might diff. */
export function stringifyStable(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
