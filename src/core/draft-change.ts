import type { ChangeAction, ChangeKind, ChangeTarget, FieldChange, HttpRequest, PatchOp } from './plan.js';
import type { SourcePos } from './problem.js';

/** A change before ordering: the planner gives it an id and resolves `after` into `dependsOn`. */
export interface DraftChange {
  /** `ownerKey|kind:name`, unique in a plan. */
  key: string;
  ownerKey: string;
  action: ChangeAction;
  kind: ChangeKind;
  name: string;
  target: ChangeTarget;
  request: HttpRequest;
  patch: PatchOp[];
  diff: FieldChange[];
  /** Keys (`kind:name`, same owner) of changes that must succeed first. */
  after: string[];
  origin?: SourcePos;
}
