import type { ExtRef, Greeting } from './manifest.js';

/**
 * What compile needs from reference resolution, as data types and one interface: the resolve
 * stage implements it (src/resolve/resolver.ts); kinds and other stages only see this.
 */

/** An extension of the account as the v1 extension list returns it (ids as strings). */
export interface ExtensionInfo {
  id: string;
  extensionNumber: string;
  name: string;
  type: string;
  status?: string;
  email?: string;
}

/** One of a user's own devices, as `voice/forwarding-targets` lists it (a DeviceRingTarget). */
export interface DeviceInfo {
  id: string;
  name: string;
}

/** A standard greeting of RingCentral's dictionary. */
export interface StandardGreeting {
  id: string;
  name: string;
  type: string;
  usageType?: string;
  /** `None`: the greeting that switches greetings of its type off (DictionaryGreetingInfo.category). */
  category?: string;
}

export type GreetingRole =
  | 'welcome'
  | 'connectingMessage'
  | 'connectingAudio'
  | 'voicemail'
  | 'announcement'
  // Call queues' own greetings.
  | 'holdMusic'
  | 'waitMessage'
  | 'queueFull'
  // The company greeting of company answering rules (the after-hours rule has its own presets).
  | 'company'
  | 'companyAfterHours';

export type Resolved<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The id an IVR menu this plan creates has in the plan until apply creates it: a key that leads
 * to the new menu carries it, the change says where (`fill`), and apply sets the created id there.
 */
export function plannedId(extensionNumber: string): string {
  return `(id of new IVR menu ${extensionNumber})`;
}

/** The extension number of a planned id (plannedId), else undefined. */
export function plannedNumberOf(value: unknown): string | undefined {
  return typeof value === 'string' ? /^\(id of new IVR menu (\d+)\)$/.exec(value)?.[1] : undefined;
}

/** Extension and greeting references → ids. */
export interface ReferenceResolver {
  readonly extensions: ExtensionInfo[];
  /**
   * The extension a reference names. With `planned`, an IVR menu that does not exist yet but that
   * this plan creates resolves too, its id then a plannedId (for references apply can fill in).
   */
  extension(ref: ExtRef, opts?: { planned?: boolean }): Resolved<ExtensionInfo>;
  greeting(g: Greeting, role: GreetingRole): Resolved<{ source: 'Preset' | 'Custom'; id: string }>;
  /**
   * The account's standard greeting for a greeting action's role (its dictionary's preset of that
   * type for user answering rules), for an action that does not exist live yet. Undefined when
   * the dictionary was not read (the plan then reads it and compiles again) or has none.
   */
  defaultPreset(role: GreetingActionRole): string | undefined;
  /**
   * The dictionary's greeting that switches a role's greetings off (category `None`), for a v1
   * greeting written `off`. Undefined when the dictionary was not read (the plan then reads it
   * and compiles again); an error when it has none of that type.
   */
  switchedOff(role: GreetingRole): Resolved<string> | undefined;
}

/** The roles of the greeting actions, whose default presets the guides do not name. */
export type GreetingActionRole = 'welcome' | 'connectingMessage' | 'connectingAudio';
