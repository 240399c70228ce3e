import { CompanyCallHandling } from './company-call-handling.js';
import type { QueueCallHandling } from './queue-call-handling.js';
import type { SiteCallHandling } from './site-call-handling.js';
import type { UserCallHandling } from './user-call-handling.js';
import type { Json } from './json-value.js';
import type { IvrMenuState, IvrPromptRecord } from './ivr-menu-state.js';

/**
 * The emulated account: its extensions, the custom greetings it knows, and the call handling of
 * each user and site. Everything the API reads or writes lives here, so `reset()` is simply
 * building a new model from the seed.
 */

export interface ExtensionRecord {
  id: string;
  extensionNumber: string;
  name: string;
  /** An `AllExtensionTypesEnum` value: User, Department (call queue), IvrMenu, Site, … */
  type: string;
  status: string;
  email?: string;
  timezone: string;
  /** Id of the site extension this extension belongs to (none: the main site). */
  siteId?: string;
  admin: boolean;
  /** Users only: whether the extension is on RingCentral's new (v2 comm-handling) call handling. */
  newCallHandling: boolean;
  /** Call queues (Department) only: ids of the member extensions. */
  memberIds: string[];
}

export interface CustomGreeting {
  id: string;
  /** A `GreetingTypeEnum` value, e.g. Introductory or Voicemail. */
  type: string;
  extensionId?: string;
  name?: string;
}

/** A phone or app registered to a user (what a DeviceRingTarget rings). */
export interface DeviceRecord {
  id: string;
  name: string;
  /** RingCentral's device type: HardPhone, SoftPhone, OtherPhone, … */
  type: string;
  phoneNumber?: string;
  /** A shared hot-desk phone the user is logged in to: rung by HotdeskRingTarget, not listed as the user's device. */
  hotDesk: boolean;
}

/** What validators need to know about the account, without the rest of the model. */
export interface Directory {
  extension(id: string): ExtensionRecord | undefined;
  customGreeting(id: string): CustomGreeting | undefined;
  /** The devices of an extension (none for unknown extensions). */
  devicesOf(extensionId: string): DeviceRecord[];
  /** The extension's forwarding targets other than its devices (CommForwardingTargetResource objects). */
  otherTargetsOf(extensionId: string): Json[];
}

/** A phone number of the account (`usageType` as RingCentral names it, e.g. MainCompanyNumber). */
export interface AccountPhoneNumber {
  id: string;
  phoneNumber: string;
  usageType: string;
  extensionId?: string;
}

export class AccountModel implements Directory {
  readonly extensions: ExtensionRecord[] = [];
  readonly customGreetings = new Map<string, CustomGreeting>();
  readonly users = new Map<string, UserCallHandling>();
  readonly sites = new Map<string, SiteCallHandling>();
  /** Call queues (Department extensions): their v1 rules, details and overflow. */
  readonly queues = new Map<string, QueueCallHandling>();
  readonly devices = new Map<string, DeviceRecord[]>();
  readonly otherTargets = new Map<string, Json[]>();
  /** The company's main-number call handling (company business hours and answering rules). */
  readonly company = new CompanyCallHandling();
  /** The account's numbers: the main number first. */
  readonly phoneNumbers: AccountPhoneNumber[] = [];
  /** IVR menus' prompts and keys, by the id of their IvrMenu extension. */
  readonly ivrMenus = new Map<string, IvrMenuState>();
  /** The account's audio prompt library (GET …/ivr-prompts). */
  readonly ivrPrompts: IvrPromptRecord[] = [];
  /** The account's time zone: extensions created through the API get it. */
  timezone = 'America/Los_Angeles';
  private lastExtensionId = 0;
  private readonly byId = new Map<string, ExtensionRecord>();
  private readonly byNumber = new Map<string, ExtensionRecord>();
  private lastRuleId = 0;

  constructor(
    readonly accountId: string,
    readonly mainNumber: string,
    readonly companyName: string,
  ) {}

  addExtension(ext: ExtensionRecord): void {
    if (this.byId.has(ext.id)) throw new Error(`duplicate extension id ${ext.id}`);
    if (this.byNumber.has(ext.extensionNumber)) throw new Error(`duplicate extension number ${ext.extensionNumber}`);
    this.extensions.push(ext);
    this.byId.set(ext.id, ext);
    this.byNumber.set(ext.extensionNumber, ext);
  }

  extension(id: string): ExtensionRecord | undefined {
    return this.byId.get(id);
  }

  /** An extension by id or by extension number (seeds may use either). */
  resolve(ref: string): ExtensionRecord | undefined {
    return this.byId.get(ref) ?? this.byNumber.get(ref);
  }

  /** Whether the account owns a number (compared by digits: `+1650…` and `1650…` are the same). */
  ownsNumber(phoneNumber: string): boolean {
    const digits = (n: string) => n.replace(/\D/g, '');
    return this.phoneNumbers.some((n) => digits(n.phoneNumber) === digits(phoneNumber));
  }

  /** An extension by its extension number only. */
  resolveNumber(extensionNumber: string): ExtensionRecord | undefined {
    return this.byNumber.get(extensionNumber);
  }

  /** Gives an extension a new, unused number. */
  renumber(ext: ExtensionRecord, extensionNumber: string): void {
    if (this.byNumber.get(extensionNumber) === ext) return;
    if (this.byNumber.has(extensionNumber)) throw new Error(`duplicate extension number ${extensionNumber}`);
    this.byNumber.delete(ext.extensionNumber);
    ext.extensionNumber = extensionNumber;
    this.byNumber.set(extensionNumber, ext);
  }

  /** The first number from `from` up that no extension has. */
  freeExtensionNumber(from: number): string {
    let n = from;
    while (this.byNumber.has(String(n))) n++;
    return String(n);
  }

  /** Ids for extensions created through the API (IVR menus): unused, deterministic. */
  newExtensionId(): string {
    let id: string;
    do {
      this.lastExtensionId += 1;
      id = String(7_258_440_006 + this.lastExtensionId * 1000);
    } while (this.byId.has(id));
    return id;
  }

  customGreeting(id: string): CustomGreeting | undefined {
    return this.customGreetings.get(id);
  }

  devicesOf(extensionId: string): DeviceRecord[] {
    return this.devices.get(extensionId) ?? [];
  }

  otherTargetsOf(extensionId: string): Json[] {
    return this.otherTargets.get(extensionId) ?? [];
  }

  /** Call queues the extension is a member of; members get the `agent` state. */
  queuesOf(extensionId: string): ExtensionRecord[] {
    return this.extensions.filter((e) => e.type === 'Department' && e.memberIds.includes(extensionId));
  }

  /** A user joined or left a queue: the agent state exists exactly while it is a member of one. */
  syncAgent(extensionId: string): void {
    this.users.get(extensionId)?.syncAgent(this.queuesOf(extensionId).length > 0);
  }

  /** Ids for rules created through the API: numeric strings, unique in the account, deterministic. */
  newRuleId(): string {
    this.lastRuleId += 1;
    return String(9_424_952_000 + this.lastRuleId * 1000 + 16);
  }
}
