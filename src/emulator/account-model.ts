import type { SiteCallHandling } from './site-call-handling.js';
import type { UserCallHandling } from './user-call-handling.js';

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

/** What validators need to know about the account, without the rest of the model. */
export interface Directory {
  extension(id: string): ExtensionRecord | undefined;
  customGreeting(id: string): CustomGreeting | undefined;
}

export class AccountModel implements Directory {
  readonly extensions: ExtensionRecord[] = [];
  readonly customGreetings = new Map<string, CustomGreeting>();
  readonly users = new Map<string, UserCallHandling>();
  readonly sites = new Map<string, SiteCallHandling>();
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

  customGreeting(id: string): CustomGreeting | undefined {
    return this.customGreetings.get(id);
  }

  /** Call queues the extension is a member of; members get the `agent` state. */
  queuesOf(extensionId: string): ExtensionRecord[] {
    return this.extensions.filter((e) => e.type === 'Department' && e.memberIds.includes(extensionId));
  }

  /** Ids for rules created through the API: numeric strings, unique in the account, deterministic. */
  newRuleId(): string {
    this.lastRuleId += 1;
    return String(9_424_952_000 + this.lastRuleId * 1000 + 16);
  }
}
