/**
 * The registry of call-handling parts: every ring target, destination and greeting action
 * ringform knows, looked up by manifest key or by API type. Compile, export, simulate, render
 * and the schema generator ask here; none of them switches on an API `type`. A live object of
 * a type no part owns is handled by the raw parts (`{raw: {...}}`), so nothing is ever dropped.
 *
 * Adding a part (say a new ring target type `FooRingTarget` written `{foo: …}`):
 * 1. Write `src/parts/ring-targets/foo.ts` (or `destinations/`, `greetings/`) implementing
 *    the contract in part.ts: `key`, `apiTypes`, `writtenAs`, `schema` (the JSON Schema of
 *    the value, with `description`), `compile`, `comparable`, `toManifest`, `routing`,
 *    `routingOfWritten`, `describe`, `expectText`/`expectKey`, `reviewName`, and `references`
 *    for every extension, phone number or greeting its written form names
 *    (`routingTestSchema` when a routing test writes it differently). A destination also declares its `end` (an EndPart:
 *    the words simulate and routing-test messages use, the routing test's `endsAt` form);
 *    a greeting action its `stepText`. Type the API
 *    objects with `ApiSchema<'CommFooRingTargetRequest'>`. End the module with
 *    `export const foo = registerRingTarget({...})`.
 * 2. Add its one import line below, in the order it should appear in schema and messages.
 * 3. Write `test/parts/foo.test.ts`: compile, comparable, toManifest round trip, routing, labels.
 * 4. Run `npm run gen:schema` (schemas/manifest-v1.schema.json and the ring targets of
 *    schemas/routing-test-v1.schema.json are generated from the parts;
 *    test/parts/schema-up-to-date.test.ts fails until they are regenerated).
 * A key or API type registered twice is an error when the modules load (register.ts).
 * Nothing else changes: until step 2, the type already round-trips as `{raw: {...}}`.
 * The exception is a part whose compile needs something only the account can tell (a device
 * named by name needs the user's forwarding targets): it says so through `needsLookup`, and the
 * read itself lives in src/live (read-live.ts), as every read does.
 *
 * Ends of a call path that no destination owns (a transfer, a company rule's operator or
 * disconnect, an IVR menu's words, a queue call's answered-only) are modules of ends/, imported
 * below like the parts: simulate and routing tests find every end here (`endByType`).
 *
 * Structural actions are not parts of this list: RingGroupAction and TerminatingAction hold the
 * parts above; RingAlwaysGroupAction (`ring.always`) is src/parts/ring-always.ts.
 */
import './ring-targets/mobile-apps.js';
import './ring-targets/desktop-apps.js';
import './ring-targets/coworker.js';
import './ring-targets/phone.js';
import './ring-targets/device.js';
import './destinations/voicemail.js';
import './destinations/forward-phone.js';
import './destinations/forward-extension.js';
import './destinations/announcement.js';
import './greetings/welcome.js';
import './greetings/connecting-message.js';
import './greetings/connecting-audio.js';
import './greetings/screening.js';
import './ends/transfer.js';
import './ends/answered-only.js';
import './ends/operator.js';
import './ends/disconnect.js';
import './ends/dial-by-name.js';
import './ends/menu.js';

import { rawDestination, rawEnd } from './destinations/raw.js';
import type { DestinationPart, EndPart, GreetingActionPart, PartReference, RingTargetPart } from './part.js';
import { registered } from './register.js';
import { rawRingTarget } from './ring-targets/raw.js';

/** The manifest key of a written ring target (or routing target): the word, or the object's one key. */
export function writtenKey(written: unknown): string | undefined {
  if (typeof written === 'string') return written;
  if (written && typeof written === 'object') return Object.keys(written)[0];
  return undefined;
}

/** Ring target parts, in registration order (the raw part last). */
export function ringTargetParts(): readonly RingTargetPart[] {
  return [...registered.ringTargets, rawRingTarget as RingTargetPart];
}

/** The part of a written ring target or routing target, by its key; undefined when no part has it. */
export function ringTargetByKey(written: unknown): RingTargetPart | undefined {
  const key = writtenKey(written);
  return ringTargetParts().find((p) => p.key === key);
}

/** The part that owns a live ring target's API type; every other type is raw. */
export function ringTargetByApiType(type: unknown): RingTargetPart {
  return registered.ringTargets.find((p) => p.apiTypes.includes(String(type))) ?? (rawRingTarget as RingTargetPart);
}

/** Destination parts, in registration order (the raw part last). */
export function destinationParts(): readonly DestinationPart[] {
  return [...registered.destinations, rawDestination as DestinationPart];
}

/** The part of a written destination: the one whose (dotted) key the object holds. */
export function destinationOf(written: unknown): DestinationPart | undefined {
  return destinationParts().find((p) => {
    let node: unknown = written;
    for (const seg of p.key.split('.')) {
      if (!node || typeof node !== 'object' || !(seg in node)) return false;
      node = (node as Record<string, unknown>)[seg];
    }
    return true;
  });
}

/** The part that owns a terminating target's API type, or undefined for a type no part owns. */
export function knownDestination(type: unknown): DestinationPart | undefined {
  return registered.destinations.find((p) => p.apiType === String(type));
}

/** The part that owns a terminating target's API type; every other type is raw. */
export function destinationByApiType(type: unknown): DestinationPart {
  return knownDestination(type) ?? (rawDestination as DestinationPart);
}

export function greetingActionParts(): readonly GreetingActionPart[] {
  return registered.greetingActions;
}

/** The greeting action part of an API action type, or undefined when the action is not a greeting. */
export function greetingActionByApiType(type: unknown): GreetingActionPart | undefined {
  return registered.greetingActions.find((p) => p.apiType === String(type));
}

/** The greeting action part whose routing step is `kind` (`welcome`, `screening`). */
export function greetingActionByStep(kind: string): GreetingActionPart | undefined {
  return registered.greetingActions.find((p) => p.step === kind);
}

/** Every end of a call path (the destinations' and src/parts/ends/), in registration order, raw last. */
export function endParts(): readonly EndPart[] {
  return [...registered.ends, rawEnd];
}

/** The end an outcome's EndsAt `type` names; undefined for a type no part declares. */
export function endByType(type: string): EndPart | undefined {
  return endParts().find((p) => p.type === type);
}

/** The end a routing test's `endsAt: {<key>: …}` expects, by its key. */
export function endByExpectKey(key: string): EndPart | undefined {
  return endParts().find((p) => p.expect?.key === key);
}

/** The value at `path` inside a written part (`['forwardTo', 'phone']`), when there is one. */
export function valueAtPath(written: unknown, path: readonly string[]): unknown {
  let node = written;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}

/** The paths of the phone numbers a part's written form holds (its `phone` references). */
export function phonePaths(part: { readonly references?: readonly PartReference[] } | undefined): readonly (readonly string[])[] {
  return (part?.references ?? []).filter((r) => r.reference === 'phone').map((r) => r.path);
}

/** A reference a part holds, with its path inside a rule (the suffix of where it appears). */
export interface RuleReference {
  readonly suffix: readonly string[];
  readonly reference: PartReference['reference'];
  readonly role: string;
}

/**
 * Every reference the registered parts hold, where it sits in a rule: ring targets and
 * destinations from their own value, greeting actions under `greeting.<key>`. Reference checking
 * and plan labels read this, so a new part's references are checked and labelled.
 */
export function partReferences(): readonly RuleReference[] {
  const of = (refs: readonly PartReference[] | undefined, prefix: readonly string[]) =>
    (refs ?? []).map((r) => ({ suffix: [...prefix, ...r.path], reference: r.reference, role: r.role }));
  return [
    ...registered.ringTargets.flatMap((p) => of(p.references, [])),
    ...registered.destinations.flatMap((p) => of(p.references, [])),
    ...registered.greetingActions.flatMap((p) => of(p.references, ['greeting', p.key])),
  ];
}
