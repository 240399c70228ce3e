import type { ApiSchema } from '../core/api/api-types.js';
import type { ExtRef, GreetingSection } from '../core/manifest.js';
import type { DeviceInfo, GreetingRole } from '../core/references.js';
import type { PathSeg } from '../core/path.js';
import type { EndsAt, GreetingStep, RoutingTarget } from '../core/routing.js';
import type { CompileEnv } from './compile-env.js';
import type { GreetingActionRequest, GreetingActionType, TerminatingActionRequest } from './dispatching-request.js';
import type { Converted } from './converted.js';

/**
 * The contract of a call-handling part: one piece of a RingCentral dispatching (a ring target,
 * a destination, a greeting action) and everything ringform knows about it, in one module.
 * Stages (compile, export, simulate, render, the schema generator) ask src/parts/registry.ts
 * for the part and call these members; none of them switches on an API `type`.
 *
 * Every part owns:
 * - its manifest form (`key`, `writtenAs`) and JSON Schema fragment (`schema`);
 * - compile: the manifest form → the API request object;
 * - comparable: a live API object → the form the planner compares (the request form);
 * - toManifest: a comparable live object → the manifest form (export), or why it cannot be;
 * - its routing meaning (simulate), from the live object and from the manifest form;
 * - its labels in plan diffs (`reviewName`) and simulate output (`describe`).
 */

/** A JSON Schema fragment (draft-07, as schemas/manifest-v1.schema.json). */
export type JsonSchema = { readonly [key: string]: unknown };

/** A ring target as the API holds it: any `…RingTarget` object (typed per part). */
export type ApiRingTarget = ApiSchema<'CommRingGroupActionRequest'>['targets'][number];
/** A terminating target as the API holds it (typed per part). */
export type ApiTerminatingTarget = ApiSchema<'CommTerminatingActionRequest'>['targets'][number];
/** A live object of any type the spec may grow: read as the JSON it is. */
export type LiveObject = { readonly type?: string; readonly [key: string]: unknown };

/** A TerminatingAction in comparable (request) form: its targets and the type each forwarding set uses. */
export type TerminatingForm = TerminatingActionRequest;

/** `Ringing` = `ifNoAnswer`, `Terminating` = `immediately`. */
export type ForwardingSet = 'Ringing' | 'Terminating';

/** What export gives a part: extension ids back to references, and a place to say what it leaves out. */
export interface ExportEnv {
  /** The reference for an extension id; undefined when the id is not in the account's list. */
  ref(id: unknown): ExtRef | undefined;
  /** `<what> cannot be expressed in manifest v1; <outcome>`. */
  cannot(what: string, outcome: string): void;
  /** The owner's devices, when read: devices are written by name where the name is unique. */
  devices?: readonly DeviceInfo[];
}

/**
 * A reference a part's written form holds: where (`path`, the keys from the part's own value:
 * `['coworker']`, `['voicemail', 'mailbox']`; empty for a greeting action's value itself), what
 * it names (an extension of the account, or a greeting of `role`), and what it is for, in words.
 * Reference checking and plan labels find references through these, not through a list.
 */
export interface PartReference {
  readonly path: readonly string[];
  /** `phone`: a phone number, checked to be a possible number before any call (not looked up). */
  readonly reference: 'extension' | 'phone' | GreetingRole;
  readonly role: string;
}

/** What the routing model needs to name live objects. */
export interface RoutingEnv {
  /** Extension id → the label the model shows (its number when known). */
  label(id: string): string;
  /** Device id → its name, when known. */
  deviceName?(id: string): string | undefined;
}

/** One kind of ring target (`ring.groups[].targets[]`). */
export interface RingTargetPart<W = unknown> {
  /** The manifest key: the bare word (`mobile-apps`) or the one key of the object form (`coworker`). */
  readonly key: string;
  /** True when the part is written as the bare word `key`. */
  readonly word?: boolean;
  /** The API types this part owns; the raw part owns none and takes every other type. */
  readonly apiTypes: readonly string[];
  /** How an administrator writes it, for messages: `{coworker: <extension>}`. */
  readonly writtenAs: string;
  /** JSON Schema of the value under `key` (object forms). */
  readonly schema?: JsonSchema;
  /**
   * JSON Schema of the value under `key` in a routing test's `rings` (object forms), when it
   * differs from `schema` (a raw target is named there by its `type` alone).
   */
  readonly routingTestSchema?: JsonSchema;
  /** The references the written form holds (`{coworker: <extension>}`). */
  readonly references?: readonly PartReference[];
  /** The user's own apps: RingCentral requires a group of it on every rule; compile adds it disabled. */
  readonly ownApps?: boolean;
  /** True when compiling `written` needs a list read from the account first (a device named by name). */
  needsLookup?(written: W): boolean;
  compile(written: W, env: CompileEnv, path: readonly PathSeg[]): ApiRingTarget;
  comparable(live: LiveObject): LiveObject;
  toManifest(live: LiveObject, env: ExportEnv): Converted<W>;
  /** The routing model's target from a live (comparable) object. */
  routing(live: LiveObject, env: RoutingEnv): RoutingTarget;
  /** The routing model's target from the manifest form. */
  routingOfWritten(written: W): RoutingTarget;
  /** Simulate output: `co-worker 102`. */
  describe(target: RoutingTarget): string;
  /** A routing target in routing-test words (`{coworker: "102"}`) and the key two equal targets share. */
  expectText(target: RoutingTarget): string;
  expectKey(target: RoutingTarget): string;
  /** Plan diffs: `coworker 63707590004`. */
  reviewName(live: LiveObject): string;
}

/** One kind of destination (`ifNoAnswer`, `immediately`): a terminating target type. */
export interface DestinationPart<W = unknown> {
  /** `voicemail`, `forwardTo.phone`: the manifest key, dotted when the form nests. */
  readonly key: string;
  /** The API type this part owns; the raw part owns none. */
  readonly apiType?: string;
  readonly writtenAs: string;
  /** The schema fragment: the value at `key` (dotted keys nest under a shared object). */
  readonly schema?: JsonSchema;
  /** The references the written form holds, from the destination object (`['voicemail', 'mailbox']`). */
  readonly references?: readonly PartReference[];
  /**
   * How the target belongs to the forwarding sets: `shared` (one target serves both sets:
   * voicemail), `per-set` (one per set, always present: announcements), `owned` (the set's
   * destination; other owned targets of the set are removed when the manifest names one).
   */
  readonly placement: 'shared' | 'per-set' | 'owned';
  /** For a dotted key: the schema of the object the first segment names (`forwardTo`), without its properties. */
  readonly nestedIn?: JsonSchema;
  /** Points `set` of a TerminatingAction (comparable form, completed) at the destination. */
  compile(term: TerminatingForm, set: ForwardingSet, written: W, env: CompileEnv, path: readonly PathSeg[]): TerminatingForm;
  comparable(live: LiveObject): LiveObject;
  /** The set's destination as the manifest writes it; `target` is the set's target of this type. */
  toManifest(target: LiveObject | undefined, env: ExportEnv): Converted<W>;
  routing(target: LiveObject | undefined, env: RoutingEnv): EndsAt;
  routingOfWritten(written: W): EndsAt;
  /**
   * Where a call sent here ends, in the routing model (the `type` of what `routing` returns):
   * its words in simulate and in routing tests. Destinations that end alike share one (both
   * `forwardTo` forms end in `forward`).
   */
  readonly end: EndPart;
  /** Plan diffs: `forward to phone` (the caller adds the set). */
  reviewName(live: LiveObject): string;
  /** Export messages: `forward to +14155550100`. */
  describeLive(live: LiveObject): string;
  /**
   * Export: a target of this type that no written set uses may still hold settings the file
   * cannot show (a non-default greeting); say so through `env`.
   */
  reportUnused?(targets: readonly LiveObject[], usedTypes: readonly string[], sets: readonly ForwardingSet[], env: ExportEnv): void;
}

/** One greeting action (`greeting.welcome`, …, `greeting.screening`). */
export interface GreetingActionPart<W = unknown> {
  readonly key: keyof GreetingSection;
  readonly apiType: GreetingActionType;
  /** The routing model's name of the step it plays (`welcome`, `screening`). */
  readonly step: string;
  readonly schema: JsonSchema;
  /** The references the value under `greeting.<key>` holds (`[]` = the value is a greeting). */
  readonly references?: readonly PartReference[];
  /** The action compile writes for `written` (`off` included), from the live action if any. */
  compile(written: W, base: LiveObject | undefined, env: CompileEnv, path: readonly PathSeg[]): GreetingActionRequest;
  comparable(live: LiveObject): GreetingActionRequest;
  /** The manifest value of a live action; undefined (after saying why through `env`) when it cannot be written. */
  toManifest(live: LiveObject, env: ExportEnv): W | undefined;
  routing(live: LiveObject): GreetingStep | undefined;
  routingOfWritten(written: W): GreetingStep | undefined;
  /** Simulate: the step in words (`greeting: welcome (preset 65536)`, `screening: …`). */
  stepText(step: GreetingStep): string;
  /** Plan diffs: `welcome greeting`. */
  readonly reviewName: string;
}

/**
 * One way a call path ends (the `type` of the routing model's EndsAt): its words in simulate
 * output and in routing-test messages, and the routing-test `endsAt` form that expects it.
 * Destination parts name theirs (`end`); ends that no destination owns (a transfer, a company
 * rule's operator, an IVR menu's words, a queue call's answered-only) are modules of
 * src/parts/ends/. Simulate, `ringform test` and the routing-test schema ask the registry.
 */
export interface EndPart<X = unknown> {
  /** The EndsAt `type` it describes: `voicemail`, `forward`. */
  readonly type: string;
  /** Simulate: `goes to the voicemail of 102 (greeting preset 66560)`; the caller marks a default. */
  outcomeText(end: EndsAt): string;
  /** Routing-test messages, the outcome side: `voicemail of 102` (`…, got voicemail of 102`). */
  expectText(end: EndsAt): string;
  /** How a routing test's `endsAt` expects it; absent when a routing test cannot. */
  readonly expect?: EndExpectation<X>;
}

/** A routing test's `endsAt: {<key>: <value>}` form of an end. */
export interface EndExpectation<X = unknown> {
  /** The one key of `endsAt` (`voicemail`, `answeredOnly`). */
  readonly key: string;
  /** For the schema's description: `{transfer: <extension>} (sites; the company's Bypass)`. */
  readonly writtenAs: string;
  /** JSON Schema of the value under `key`. */
  readonly schema: JsonSchema;
  /** True when an outcome that ends here (its `type` is this end's) is what `value` expects. */
  matches(value: X, end: EndsAt): boolean;
  /** The expectation in words: `voicemail of 102` (`expected endsAt …`). */
  text(value: X): string;
  /** What the schema cannot say about a value (a phone number that is not one); undefined when fine. */
  check?(value: X): string | undefined;
}
