import type { DispatchingRuleKind } from '../core/defaults.js';
import type { RuleBody } from '../core/manifest.js';
import type { DeviceInfo } from '../core/references.js';
import { completeDispatching } from '../kinds/shared/compile-dispatching.js';
import { dispatchingToManifest } from '../parts/dispatching-to-manifest.js';
import type { FindingScope } from './export-findings.js';
import type { Converted, ExtensionRefs } from './extension-refs.js';

/**
 * A live dispatching (state rule or custom rule) → the manifest rule body. Completed first the
 * way the planner compares live rules (parts RingCentral's responses may leave out but compile
 * always sends), then converted by the parts; what they cannot write is reported through `scope`.
 */
export function dispatchingToRule(
  dispatching: unknown,
  kind: DispatchingRuleKind,
  refs: ExtensionRefs,
  scope: FindingScope,
  devices?: readonly DeviceInfo[],
): Converted<RuleBody> {
  return dispatchingToManifest(completeDispatching(dispatching, kind), kind, { ref: (id) => refs.ref(id), cannot: scope.cannot, devices });
}
